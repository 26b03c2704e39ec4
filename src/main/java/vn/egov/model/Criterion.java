package vn.egov.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A criterion ("tiêu chí"): either scored by a {@link ScoringMethod} or made of sub-criteria.
 *
 * @param appliesTo unit group ids it applies to; empty means all
 * @param inputs ids of the inputs declared under it
 * @param method the scoring method, or {@code null} when it has sub-criteria
 * @param overrides per unit group id
 */
public record Criterion(
    String id,
    String name,
    BigDecimal max,
    List<String> appliesTo,
    Kind kind,
    boolean naAllowed,
    boolean evidenceRequired,
    List<String> inputs,
    ScoringMethod method,
    Combine combine,
    List<Criterion> criteria,
    Map<String, GroupOverride> overrides) {
  public Criterion {
    appliesTo = List.copyOf(appliesTo);
    inputs = List.copyOf(inputs);
    criteria = List.copyOf(criteria);
    overrides = Map.copyOf(overrides);
  }

  public boolean composite() {
    return method == null;
  }

  public boolean appliesTo(String unitGroup) {
    return appliesTo.isEmpty() || appliesTo.contains(unitGroup);
  }

  public BigDecimal maxFor(String unitGroup) {
    GroupOverride o = overrides.get(unitGroup);
    return o != null && o.max() != null ? o.max() : max;
  }

  public ScoringMethod methodFor(String unitGroup) {
    GroupOverride o = overrides.get(unitGroup);
    return o != null && o.method() != null ? o.method() : method;
  }

  public boolean naAllowedFor(String unitGroup) {
    GroupOverride o = overrides.get(unitGroup);
    return o != null && o.naAllowed() != null ? o.naAllowed() : naAllowed;
  }
}
