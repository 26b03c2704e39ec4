package vn.egov.scoring;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReferenceArray;

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
    if (rounded.signum() < 0 || rounded.scale() != precision || rounded.precision() > 9) {
      return rounded;
    }
    long unscaled = rounded.scaleByPowerOfTen(precision).longValue();
    if (unscaled >= known.length()) {
      return rounded;
    }
    BigDecimal k = known.get((int) unscaled);
    if (k == null) {
      known.compareAndSet((int) unscaled, null, rounded);
      k = known.get((int) unscaled);
    }
    return k;
  }
}
