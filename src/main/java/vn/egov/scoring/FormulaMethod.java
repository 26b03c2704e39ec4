package vn.egov.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import vn.egov.criteria.MethodType;
import vn.egov.expr.Expr;

/** {@code formula}: clamp(expr, 0, max). */
final class FormulaMethod extends ExprMethod {
  static final MethodType TYPE =
      new MethodType("formula", Set.of("expr"), (c, na) -> new FormulaMethod(c.expr("expr"), na));


  FormulaMethod(Expr expr, boolean naOnUndefined) {
    super("formula", expr, naOnUndefined);
  }

  @Override
  public BigDecimal points(BigDecimal v, BigDecimal max, BigDecimal best) {
    return clamp(v, max);
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters("expr", text(value));
  }
}
