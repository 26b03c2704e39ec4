package vn.egov.scoring;

import vn.egov.criteria.MethodType;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import vn.egov.model.Evaluated;
import vn.egov.model.InputType;

/** {@code choice}: the chosen option's points (never above max). */
final class ChoiceMethod extends BaseMethod {
  static final MethodType TYPE =
      new MethodType(
          "choice",
          Set.of("input"),
          (c, na) -> new ChoiceMethod(c.input("input", InputType.CHOICE), na));

  private final String input;

  ChoiceMethod(String input, boolean naOnUndefined) {
    super("choice", inputsOf(input), naOnUndefined);
    this.input = input;
  }

  @Override
  public Evaluated value(Map<String, BigDecimal> numbers) {
    return valueOf(input, numbers);
  }

  @Override
  public BigDecimal points(BigDecimal v, BigDecimal max, BigDecimal best) {
    return clamp(v, max);
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters("input", input);
  }
}
