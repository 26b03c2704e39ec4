package vn.egov.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.expr.Decimal;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.CriterionResult;
import vn.egov.model.CriterionStatus;
import vn.egov.model.GroupResult;
import vn.egov.model.Outcome;
import vn.egov.model.ScoringMethod;
import vn.egov.model.Standing;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.model.Variant;
import vn.egov.scoring.GroupBests;
import vn.egov.scoring.Totals;

/**
 * Scored units whose final figures can be recomputed with every top-level criterion's max
 * multiplied by a factor f ≥ 0 (its weight in the index).
 *
 * <p>What a factor means, for every method alike: the criterion weighs f × M instead of M, and a
 * unit keeps the same fraction of it. Each leaf's unrounded points (as its method computed them
 * with max M, group bests included) are multiplied by f and then rounded to the set's precision;
 * sub-criteria are combined as usual and capped at f × M; the criterion's max, and so the unit's
 * applicable max, count f × M. For {@code boolean}, {@code proportional} and {@code relative}
 * this is exactly the method evaluated with max f × M (their points are linear in M); for {@code
 * bands}, {@code choice}, {@code manual}, {@code count} and {@code formula}, whose points are
 * written in the criteria file on the scale of M, the written points (band points, option points,
 * entered points, {@code each}, {@code expr}) are read as scaled by f as well, so that a band
 * worth 8 of 10 stays worth 80 % of the criterion. Bonus and deduction criteria are scaled the
 * same way. A factor of 0 leaves the criterion out (no points, no max). Statuses do not change.
 *
 * <p>Only final figures are recomputed; self-assessed figures are passed through, without rank
 * or class. With every factor 1 the final figures are exactly those of {@link vn.egov.scoring.Scorer#score}.
 * Thread-safe: {@link #rescore} may run concurrently.
 */
final class Reweighting {
  private final CriteriaSet criteria;
  private final Totals totals;
  private final List<UnitResult> units;
  private final List<Criterion> topLevel = new ArrayList<>();
  /**
   * Per unit (same index as {@code units}): its leaves in depth-first order, each with its
   * unrounded final points, {@code null} for leaves that are not scored.
   */
  private final List<Leaf[]> leaves = new ArrayList<>();

  /**
   * Prepares scored units for re-weighting.
   *
   * @param scored the units as the scorer returned them, ranked or not
   */
  Reweighting(CriteriaSet criteria, List<UnitResult> scored) {
    this.criteria = criteria;
    this.totals = new Totals(criteria);
    this.units = List.copyOf(scored);
    criteria.groups().forEach(g -> topLevel.addAll(g.criteria()));
    GroupBests best = GroupBests.of(units, Variant.FINAL);
    for (UnitResult u : units) {
      List<Leaf> out = new ArrayList<>();
      if (u.status() != UnitStatus.NOT_SUBMITTED) {
        u.criteria().forEach(r -> unrounded(r, u.unit().group(), best, out));
      }
      leaves.add(out.toArray(new Leaf[0]));
    }
  }

  private void unrounded(CriterionResult r, String g, GroupBests best, List<Leaf> out) {
    if (r.criterion().composite()) {
      r.criteria().forEach(sub -> unrounded(sub, g, best, out));
    } else if (r.fin().status() == CriterionStatus.SCORED) {
      ScoringMethod m = r.criterion().methodFor(g);
      BigDecimal b = m.usesGroupBest() ? best.best(r.criterion(), g) : null;
      out.add(Leaf.of(m.points(r.fin().value(), r.max(), b)));
    } else {
      out.add(null);
    }
  }

  private int precision() {
    return criteria.scoring().precision();
  }

  /** The top-level criteria, in the order of {@link #rescore}'s factors (groups, then criteria). */
  public List<Criterion> topLevel() {
    return Collections.unmodifiableList(topLevel);
  }

  /**
   * The units with their final figures recomputed, unranked and unclassified (pass them to the
   * ranker), in the order given; units that sent nothing are returned as they were.
   *
   * @param factors one factor ≥ 0 per top-level criterion, in the order of {@link #topLevel()}
   */
  public List<UnitResult> rescore(BigDecimal[] factors) {
    if (factors.length != topLevel.size()) {
      throw new IllegalArgumentException(
          "expected " + topLevel.size() + " factors, got " + factors.length);
    }
    Factor[] f = new Factor[factors.length];
    for (int i = 0; i < factors.length; i++) {
      if (factors[i].signum() < 0) {
        throw new IllegalArgumentException("a factor below 0: " + factors[i]);
      }
      f[i] = Factor.of(factors[i]);
    }
    List<UnitResult> out = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      UnitResult u = units.get(i);
      out.add(u.status() == UnitStatus.NOT_SUBMITTED ? u : rescore(u, leaves.get(i), f));
    }
    return out;
  }

  private UnitResult rescore(UnitResult u, Leaf[] points, Factor[] factors) {
    CriterionResult[] results = new CriterionResult[u.criteria().size()];
    GroupResult[] groups = new GroupResult[u.groups().size()];
    Totals.Sum fin = totals.sum();
    int[] cursor = {0};
    int k = 0;
    for (int gi = 0; gi < criteria.groups().size(); gi++) {
      CriteriaGroup cg = criteria.groups().get(gi);
      Totals.Sum gFin = totals.sum();
      for (Criterion c : cg.criteria()) {
        CriterionResult r = scaled(u.criteria().get(k), factors[k], points, cursor);
        results[k++] = r;
        gFin.add(c, r.max(), r.fin());
      }
      GroupResult before = u.groups().get(gi);
      groups[gi] = new GroupResult(cg, gFin.points(), gFin.max(), before.selfPoints(), before.selfMax());
      fin.add(gFin.points(), gFin.max());
    }
    Standing self = u.self();
    Standing selfPlain = new Standing(self.points(), self.max(), self.score(), null, null);
    return new UnitResult(
        u.unit(), u.status(), fin.standing(), selfPlain, List.of(groups), List.of(results), u.report());
  }

  private CriterionResult scaled(CriterionResult r, Factor f, Leaf[] points, int[] cursor) {
    if (f.one) {
      cursor[0] += leafCount(r);
      return r;
    }
    BigDecimal max = f.times(r.max());
    Criterion c = r.criterion();
    if (c.composite()) {
      // immutable lists from arrays: the records' List.copyOf then keeps them as they are
      CriterionResult[] subs = new CriterionResult[r.criteria().size()];
      Outcome[] outcomes = new Outcome[subs.length];
      for (int i = 0; i < subs.length; i++) {
        subs[i] = scaled(r.criteria().get(i), f, points, cursor);
        outcomes[i] = subs[i].fin();
      }
      // the statuses of the sub-criteria, and so the criterion's, do not change with the weights
      Outcome before = r.fin();
      Outcome fin =
          before.status().counts()
              ? new Outcome(before.status(), totals.combinedPoints(c, max, outcomes), null, null)
              : before;
      return new CriterionResult(c, max, fin, r.self(), List.of(subs));
    }
    Leaf leaf = points[cursor[0]++];
    Outcome o = r.fin();
    Outcome fin =
        o.status() == CriterionStatus.SCORED
            ? new Outcome(o.status(), scaledPoints(leaf, f), o.value(), o.note())
            : o;
    return new CriterionResult(c, max, fin, r.self(), List.of());
  }

  private int leafCount(CriterionResult r) {
    if (!r.criterion().composite()) {
      return 1;
    }
    int n = 0;
    for (CriterionResult sub : r.criteria()) {
      n += leafCount(sub);
    }
    return n;
  }

  /**
   * round(points × f), half-up to the set's precision: exactly what {@code round(points.multiply(f))}
   * gives, in long arithmetic where that is safe (the product fits, or the points are bracketed
   * within 10⁻⁶ and both ends round alike), else in {@link BigDecimal}.
   */
  private BigDecimal scaledPoints(Leaf leaf, Factor f) {
    if (leaf.fast && f.fast) {
      int scale = leaf.scale + f.scale;
      long lo = roundedProduct(leaf.unscaled, f.unscaled, scale);
      if (lo != Long.MIN_VALUE) {
        if (leaf.exact) {
          return BigDecimal.valueOf(lo, precision());
        }
        long hi = roundedProduct(leaf.unscaled + 1, f.unscaled, scale);
        if (hi == lo) {
          return BigDecimal.valueOf(lo, precision());
        }
      }
    }
    return totals.round(leaf.value.multiply(f.value));
  }

  /** a × b (both ≥ 0, at the given scale) rounded half-up to the precision; MIN_VALUE if unsafe. */
  private long roundedProduct(long a, long b, int scale) {
    long product = a * b;
    if (Math.multiplyHigh(a, b) != 0 || product < 0) {
      return Long.MIN_VALUE;
    }
    int drop = scale - precision();
    if (drop <= 0) {
      long up = Decimal.tenTo(-drop);
      return up > 0 && product <= Long.MAX_VALUE / up ? product * up : Long.MIN_VALUE;
    }
    long unit = Decimal.tenTo(drop);
    if (unit < 0) {
      return Long.MIN_VALUE;
    }
    long q = product / unit;
    return (product % unit) * 2 >= unit ? q + 1 : q;
  }


  /**
   * A leaf's unrounded points, also as a long where that is safe: {@code exact} when the points
   * have at most nine decimals, else bracketed: points in (unscaled, unscaled + 1) × 10⁻⁶.
   */
  private record Leaf(BigDecimal value, boolean fast, boolean exact, long unscaled, int scale) {
    static Leaf of(BigDecimal v) {
      if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
        return new Leaf(v, false, false, 0, 0);
      }
      BigDecimal plain = v.stripTrailingZeros();
      if (plain.scale() <= 0) {
        return new Leaf(v, true, true, plain.setScale(0).longValueExact(), 0);
      }
      if (plain.scale() <= 9) {
        return new Leaf(v, true, true, plain.unscaledValue().longValueExact(), plain.scale());
      }
      return new Leaf(v, true, false, v.setScale(6, RoundingMode.FLOOR).unscaledValue().longValueExact(), 6);
    }
  }

  /**
   * A factor, also as a long where it has at most nine decimals, with the maxes it has scaled in
   * one {@link Reweighting#rescore} call (the units of a group share their criteria's max
   * instances, so each is multiplied once per call rather than once per unit). One per call, so
   * never shared between threads.
   */
  private static final class Factor {
    final BigDecimal value;
    final boolean one;
    final boolean fast;
    final long unscaled;
    final int scale;
    private final Map<BigDecimal, BigDecimal> maxes = new IdentityHashMap<>();

    private Factor(BigDecimal value, boolean one, boolean fast, long unscaled, int scale) {
      this.value = value;
      this.one = one;
      this.fast = fast;
      this.unscaled = unscaled;
      this.scale = scale;
    }

    static Factor of(BigDecimal f) {
      boolean one = f.compareTo(BigDecimal.ONE) == 0;
      BigDecimal plain = f.stripTrailingZeros();
      if (plain.scale() < 0) {
        plain = plain.setScale(0);
      }
      if (plain.scale() <= 9 && plain.precision() <= 18) {
        return new Factor(f, one, true, plain.unscaledValue().longValueExact(), plain.scale());
      }
      return new Factor(f, one, false, 0, 0);
    }

    BigDecimal times(BigDecimal max) {
      return maxes.computeIfAbsent(max, m -> m.multiply(value));
    }
  }
}
