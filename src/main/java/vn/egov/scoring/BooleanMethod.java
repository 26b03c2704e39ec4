package vn.egov.scoring;

import vn.egov.criteria.MethodType;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import vn.egov.model.Evaluated;
import vn.egov.model.InputType;

/** {@code boolean}: max points if the input is true, else 0. */
final class BooleanMethod extends BaseMethod {
  static final MethodType TYPE =
      new MethodType(
          "boolean",
          Set.of("input"),
          (c, na) -> new BooleanMethod(c.input("input", InputType.BOOLEAN), na));

  private final String input;

  BooleanMethod(String input, boolean naOnUndefined) {
    super("boolean", inputsOf(input), naOnUndefined);
    this.input = input;
  }

  @Override
  public Evaluated value(Map<String, BigDecimal> numbers) {
    return valueOf(input, numbers);
  }

  @Override
  public BigDecimal points(BigDecimal v, BigDecimal max, BigDecimal best) {
    return v.signum() != 0 ? max : BigDecimal.ZERO;
  }

  @Override
  public Map<String, Object> parameters() {
    return parameters("input", input);
  }
}
