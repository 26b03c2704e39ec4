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
    for (Band b : bands) {
      if (b.contains(v)) {
        return clamp(b.points(), max);
      }
    }
    return BigDecimal.ZERO;
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters("value", text(value), "bands", bands);
  }
}
