package vn.egov.scoring;

import vn.egov.criteria.MethodType;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import vn.egov.expr.Expr;
import vn.egov.model.Evaluated;

/** {@code formula}: clamp(expr, 0, max). */
final class FormulaMethod extends BaseMethod {
  static final MethodType TYPE =
      new MethodType("formula", Set.of("expr"), (c, na) -> new FormulaMethod(c.expr("expr"), na));

  private final Expr expr;

  FormulaMethod(Expr expr, boolean naOnUndefined) {
    super("formula", inputsOf(expr), naOnUndefined);
    this.expr = expr;
  }

  @Override
  public Evaluated value(Map<String, BigDecimal> numbers) {
    return evaluate(expr, numbers);
  }

  @Override
  public BigDecimal points(BigDecimal v, BigDecimal max, BigDecimal best) {
    return clamp(v, max);
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters("expr", text(expr));
  }
}
