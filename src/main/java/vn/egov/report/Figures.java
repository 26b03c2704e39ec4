package vn.egov.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.Criterion;
import vn.egov.model.CriterionResult;
import vn.egov.model.Kind;
import vn.egov.model.Outcome;
import vn.egov.model.UnitResult;

/**
 * The figures every output shows the same way (SPEC §5 "Figures mean the same in every output"):
 * a unit group's average, distribution and counts are over its ranked units; a criteria group's
 * max is that of its normal criteria, and bonus points above it are named.
 */
final class Figures {
  private Figures() {}

  /** The units of a unit group that hold a final rank (and so a score), in the given order. */
  static List<UnitResult> ranked(List<UnitResult> units, String unitGroup) {
    return units.stream()
        .filter(u -> u.unit().group().equals(unitGroup))
        .filter(u -> u.fin() != null && u.fin().rank() != null && u.fin().score() != null)
        .toList();
  }

  /** The mean final score of the units, half-up at {@code precision}; {@code null} for none. */
  static BigDecimal meanScore(List<UnitResult> units, int precision) {
    if (units.isEmpty()) {
      return null;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (UnitResult u : units) {
      sum = sum.add(u.fin().score());
    }
    return sum.divide(BigDecimal.valueOf(units.size()), precision, RoundingMode.HALF_UP);
  }

  /** The max of a criteria group for a unit group: the sum of its applicable normal criteria. */
  static BigDecimal groupMax(CriteriaGroup g, String unitGroup) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Criterion c : g.criteria()) {
      if (c.kind() == Kind.NORMAL && c.appliesTo(unitGroup)) {
        sum = sum.add(c.maxFor(unitGroup));
      }
    }
    return sum;
  }

  /**
   * The bonus points a unit holds in a criteria group (final, or self-assessed when {@code self}):
   * the sum over its top-level bonus criteria; zero when none.
   */
  static BigDecimal bonus(UnitResult u, CriteriaGroup g, boolean self) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CriterionResult c : u.criteria()) {
      if (c.criterion().kind() == Kind.BONUS && g.criteria().contains(c.criterion())) {
        Outcome o = self ? c.self() : c.fin();
        if (o != null && o.points() != null && o.status().counts()) {
          sum = sum.add(o.points());
        }
      }
    }
    return sum;
  }

  /** A criterion's points as they count: a deduction's points negative. */
  static BigDecimal signed(Criterion c, BigDecimal points) {
    return points != null && c.kind() == Kind.DEDUCTION ? points.negate() : points;
  }
}
