package vn.egov.model;

import java.util.List;
import java.util.function.Function;

/**
 * A consistency rule over a unit's inputs.
 *
 * @param inputs the input ids the rule reads, in the order they appear in it
 * @param rule evaluates to true when the unit's values are consistent, {@code null} when they
 *     can't be judged (an input is blank)
 */
public record Check(
    String text,
    List<String> inputs,
    Function<java.util.Map<String, java.math.BigDecimal>, Boolean> rule,
    String message,
    Severity severity,
    Location location) {
  public Check {
    inputs = List.copyOf(inputs);
  }
}
