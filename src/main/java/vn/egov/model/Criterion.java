package vn.egov.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A criterion ("tiêu chí"): either scored by a {@link ScoringMethod} or made of sub-criteria.
 *
 * @param appliesTo unit group ids and {@code tag:NAME} entries it applies to; empty means all
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

  /** The prefix of an {@code applies_to} entry that names a unit tag rather than a group. */
  public static final String TAG = "tag:";

  /**
   * Whether the criterion applies to the unit: when it lists nothing, the unit's group, or one of
   * the unit's tags. The one rule of applicability: scoring, templates, validation, explanations
   * and scorecards all ask it of the unit in hand.
   */
  public boolean appliesTo(Unit unit) {
    if (appliesTo.isEmpty() || appliesTo.contains(unit.group())) {
      return true;
    }
    for (String tag : unit.tags()) {
      if (appliesTo.contains(TAG + tag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether it applies to every unit of the group (it lists nothing or the group itself): for
   * figures given per unit group (the max in {@code check}'s summary, a group's column of the
   * criteria annex). A criterion listed only by tag applies to a unit of the group that carries
   * the tag: ask {@link #appliesTo(Unit)} for that.
   */
  public boolean appliesTo(String unitGroup) {
    return appliesTo.isEmpty() || appliesTo.contains(unitGroup);
  }

  /** Whether it may apply to some unit of the group: to all of it, or by a tag. */
  public boolean mayApplyTo(String unitGroup) {
    return appliesTo(unitGroup) || !tags().isEmpty();
  }

  /** The tag names its {@code applies_to} lists, without the prefix. */
  public List<String> tags() {
    return appliesTo.stream().filter(a -> a.startsWith(TAG)).map(a -> a.substring(TAG.length())).toList();
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
