package vn.egov.scoring;

import vn.egov.criteria.MethodType;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import vn.egov.model.Evaluated;
import vn.egov.model.InputType;

/** {@code manual}: the points entered in a {@code points} input, kept within 0..max. */
final class ManualMethod extends BaseMethod {
  static final MethodType TYPE =
      new MethodType(
          "manual",
          Set.of("input"),
          (c, na) -> new ManualMethod(c.input("input", InputType.POINTS), na));

  private final String input;

  ManualMethod(String input, boolean naOnUndefined) {
    super("manual", inputsOf(input), naOnUndefined);
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
