package vn.egov.scoring;

import java.math.BigDecimal;

/**
 * One way a unit could earn more points: change one input of one criterion to a given value. The
 * points after the change are computed with the engine's scoring methods and rounding; the totals
 * after it by the engine's rules (sub-criteria combined and capped, deductions subtracted, the
 * unit's points floored at 0, score = points × scale / applicable max).
 *
 * @param criterionId the (sub-)criterion whose input changes
 * @param topCriterionId the top-level criterion it belongs to (the same for top-level criteria)
 * @param from the input's current final value as a number ({@code null} when blank)
 * @param to the value that earns the points: a number, 1 for "yes", or the chosen option's points
 * @param option for {@link Action#CHOOSE}, the option's label (its value when unlabelled)
 * @param pointsBefore the top-level criterion's points now (the engine's)
 * @param pointsAfter the top-level criterion's points after the change
 * @param gain the unit's total points after minus before
 * @param scoreAfter the unit's score after the change ({@code null} when the unit has no score)
 */
public record Hint(
    String criterionId,
    String criterionName,
    String topCriterionId,
    String inputId,
    String inputLabel,
    String inputType,
    String inputUnit,
    Action action,
    BigDecimal from,
    BigDecimal to,
    String option,
    BigDecimal pointsBefore,
    BigDecimal pointsAfter,
    BigDecimal gain,
    BigDecimal scoreBefore,
    BigDecimal scoreAfter) {

  /** What to do with the input. */
  public enum Action {
    /** Raise a number to {@code to}. */
    RAISE,
    /** Lower a number to {@code to} (deductions, lower-is-better methods). */
    LOWER,
    /** Fill in a blank input with {@code to}. */
    FILL,
    /** Meet a yes/no requirement. */
    SET_TRUE,
    /** Stop being in a yes/no situation that costs points. */
    SET_FALSE,
    /** Pick another option of a choice. */
    CHOOSE
  }
}
