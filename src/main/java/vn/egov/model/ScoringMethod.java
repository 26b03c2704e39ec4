package vn.egov.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * How one criterion turns a unit's inputs into points. Implementations are small, immutable and
 * thread-safe; the scorer rounds what {@link #points} returns.
 */
public interface ScoringMethod {
  /** The {@code method.type} word of criteria files. */
  String type();

  /** The input ids the method reads. */
  Set<String> inputs();

  /** Whether an undefined value makes the criterion N/A instead of 0 ({@code on_undefined: na}). */
  boolean naOnUndefined();

  /**
   * The method's value {@code v} for one unit.
   *
   * @param numbers the numeric value of every input that has one (booleans 1/0, choices their
   *     points, percents 0–100); an input without value is absent
   */
  Evaluated value(Map<String, BigDecimal> numbers);

  /**
   * Unrounded points in [0, max] for value {@code v}.
   *
   * @param best the best value in the unit group ({@link #usesGroupBest()} methods only)
   */
  BigDecimal points(BigDecimal v, BigDecimal max, BigDecimal best);

  /**
   * {@link #points} rounded half-up to {@code precision} decimals, as the scorer publishes them:
   * the same figure, for methods that can find it without the unrounded one.
   */
  default BigDecimal roundedPoints(BigDecimal v, BigDecimal max, BigDecimal best, int precision) {
    return points(v, max, best).setScale(precision, java.math.RoundingMode.HALF_UP);
  }

  /** Whether points depend on the other units of the group ({@code relative}). */
  default boolean usesGroupBest() {
    return false;
  }

  /** The group's best value among the defined values of its units; {@code null} if none. */
  default BigDecimal best(Collection<BigDecimal> values) {
    return null;
  }

  /**
   * The method's keys as the criteria file gave them, for describing the rule to people (the
   * template's help column): {@code value} / {@code expr} (expression text), {@code input},
   * {@code bands} (a list of bands), {@code target}, {@code floor}, {@code each} (numbers),
   * {@code lower_is_better}. Keys without a value are absent; empty when the method has none.
   */
  default Map<String, Object> parameters() {
    return Map.of();
  }
}
