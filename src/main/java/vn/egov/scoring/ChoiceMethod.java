package vn.egov.scoring;

import java.math.BigDecimal;
import java.util.Set;
import vn.egov.criteria.MethodType;
import vn.egov.model.InputType;

/** {@code choice}: the chosen option's points (never above max). */
final class ChoiceMethod extends OneInputMethod {
  static final MethodType TYPE =
      new MethodType("choice", Set.of("input"), (c, na) -> new ChoiceMethod(c.input("input", InputType.CHOICE), na));

  ChoiceMethod(String input, boolean naOnUndefined) {
    super("choice", input, naOnUndefined);
  }

  @Override
  public BigDecimal points(BigDecimal v, BigDecimal max, BigDecimal best) {
    return clamp(v, max);
  }
}
