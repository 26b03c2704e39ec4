package vn.egov.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import vn.egov.criteria.MethodType;
import vn.egov.expr.Decimal;
import vn.egov.expr.Expr;

/**
 * {@code proportional}: max × clamp((v − floor) / (target − floor), 0, 1). A target below the
 * floor means lower is better.
 */
final class ProportionalMethod extends ExprMethod {
  static final MethodType TYPE =
      new MethodType(
          "proportional",
          Set.of("value", "target", "floor"),
          (c, na) -> {
            BigDecimal target = c.number("target", BigDecimal.ONE);
            BigDecimal floor = c.number("floor", BigDecimal.ZERO);
            if (target != null && floor != null && target.compareTo(floor) == 0) {
              c.error("target", "criteria.proportional.flat", target);
            }
            return new ProportionalMethod(c.expr("value"), target, floor, na);
          });

  private final BigDecimal target;
  private final BigDecimal floor;

  ProportionalMethod(Expr value, BigDecimal target, BigDecimal floor, boolean naOnUndefined) {
    super("proportional", value, naOnUndefined);
    this.target = target;
    this.floor = floor;
  }

  @Override
  public BigDecimal points(BigDecimal v, BigDecimal max, BigDecimal best) {
    BigDecimal span = target.subtract(floor);
    BigDecimal above = v.subtract(floor);
    // the ratio above / span, clamped to [0, 1], judged by signs and magnitudes (no division)
    if (above.signum() * span.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    if (above.abs().compareTo(span.abs()) >= 0) {
      return max;
    }
    // one division, so the only rounding is at the 34th significant digit
    return Decimal.divide(max.multiply(above), span);
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters("value", text(value), "target", target, "floor", floor);
  }
}
