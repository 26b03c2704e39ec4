package vn.egov.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import vn.egov.model.CriteriaSet;
import vn.egov.model.ScoringMethod;
import vn.egov.scoring.MethodInputs;
import vn.egov.text.Numbers;

/** Figures and expressions as the analysis outputs show them. */
final class Fmt {

  private Fmt() {}

  /** A figure with at least {@code precision} decimals, {@code 95,1} in Vietnamese; "—" for none. */
  static String show(BigDecimal v, int precision, String language) {
    return Numbers.show(v, precision, language);
  }

  /** A number as written, without trailing zeros: {@code 0,25} in Vietnamese, {@code 0.25} in English. */
  static String plain(BigDecimal v, String language) {
    if (v == null) {
      return "—";
    }
    String s = v.stripTrailingZeros().toPlainString();
    return "vi".equals(language) ? s.replace('.', ',') : s;
  }

  /**
   * An unrounded value for reading: at most {@code decimals} decimals, and whether that rounded it
   * (then shown after "≈" instead of "=").
   */
  static String approx(BigDecimal v, int decimals, String language) {
    BigDecimal r = v.setScale(decimals, RoundingMode.HALF_UP);
    return plain(r, language);
  }

  static boolean exact(BigDecimal v, int decimals) {
    return v.stripTrailingZeros().scale() <= decimals;
  }

  /** A figure in a file (JSON, CSV): at least {@code precision} decimals, never an exponent. */
  static BigDecimal figure(BigDecimal v, int precision) {
    if (v == null) {
      return null;
    }
    return v.scale() < precision ? v.setScale(precision) : v;
  }

  static String csv(BigDecimal v, int precision) {
    return v == null ? "" : figure(v, precision).toPlainString();
  }

  /** The inputs a method reads, in the order its key names them ({@link MethodInputs#of}). */
  static List<String> variables(ScoringMethod m, CriteriaSet set) {
    return MethodInputs.of(m);
  }

  /**
   * The expression with every input id replaced by its number (as written in criteria files: a
   * dot for decimals, whatever the language), {@code ?} where the input has none.
   */
  static String substitute(String expr, ScoringMethod m, CriteriaSet set, Map<String, BigDecimal> numbers) {
    Matcher w = MethodInputs.WORD.matcher(expr);
    StringBuilder out = new StringBuilder();
    while (w.find()) {
      String id = MethodInputs.inputId(w.group(), m);
      String replacement = w.group();
      if (id != null) {
        BigDecimal v = numbers.get(id);
        String n = v == null ? "?" : v.stripTrailingZeros().toPlainString();
        replacement = v != null && v.signum() < 0 ? "(" + n + ")" : n;
      } else if (w.group().equalsIgnoreCase("true") || w.group().equalsIgnoreCase("false")) {
        replacement = w.group().equalsIgnoreCase("true") ? "1" : "0"; // booleans are 1/0 (SPEC §2)
      }
      w.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    w.appendTail(out);
    return out.toString();
  }
}
