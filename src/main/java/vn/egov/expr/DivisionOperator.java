package vn.egov.expr;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.operators.AbstractOperator;
import com.ezylang.evalex.operators.InfixOperator;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.parser.Token;

/** EvalEx's {@code /}, dividing through {@link Decimal#divide}. */
@InfixOperator(precedence = OperatorIfc.OPERATOR_PRECEDENCE_MULTIPLICATIVE)
final class DivisionOperator extends AbstractOperator {
  @Override
  public EvaluationValue evaluate(Expression expression, Token operator, EvaluationValue... operands)
      throws EvaluationException {
    EvaluationValue a = operands[0];
    EvaluationValue b = operands[1];
    if (!a.isNumberValue() || !b.isNumberValue()) {
      throw EvaluationException.ofUnsupportedDataTypeInOperation(operator);
    }
    if (b.getNumberValue().signum() == 0) {
      throw new EvaluationException(operator, "Division by zero");
    }
    return EvaluationValue.numberValue(Decimal.divide(a.getNumberValue(), b.getNumberValue()));
  }
}
