package vn.egov.template;

import java.util.List;

/**
 * A formula the data sheet gets, and the pieces formulas are built of.
 *
 * @param row 0-based row
 * @param col 0-based column
 * @param text the formula without its leading {@code =}
 */
record Formula(int row, int col, String text) {
  /** Excel refuses a string literal longer than this in a formula. */
  private static final int MAX_LITERAL = 255;

  /**
   * A text as a formula's string literal: quotes doubled, and a text longer than Excel's limit
   * cut into literals joined by {@code &}.
   */
  static String str(String s) {
    if (s.length() <= MAX_LITERAL) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    StringBuilder out = new StringBuilder("(");
    for (int i = 0; i < s.length(); i += MAX_LITERAL) {
      if (i > 0) {
        out.append('&');
      }
      out.append(str(s.substring(i, Math.min(s.length(), i + MAX_LITERAL))));
    }
    return out.append(')').toString();
  }

  /** {@code OR(a,b,…)}, or the one condition alone, or {@code FALSE} for none. */
  static String or(List<String> conditions) {
    return conditions.isEmpty() ? "FALSE" : conditions.size() == 1 ? conditions.get(0) : "OR(" + String.join(",", conditions) + ")";
  }

  /** {@code AND(a,b,…)}, or the one condition alone, or {@code TRUE} for none. */
  static String and(List<String> conditions) {
    return conditions.isEmpty() ? "TRUE" : conditions.size() == 1 ? conditions.get(0) : "AND(" + String.join(",", conditions) + ")";
  }
}
