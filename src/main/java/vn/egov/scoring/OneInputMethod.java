package vn.egov.scoring;

import java.math.BigDecimal;
import java.util.Map;
import vn.egov.model.Evaluated;

/**
 * A method whose value is one input as it is: {@code boolean}, {@code choice} (the option's points)
 * and {@code manual} (points typed in). Each subclass says only how the value becomes points.
 */
abstract class OneInputMethod extends BaseMethod {
  private final String input;

  OneInputMethod(String type, String input, boolean naOnUndefined) {
    super(type, inputsOf(input), naOnUndefined);
    this.input = input;
  }

  @Override
  public final Evaluated value(Map<String, BigDecimal> numbers) {
    return valueOf(input, numbers);
  }

  @Override
  public final Map<String, Object> parameters() {
    return parameters("input", input);
  }
}
