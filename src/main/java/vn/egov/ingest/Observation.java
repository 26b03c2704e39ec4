package vn.egov.ingest;

import vn.egov.model.Location;

/**
 * One input of one unit as a reader found it, before its value is parsed.
 *
 * @param inputId the input id as written (long tables) or as resolved from the header (wide)
 * @param inputCell the cell that names the input (long tables) or holds its value (wide)
 * @param value the self-assessed text (may be blank)
 * @param appraised the appraised text, or {@code null} when the table has no such column/cell
 * @param evidenceCell the evidence cell, or {@code null} when the table has no evidence column
 */
public record Observation(
    String unitId,
    String inputId,
    RawCell inputCell,
    RawCell value,
    RawCell appraised,
    String evidence,
    String note,
    RawCell evidenceCell) {

  /** Where the input is named (made when asked for: most observations are never placed). */
  public Location inputWhere() {
    return inputCell.where();
  }

  /** Where the evidence is, or {@code null} when the table has no evidence column. */
  public Location evidenceWhere() {
    return evidenceCell == null ? null : evidenceCell.where();
  }
}
