package vn.egov.scoring;

import java.math.BigDecimal;
import java.util.Set;
import vn.egov.criteria.MethodType;
import vn.egov.model.InputType;

/** {@code boolean}: max points if the input is true, else 0. */
final class BooleanMethod extends OneInputMethod {
  static final MethodType TYPE =
      new MethodType("boolean", Set.of("input"), (c, na) -> new BooleanMethod(c.input("input", InputType.BOOLEAN), na));

  BooleanMethod(String input, boolean naOnUndefined) {
    super("boolean", input, naOnUndefined);
  }

  @Override
  public BigDecimal points(BigDecimal v, BigDecimal max, BigDecimal best) {
    return v.signum() != 0 ? max : BigDecimal.ZERO;
  }
}
