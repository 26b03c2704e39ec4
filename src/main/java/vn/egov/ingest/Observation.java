package vn.egov.ingest;

import vn.egov.model.Location;

/**
 * One input of one unit as a reader found it, before its value is parsed.
 *
 * @param inputId the input id as written (long tables) or as resolved from the header (wide)
 * @param value the self-assessed text (may be blank)
 * @param appraised the appraised text, or {@code null} when the table has no such column/cell
 */
public record Observation(
    String unitId,
    String inputId,
    Location inputWhere,
    RawCell value,
    RawCell appraised,
    String evidence,
    String note,
    Location evidenceWhere) {
}
