package vn.egov.scoring;

import java.math.BigDecimal;
import java.util.Map;
import vn.egov.expr.Expr;
import vn.egov.model.Evaluated;

/**
 * A method whose value is an expression over the inputs: {@code bands}, {@code count}, {@code
 * proportional}, {@code relative} (key {@code value}) and {@code formula} (key {@code expr}). Each
 * subclass says only how the value becomes points and which parameters it shows.
 */
abstract class ExprMethod extends BaseMethod {
  /** The expression, as compiled. */
  final Expr value;

  ExprMethod(String type, Expr value, boolean naOnUndefined) {
    super(type, inputsOf(value), naOnUndefined);
    this.value = value;
  }

  @Override
  public final Evaluated value(Map<String, BigDecimal> numbers) {
    return value.evaluate(numbers);
  }
}
