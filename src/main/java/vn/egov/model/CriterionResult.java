package vn.egov.model;

import java.math.BigDecimal;
import java.util.List;

/** A criterion for one unit: its max for the unit's group, self and final outcomes. */
public record CriterionResult(
    Criterion criterion,
    BigDecimal max,
    Outcome fin,
    Outcome self,
    List<CriterionResult> criteria) {
  public CriterionResult {
    criteria = List.copyOf(criteria);
  }

  public String id() {
    return criterion.id();
  }
}
