package vn.egov.text;

import java.math.BigDecimal;

/** Figures as people read them: {@code 142,6} in Vietnamese, {@code 142.6} in English. */
public final class Numbers {
  private Numbers() {}

  /** The figure with at least {@code precision} decimals, in the language's style. */
  public static String show(BigDecimal v, int precision, String language) {
    if (v == null) {
      return "—";
    }
    BigDecimal shown = v.scale() < precision ? v.setScale(precision) : v;
    String s = shown.toPlainString();
    return "vi".equals(language) ? s.replace('.', ',') : s;
  }
}
