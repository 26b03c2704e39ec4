package vn.egov.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import vn.egov.expr.Expr;
import vn.egov.model.Evaluated;
import vn.egov.model.ScoringMethod;

/** What every method shares: its type word, the inputs it reads and {@code on_undefined}. */
abstract class BaseMethod implements ScoringMethod {
  private final String type;
  private final Set<String> inputs;
  private final boolean naOnUndefined;

  BaseMethod(String type, Set<String> inputs, boolean naOnUndefined) {
    this.type = type;
    this.inputs = Set.copyOf(inputs);
    this.naOnUndefined = naOnUndefined;
  }

  static Set<String> inputsOf(Expr e) {
    return e == null ? Set.of() : e.variables();
  }

  static Set<String> inputsOf(String input) {
    return input == null ? Set.of() : Set.of(input);
  }

  static Evaluated valueOf(String input, Map<String, BigDecimal> numbers) {
    BigDecimal v = numbers.get(input);
    return v == null ? Evaluated.undefined(input + " has no value") : Evaluated.of(v);
  }

  /** Key/value pairs in the given order, leaving out {@code null} values (see {@link #parameters}). */
  static Map<String, Object> parameters(Object... keysAndValues) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        out.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  static String text(Expr e) {
    return e == null ? null : e.text();
  }

  static BigDecimal clamp(BigDecimal v, BigDecimal max) {
    if (v.signum() < 0) {
      return BigDecimal.ZERO;
    }
    return v.compareTo(max) > 0 ? max : v;
  }

  @Override
  public final String type() {
    return type;
  }

  @Override
  public final Set<String> inputs() {
    return inputs;
  }

  @Override
  public final boolean naOnUndefined() {
    return naOnUndefined;
  }
}
