package vn.egov.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.model.ScoringMethod;

/**
 * The inputs a scoring method reads, in the order its key or expression names them: for hints
 * ({@link Hints}) and for showing how a figure came about ({@code explain}).
 */
public final class MethodInputs {
  /** An identifier not preceded by a digit, letter, dot or underscore (so not the e of 1e5). */
  public static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9_.])[A-Za-z_][A-Za-z0-9_]*");

  private MethodInputs() {}

  /**
   * Its {@code input}, or the input ids of its {@code value} / {@code expr} expression in order of
   * appearance, then whatever else it reads.
   */
  public static List<String> of(ScoringMethod m) {
    Map<String, Object> p = m.parameters();
    List<String> out = new ArrayList<>();
    if (p.get("input") instanceof String s) {
      out.add(s);
    }
    Object text = p.containsKey("value") ? p.get("value") : p.get("expr");
    if (text instanceof String expr) {
      Matcher w = WORD.matcher(expr);
      while (w.find()) {
        String id = inputId(w.group(), m);
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
  public static String inputId(String word, ScoringMethod m) {
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
}
