package vn.egov.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.model.CriteriaSet;
import vn.egov.model.ScoringMethod;
import vn.egov.text.Numbers;

/** Figures and expressions as the analysis outputs show them. */
final class Fmt {
  /** An identifier not preceded by a digit, letter, dot or underscore (so not the e of 1e5). */
  private static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9_.])[A-Za-z_][A-Za-z0-9_]*");

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

  /**
   * The inputs a method reads, in the order its key names them: its {@code input}, or the input ids
   * of its {@code value} / {@code expr} expression in order of appearance.
   */
  static List<String> variables(ScoringMethod m, CriteriaSet set) {
    Map<String, Object> p = m.parameters();
    List<String> out = new ArrayList<>();
    if (p.get("input") instanceof String s) {
      out.add(s);
    }
    Object text = p.containsKey("value") ? p.get("value") : p.get("expr");
    if (text instanceof String expr) {
      Matcher w = WORD.matcher(expr);
      while (w.find()) {
        String id = inputId(w.group(), set, m);
        if (id != null && !out.contains(id)) {
          out.add(id);
        }
      }
    }
    for (String id : m.inputs()) {
      if (!out.contains(id)) {
        out.add(id); // whatever the text did not show (should not happen)
      }
    }
    return out;
  }

  /** The input id a word of an expression names (as the method knows it), or {@code null}. */
  private static String inputId(String word, CriteriaSet set, ScoringMethod m) {
    if (m.inputs().contains(word)) {
      return word;
    }
    for (String id : m.inputs()) {
      if (id.equalsIgnoreCase(word)) {
        return id;
      }
    }
    return null;
  }

  /**
   * The expression with every input id replaced by its number (as written in criteria files: a
   * dot for decimals, whatever the language), {@code ?} where the input has none.
   */
  static String substitute(String expr, ScoringMethod m, CriteriaSet set, Map<String, BigDecimal> numbers) {
    Matcher w = WORD.matcher(expr);
    StringBuilder out = new StringBuilder();
    while (w.find()) {
      String id = inputId(w.group(), set, m);
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
