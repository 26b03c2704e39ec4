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
  /** {@code target − floor}, made once. */
  private final BigDecimal span;

  ProportionalMethod(Expr value, BigDecimal target, BigDecimal floor, boolean naOnUndefined) {
    super("proportional", value, naOnUndefined);
    this.target = target;
    this.floor = floor;
    this.span = target == null || floor == null ? null : target.subtract(floor);
  }

  @Override
  public BigDecimal points(BigDecimal v, BigDecimal max, BigDecimal best) {
    BigDecimal above = v.subtract(floor);
    if (!between(above)) {
      return above.signum() * span.signum() <= 0 ? BigDecimal.ZERO : max;
    }
    // one division, so the only rounding is at the 34th significant digit
    return Decimal.divide(max.multiply(above), span);
  }

  @Override
  public BigDecimal roundedPoints(BigDecimal v, BigDecimal max, BigDecimal best, int precision) {
    BigDecimal above = v.subtract(floor);
    if (!between(above)) {
      return points(v, max, best).setScale(precision, java.math.RoundingMode.HALF_UP);
    }
    return Decimal.divideRounded(max.multiply(above), span, precision); // = points(…) rounded
  }

  /**
   * Whether the ratio {@code above / span} lies strictly between 0 and 1 (judged by signs and
   * magnitudes, without dividing); outside it is clamped to 0 or 1.
   */
  private boolean between(BigDecimal above) {
    return above.signum() * span.signum() > 0 && above.abs().compareTo(span.abs()) < 0;
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters("value", text(value), "target", target, "floor", floor);
  }
}
