package vn.egov.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.egov.model.Combine;
import vn.egov.model.CriteriaSet;
import vn.egov.model.CriterionStatus;
import vn.egov.model.Criterion;
import vn.egov.model.Outcome;
import vn.egov.model.Standing;

/**
 * The arithmetic of SPEC §2 "Arithmetic, rounding, totals", in one place for the scorer and for
 * whoever re-totals its figures (sensitivity's re-weighting): every criterion's points rounded
 * half-up to the set's precision; sub-criteria summed (or the best taken) and capped at the max;
 * group and unit totals as sums of rounded figures, bonus added, deductions subtracted, only
 * normal criteria counting towards the max; the unit's points floored at 0; score = points ×
 * scale / applicable max, rounded once, half-up. Thread-safe.
 */
public final class Totals {
  private final CriteriaSet criteria;
  private final int precision;
  private final BigDecimal zero;
  private final Figures figures;

  public Totals(CriteriaSet criteria) {
    this.criteria = criteria;
    this.precision = criteria.scoring().precision();
    this.zero = BigDecimal.ZERO.setScale(precision);
    this.figures = new Figures(precision);
  }

  /** The decimals every figure is rounded to. */
  public int precision() {
    return precision;
  }

  /** 0 at the set's precision. */
  public BigDecimal zero() {
    return zero;
  }

  /** Half-up to the set's precision. */
  public BigDecimal round(BigDecimal v) {
    return figures.shared(v.setScale(precision, RoundingMode.HALF_UP));
  }

  /** Points and max being added up: of a criteria group, then of a unit. Not thread-safe. */
  public final class Sum {
    private BigDecimal points = zero;
    private BigDecimal max = zero;

    /** Adds a top-level criterion's outcome: its points by kind, and its max if it counts. */
    public void add(Criterion c, BigDecimal criterionMax, Outcome o) {
      BigDecimal pts = o.points() == null ? BigDecimal.ZERO : o.points();
      switch (c.kind()) {
        case NORMAL -> {
          points = points.add(pts);
          if (o.status().counts()) {
            max = max.add(criterionMax);
          }
        }
        case BONUS -> points = points.add(pts);
        case DEDUCTION -> points = points.subtract(pts);
      }
    }

    /** Adds a criteria group's sum to a unit's. */
    public void add(BigDecimal groupPoints, BigDecimal groupMax) {
      points = points.add(groupPoints);
      max = max.add(groupMax);
    }

    /** The points so far; a group's may be negative (deductions). */
    public BigDecimal points() {
      return points;
    }

    public BigDecimal max() {
      return max;
    }

    /** A unit's standing from its sum: points floored at 0, score rounded once; no rank yet. */
    public Standing standing() {
      BigDecimal p = points.signum() < 0 ? zero : points;
      BigDecimal score =
          max.signum() == 0 ? null : p.multiply(criteria.scoring().scale()).divide(max, precision, RoundingMode.HALF_UP);
      return new Standing(p, max, score, null, null);
    }
  }

  public Sum sum() {
    return new Sum();
  }

  /**
   * A composite's outcome: {@code status} (one that counts) and {@link #combinedPoints}, with no
   * value or note; equal outcomes are one instance (Figures).
   */
  public Outcome combined(CriterionStatus status, Criterion c, BigDecimal max, Outcome[] subs) {
    return figures.outcome(status, combinedPoints(c, max, subs));
  }

  /** An outcome of {@code status} with no value or note and {@code points} rounded or null; shared. */
  public Outcome plain(CriterionStatus status, BigDecimal points) {
    return points == null ? PLAIN[status.ordinal()] : figures.outcome(status, round(points));
  }

  private static final Outcome[] PLAIN = new Outcome[CriterionStatus.values().length];

  static {
    for (CriterionStatus s : CriterionStatus.values()) {
      PLAIN[s.ordinal()] = new Outcome(s, null, null, null);
    }
  }

  /** The sub-criteria's rounded points added up (or the best of them), capped at max, rounded. */
  public BigDecimal combinedPoints(Criterion c, BigDecimal max, Outcome[] subs) {
    BigDecimal points = zero;
    for (Outcome o : subs) { // an array: no iterator for each criterion of each unit
      if (o.points() != null) {
        points = c.combine() == Combine.MAX ? points.max(o.points()) : points.add(o.points());
      }
    }
    return round(points.min(max));
  }
}
