package vn.egov.report;

import java.math.BigDecimal;

/** Text and numbers as they go into output cells. */
final class Cells {
  private Cells() {}

  /**
   * Text a unit typed, neutralised against formula injection in spreadsheets: a leading {@code =
   * + - @}, tab or carriage return gets a {@code '} in front.
   */
  static String safe(String s) {
    if (s == null || s.isEmpty()) {
      return s == null ? "" : s;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }

  /** A figure with at least {@code precision} decimals, never in exponent notation. */
  static BigDecimal figure(BigDecimal v, int precision) {
    if (v == null) {
      return null;
    }
    return v.scale() < precision ? v.setScale(precision) : v;
  }

  static String plain(BigDecimal v, int precision) {
    return v == null ? "" : figure(v, precision).toPlainString();
  }
}
