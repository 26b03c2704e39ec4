package vn.egov.scoring;

import vn.egov.criteria.MethodType;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import vn.egov.expr.Expr;
import vn.egov.model.Evaluated;

/** {@code count}: min(max, v × each), never below 0. */
final class CountMethod extends BaseMethod {
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

  private final Expr value;
  private final BigDecimal each;

  CountMethod(Expr value, BigDecimal each, boolean naOnUndefined) {
    super("count", inputsOf(value), naOnUndefined);
    this.value = value;
    this.each = each;
  }

  @Override
  public Evaluated value(Map<String, BigDecimal> numbers) {
    return evaluate(value, numbers);
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
