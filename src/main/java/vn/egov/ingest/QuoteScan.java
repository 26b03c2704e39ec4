package vn.egov.ingest;

import vn.egov.model.Location;
import vn.egov.model.Problem;

/**
 * Finds the first broken quote of a CSV text, for a message with its line and field: a quote that
 * never closes, or text right after a closing quote.
 */
final class QuoteScan {
  private QuoteScan() {}

  static Problem problem(String text, char delimiter, String shown) {
    long line = 1;
    int field = 1;
    boolean quoted = false;
    long openLine = 1;
    int openField = 1;
    boolean atFieldStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
            if (next != delimiter && next != '\n' && next != '\r') {
              return Problem.error(Location.at(shown, line, field), "csv.quote.text");
            }
          }
        } else if (c == '\n') {
          line++;
        }
        continue;
      }
      if (c == '"' && atFieldStart) {
        quoted = true;
        openLine = line;
        openField = field;
        atFieldStart = false;
      } else if (c == delimiter) {
        field++;
        atFieldStart = true;
      } else if (c == '\n') {
        line++;
        field = 1;
        atFieldStart = true;
      } else if (c != '\r' && !(atFieldStart && (c == ' ' || c == '\t'))) {
        atFieldStart = false;
      }
    }
    if (quoted) {
      return Problem.error(Location.at(shown, openLine, openField), "csv.quote.unclosed");
    }
    return Problem.error(Location.of(shown), "csv.broken", "?");
  }
}
