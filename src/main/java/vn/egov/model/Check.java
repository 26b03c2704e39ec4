package vn.egov.model;

import java.util.Set;
import java.util.function.Function;

/**
 * A consistency rule over a unit's inputs.
 *
 * @param rule evaluates to true when the unit's values are consistent, {@code null} when they
 *     can't be judged (an input is blank)
 */
public record Check(
    String text,
    Set<String> inputs,
    Function<java.util.Map<String, java.math.BigDecimal>, Boolean> rule,
    String message,
    Severity severity,
    Location location) {
  public Check {
    inputs = Set.copyOf(inputs);
  }
}
