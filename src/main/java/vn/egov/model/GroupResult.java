package vn.egov.model;

import java.math.BigDecimal;

/**
 * Points of one criteria group: the sum of its criteria's rounded points (bonus added,
 * deductions subtracted). {@code max} is the applicable max of its normal criteria.
 */
public record GroupResult(
    CriteriaGroup group, BigDecimal points, BigDecimal max, BigDecimal selfPoints, BigDecimal selfMax) {
  public String id() {
    return group.id();
  }
}
