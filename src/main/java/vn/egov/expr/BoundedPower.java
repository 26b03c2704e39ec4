package vn.egov.expr;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.operators.InfixOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPowerOfOperator;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;

/**
 * EvalEx's {@code ^}, refusing results beyond 10^±100,000: {@code 10 ^ 10 ^ 100000} computed for 8
 * seconds before ending in an overflow, and {@code x ^ -1} of a number with a huge exponent for
 * minutes (both found by fuzzing, SECURITY.md); an exponent may be a unit's value. The refusal is
 * an {@link ArithmeticException}, which {@link Expr#evaluate} turns into an undefined result like
 * any overflow.
 */
@InfixOperator(precedence = 40, leftAssociative = false) // as EvalEx's own ^
final class BoundedPower extends InfixPowerOfOperator {
  static final long MAX_ORDERS = vn.egov.security.Limits.MAX_POWER_ORDERS;

  @Override
  public EvaluationValue evaluate(Expression expression, Token operator, EvaluationValue... operands)
      throws EvaluationException {
    if (operands.length == 2 && operands[0].isNumberValue() && operands[1].isNumberValue()) {
      BigDecimal base = operands[0].getNumberValue();
      BigDecimal exponent = operands[1].getNumberValue().abs();
      BigDecimal orders = BigDecimal.valueOf(Math.max(1, Math.abs(orders(base))));
      if (exponent.multiply(orders).compareTo(BigDecimal.valueOf(MAX_ORDERS)) > 0) {
        throw new ArithmeticException("power too large: " + base + " ^ " + operands[1].getNumberValue());
      }
    }
    return super.evaluate(expression, operator, operands);
  }

  /** The decimal order of magnitude of a number: 2 for 123, -3 for 0.001, 0 for zero. */
  static long orders(BigDecimal v) {
    return v.signum() == 0 ? 0 : (long) v.precision() - v.scale() - 1;
  }
}
