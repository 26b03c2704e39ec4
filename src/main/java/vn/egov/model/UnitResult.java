package vn.egov.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /** The unit's result in a criteria group, or {@code null} when it has none. */
  public GroupResult group(String groupId) {
    for (GroupResult g : groups) {
      if (g.id().equals(groupId)) {
        return g;
      }
    }
    return null;
  }

  /** Every criterion and sub-criterion result by id (a new map on each call). */
  public Map<String, CriterionResult> criteriaById() {
    Map<String, CriterionResult> out = new HashMap<>();
    criteria.forEach(c -> index(c, out));
    return out;
  }

  private static void index(CriterionResult r, Map<String, CriterionResult> into) {
    into.put(r.id(), r);
    r.criteria().forEach(sub -> index(sub, into));
  }

  public UnitResult with(Standing newFin, Standing newSelf) {
    return new UnitResult(unit, status, newFin, newSelf, groups, criteria, report);
  }
}
