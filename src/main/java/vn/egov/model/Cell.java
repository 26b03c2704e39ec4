package vn.egov.model;

/**
 * One value as typed in a file and as understood.
 *
 * @param raw the text as typed (trimmed); empty for a blank cell
 * @param value the parsed value, or {@code null} when blank or unreadable
 */
public record Cell(String raw, Value value, Location location) {
  public boolean blank() {
    return raw.isEmpty();
  }
}
