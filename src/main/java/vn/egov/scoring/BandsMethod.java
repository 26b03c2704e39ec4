package vn.egov.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.egov.criteria.MethodType;
import vn.egov.expr.Expr;
import vn.egov.model.Band;

/**
 * {@code bands}: the points of the first band, in listed order, with min ≤ v (if given) and v ≤
 * max (if given); none matching gives 0. Comparisons are exact decimals.
 */
final class BandsMethod extends ExprMethod {
  static final MethodType TYPE =
      new MethodType(
          "bands",
          Set.of("value", "bands"),
          (c, na) -> new BandsMethod(c.expr("value"), c.bands("bands"), na));

  private final List<Band> bands;

  BandsMethod(Expr value, List<Band> bands, boolean naOnUndefined) {
    super("bands", value, naOnUndefined);
    this.bands = bands == null ? List.of() : List.copyOf(bands);
  }

  @Override
  public BigDecimal points(BigDecimal v, BigDecimal max, BigDecimal best) {
    BigDecimal[] bounds = v.scale() > 0 && v.scale() <= MAX_CACHED_SCALE ? boundsAt(v.scale()) : null;
    for (int i = 0, n = bands.size(); i < n; i++) {
      Band b = bands.get(i);
      if (bounds == null ? b.contains(v) : within(bounds[2 * i], bounds[2 * i + 1], v)) {
        return clamp(b.points(), max);
      }
    }
    return BigDecimal.ZERO;
  }

  /** Values up to this scale compare against bounds rescaled to theirs. */
  private static final int MAX_CACHED_SCALE = 64;

  /**
   * The bands' bounds {min, max, …} at {@code scale} (a bound of a smaller scale rescaled, which is
   * exact): a quotient carries 34 digits, and comparing it with a bound of another scale makes
   * BigDecimal rescale the bound at every comparison (a national run's largest allocation).
   * Numerically the same comparison.
   */
  private BigDecimal[] boundsAt(int scale) {
    BigDecimal[] b = atScale[scale];
    if (b == null) {
      b = new BigDecimal[2 * bands.size()];
      for (int i = 0; i < bands.size(); i++) {
        b[2 * i] = rescaled(bands.get(i).min(), scale);
        b[2 * i + 1] = rescaled(bands.get(i).max(), scale);
      }
      atScale[scale] = b; // a race only computes the same bounds twice
    }
    return b;
  }

  private final BigDecimal[][] atScale = new BigDecimal[MAX_CACHED_SCALE + 1][];

  private static BigDecimal rescaled(BigDecimal bound, int scale) {
    return bound == null || bound.scale() >= scale ? bound : bound.setScale(scale);
  }

  private static boolean within(BigDecimal min, BigDecimal max, BigDecimal v) {
    return (min == null || min.compareTo(v) <= 0) && (max == null || v.compareTo(max) <= 0);
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters("value", text(value), "bands", bands);
  }
}
