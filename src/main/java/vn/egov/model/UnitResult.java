package vn.egov.model;

import java.util.List;

/**
 * One unit's assessment.
 *
 * @param fin the final standing (appraised values where given); {@code null} if not submitted
 * @param self the standing from self-assessed values only; {@code null} if not submitted
 * @param report what the unit reported; {@code null} if not submitted
 */
public record UnitResult(
    Unit unit,
    UnitStatus status,
    Standing fin,
    Standing self,
    List<GroupResult> groups,
    List<CriterionResult> criteria,
    UnitReport report) {
  public UnitResult {
    groups = List.copyOf(groups);
    criteria = List.copyOf(criteria);
  }

  public String id() {
    return unit.id();
  }

  public UnitResult with(Standing newFin, Standing newSelf) {
    return new UnitResult(unit, status, newFin, newSelf, groups, criteria, report);
  }
}
