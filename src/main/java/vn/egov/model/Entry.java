package vn.egov.model;

/**
 * What a unit reported for one input.
 *
 * @param self the self-assessed value (never {@code null}; may be blank)
 * @param appraised the Department's value, or {@code null} when not given or left blank
 * @param evidence document references ("tài liệu kiểm chứng"), or empty
 * @param evidenceWhere the evidence cell, or {@code null} when the table has no evidence column
 */
public record Entry(
    String input, Cell self, Cell appraised, String evidence, String note, Location evidenceWhere) {
  /** The appraised value where present, else the self-assessed one. */
  public Cell fin() {
    return appraised != null && !appraised.blank() ? appraised : self;
  }
}
