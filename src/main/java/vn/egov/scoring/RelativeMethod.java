package vn.egov.scoring;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import vn.egov.criteria.MethodType;
import vn.egov.expr.Decimal;
import vn.egov.expr.Expr;

/**
 * {@code relative}: max × v / best, best being the highest v in the unit group (best ≤ 0 gives
 * 0). With {@code lower_is_better}: v ≤ 0 gives max, else max × best / v with best the lowest
 * positive v.
 */
final class RelativeMethod extends ExprMethod {
  static final MethodType TYPE =
      new MethodType(
          "relative",
          Set.of("value", "lower_is_better"),
          (c, na) -> new RelativeMethod(c.expr("value"), c.flag("lower_is_better", false), na));

  private final boolean lowerIsBetter;

  RelativeMethod(Expr value, boolean lowerIsBetter, boolean naOnUndefined) {
    super("relative", value, naOnUndefined);
    this.lowerIsBetter = lowerIsBetter;
  }

  @Override
  public boolean usesGroupBest() {
    return true;
  }

  @Override
  public BigDecimal best(Collection<BigDecimal> values) {
    BigDecimal best = null;
    for (BigDecimal v : values) {
      if (lowerIsBetter) {
        if (v.signum() > 0 && (best == null || v.compareTo(best) < 0)) {
          best = v;
        }
      } else if (best == null || v.compareTo(best) > 0) {
        best = v;
      }
    }
    return best;
  }

  @Override
  public BigDecimal points(BigDecimal v, BigDecimal max, BigDecimal best) {
    if (lowerIsBetter) {
      if (v.signum() <= 0 || best == null) {
        return max;
      }
      return clamp(Decimal.divide(max.multiply(best), v), max);
    }
    if (best == null || best.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return clamp(Decimal.divide(max.multiply(v), best), max);
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters("value", text(value), "lower_is_better", lowerIsBetter);
  }
}
