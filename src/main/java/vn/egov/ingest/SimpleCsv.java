package vn.egov.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a range of CSV text into records the way the RFC 4180 parser (Commons CSV, trimmed
 * fields, empty lines kept) does, for the plain text nearly every file holds, without the
 * parser's reader, token buffers and the copy of the range: lines end at LF, fields end at the
 * delimiter, a field may be quoted as a whole ({@code "96,5%"}). Anything else — a CR, a quote
 * inside a field or doubled inside quotes, a line break inside quotes, text after a closing
 * quote, a quote never closed — makes the range not plain ({@code null}), and the caller reads it
 * with the general parser, which also finds and reports what is wrong. {@code SimpleCsvTest}
 * compares both on random text.
 */
final class SimpleCsv {
  private SimpleCsv() {}

  /**
   * The records of {@code text[from, to)}, each its trimmed fields, one per line; {@code null}
   * when the range is not plain.
   */
  static List<String[]> records(String text, char delimiter, int from, int to) {
    List<String[]> out = new ArrayList<>();
    List<String> fields = new ArrayList<>(8);
    String[] previous = new String[0];
    int i = from;
    while (i < to) {
      fields.clear();
      for (;;) {
        String value;
        int f = fields.size();
        String above = f < previous.length ? previous[f] : null;
        if (i < to && text.charAt(i) == '"') {
          int close = i + 1;
          for (; close < to; close++) {
            char c = text.charAt(close);
            if (c == '"') {
              break;
            }
            if (c == '\n' || c == '\r') {
              return null;
            }
          }
          if (close >= to) {
            return null; // never closed
          }
          value = field(text, i + 1, close, above);
          i = close + 1;
          if (i < to) {
            char c = text.charAt(i);
            if (c != delimiter && c != '\n') {
              return null; // "" inside quotes, or text after the closing quote
            }
          }
        } else {
          int end = i;
          for (; end < to; end++) {
            char c = text.charAt(end);
            if (c == delimiter || c == '\n') {
              break;
            }
            if (c == '"' || c == '\r') {
              return null;
            }
          }
          value = field(text, i, end, above);
          i = end;
        }
        fields.add(value);
        if (i >= to) {
          break; // the last record, without a line break
        }
        char c = text.charAt(i++);
        if (c == '\n') {
          break;
        }
        // a delimiter: another field follows (an empty one at the end of the range)
      }
      previous = fields.toArray(new String[0]);
      out.add(previous);
    }
    return out;
  }

  /**
   * The trimmed text of {@code text[from, to)}; the field above's string when it is the same text
   * (a long table repeats its unit's id on every row: one string, not one per row).
   */
  private static String field(String text, int from, int to, String above) {
    int start = from;
    int end = to;
    while (start < end && text.charAt(start) <= ' ') { // as String.trim
      start++;
    }
    while (end > start && text.charAt(end - 1) <= ' ') {
      end--;
    }
    int length = end - start;
    if (above != null && above.length() == length && text.regionMatches(start, above, 0, length)) {
      return above;
    }
    return text.substring(start, end);
  }
}
