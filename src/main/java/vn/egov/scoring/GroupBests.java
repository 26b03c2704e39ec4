package vn.egov.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.egov.model.Criterion;
import vn.egov.model.CriterionResult;
import vn.egov.model.CriterionStatus;
import vn.egov.model.Outcome;
import vn.egov.model.ScoringMethod;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.model.Variant;

/**
 * The group best each {@code relative} criterion's points were computed with, in one variant:
 * the method's best of that variant's values of the submitted units of the unit group, as {@link
 * Scorer#score} takes it — read back from scored units, for showing how a figure came about
 * ({@code explain}, hints) and for re-weighting.
 */
public final class GroupBests {
  private final Map<String, BigDecimal> best;

  private GroupBests(Map<String, BigDecimal> best) {
    this.best = best;
  }

  /** The bests of the scored units in one variant. */
  public static GroupBests of(List<UnitResult> scored, Variant variant) {
    Map<String, List<BigDecimal>> values = new HashMap<>();
    Map<String, ScoringMethod> methods = new HashMap<>();
    for (UnitResult u : scored) {
      if (u.status() != UnitStatus.NOT_SUBMITTED) {
        u.criteria().forEach(r -> collect(r, u.unit().group(), variant, values, methods));
      }
    }
    Map<String, BigDecimal> best = new HashMap<>();
    values.forEach((k, v) -> best.put(k, methods.get(k).best(v)));
    return new GroupBests(best);
  }

  /** The best for a criterion in a unit group; {@code null} when it has none (not relative, no values). */
  public BigDecimal best(Criterion c, String unitGroup) {
    return best.get(key(c.id(), unitGroup));
  }

  static String key(String criterion, String unitGroup) {
    return criterion + "\u0000" + unitGroup;
  }

  private static void collect(
      CriterionResult r,
      String g,
      Variant variant,
      Map<String, List<BigDecimal>> values,
      Map<String, ScoringMethod> methods) {
    r.criteria().forEach(sub -> collect(sub, g, variant, values, methods));
    ScoringMethod m = r.criterion().composite() ? null : r.criterion().methodFor(g);
    Outcome o = variant == Variant.SELF ? r.self() : r.fin();
    if (m != null && m.usesGroupBest() && o.status() == CriterionStatus.SCORED) {
      String key = key(r.id(), g);
      values.computeIfAbsent(key, k -> new ArrayList<>()).add(o.value());
      methods.put(key, m);
    }
  }
}
