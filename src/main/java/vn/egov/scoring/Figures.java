package vn.egov.scoring;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReferenceArray;
import vn.egov.model.CriterionStatus;
import vn.egov.model.Outcome;

/**
 * One instance per small rounded figure (0.00 to 99.99 at precision 2): a national run holds
 * millions of points, nearly all among a few hundred values, and figures are immutable. Purely a
 * memory saving: {@link #shared} returns an equal figure with the same scale. Thread-safe.
 */
final class Figures {
  private final int precision;
  private final AtomicReferenceArray<BigDecimal> known = new AtomicReferenceArray<>(10_000);

  Figures(int precision) {
    this.precision = precision;
  }

  /** The shared instance equal to {@code rounded} (a figure at the set's precision), or itself. */
  BigDecimal shared(BigDecimal rounded) {
    int slot = slot(rounded);
    return slot < 0 ? rounded : shared(slot, rounded);
  }

  /** The slot of a small figure at the set's precision (its unscaled value), or -1. */
  int slot(BigDecimal rounded) {
    if (rounded.signum() < 0 || rounded.scale() != precision || rounded.precision() > 9) {
      return -1;
    }
    long unscaled = rounded.scaleByPowerOfTen(precision).longValue();
    return unscaled < known.length() ? (int) unscaled : -1;
  }

  /** The shared instance of the figure in {@code slot}, {@code rounded} the first time. */
  BigDecimal shared(int slot, BigDecimal rounded) {
    BigDecimal k = known.get(slot);
    if (k == null) {
      known.compareAndSet(slot, null, rounded);
      k = known.get(slot);
    }
    return k;
  }

  /**
   * One outcome per status and small figure, without value or note: a composite criterion's
   * outcome is one of a few hundred, and a national run holds one per composite and unit.
   */
  private final AtomicReferenceArray<AtomicReferenceArray<Outcome>> outcomes =
      new AtomicReferenceArray<>(CriterionStatus.values().length);

  /** The outcome (status, points) with no value or note, shared where the points are a small figure. */
  Outcome outcome(CriterionStatus status, BigDecimal rounded) {
    int slot = slot(rounded);
    if (slot < 0) {
      return new Outcome(status, rounded, null, null);
    }
    AtomicReferenceArray<Outcome> byFigure = outcomes.get(status.ordinal());
    if (byFigure == null) {
      outcomes.compareAndSet(status.ordinal(), null, new AtomicReferenceArray<>(known.length()));
      byFigure = outcomes.get(status.ordinal());
    }
    Outcome o = byFigure.get(slot);
    if (o == null) {
      byFigure.compareAndSet(slot, null, new Outcome(status, shared(slot, rounded), null, null));
      o = byFigure.get(slot);
    }
    return o;
  }
}
