package vn.egov.report;

import java.math.BigDecimal;

/** Text and numbers as they go into output cells. */
final class Cells {
  private Cells() {}

  /** Text a unit typed, neutralised against formula injection: {@link vn.egov.text.UserText#cell}. */
  static String safe(String s) {
    return vn.egov.text.UserText.cell(s);
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
