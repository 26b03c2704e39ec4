package vn.egov.model;

import java.math.BigDecimal;

/**
 * A criterion's result from one set of values (self-assessed or final).
 *
 * @param points rounded to the set's precision; {@code null} when N/A or not applicable
 * @param value the method's value {@code v} (unrounded), or {@code null}
 * @param note why the value is undefined, or {@code null}
 */
public record Outcome(CriterionStatus status, BigDecimal points, BigDecimal value, String note) {}
