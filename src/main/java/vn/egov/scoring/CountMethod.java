package vn.egov.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import vn.egov.criteria.MethodType;
import vn.egov.expr.Expr;

/** {@code count}: min(max, v × each), never below 0. */
final class CountMethod extends ExprMethod {
  static final MethodType TYPE =
      new MethodType(
          "count",
          Set.of("value", "each"),
          (c, na) -> {
            BigDecimal each = c.number("each", null);
            if (each == null) {
              c.error("each", "criteria.key.missing", "each");
            }
            return new CountMethod(c.expr("value"), each, na);
          });

  private final BigDecimal each;

  CountMethod(Expr value, BigDecimal each, boolean naOnUndefined) {
    super("count", value, naOnUndefined);
    this.each = each;
  }

  @Override
  public BigDecimal points(BigDecimal v, BigDecimal max, BigDecimal best) {
    return clamp(v.multiply(each), max);
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters("value", text(value), "each", each);
  }
}
