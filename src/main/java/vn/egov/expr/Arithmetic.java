package vn.egov.expr;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.operators.arithmetic.InfixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMultiplicationOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPlusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixMinusOperator;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * The tree EvalEx parsed, evaluated directly, for the expressions most criteria sets are made
 * of: input ids, number literals, {@code + - * /} and unary minus ({@code a / b * 100}). It does
 * exactly what EvalEx's operators do with {@link Expr#MATH} ({@code add}, {@code subtract},
 * {@code multiply}, {@code negate} with the math context; {@code /} through {@link
 * Decimal#divide}; literals read by EvalEx's own {@code numberOfString}), without EvalEx's
 * per-node objects, which dominated scoring at national scale. Whenever a value is missing or
 * an operation fails it returns {@code null}, and the caller asks EvalEx, so that every
 * undefined result and its reason stay EvalEx's. {@code ArithmeticTest} compares both on random
 * trees.
 */
abstract class Arithmetic {
  /** The value, or {@code null} when EvalEx must decide (a missing value, a failing operation). */
  abstract BigDecimal value(Map<String, BigDecimal> values);

  /** The fast form of a parsed expression, or {@code null} when it uses anything else. */
  static Arithmetic of(Expression parsed) {
    try {
      return of(parsed.getAbstractSyntaxTree());
    } catch (BaseException | RuntimeException e) {
      return null; // EvalEx evaluates it, as before
    }
  }

  private static Arithmetic of(ASTNode n) throws BaseException {
    Token t = n.getToken();
    switch (t.getType()) {
      case NUMBER_LITERAL -> {
        BigDecimal v = EvaluationValue.numberOfString(t.getValue(), Expr.MATH).getNumberValue();
        return new Literal(v);
      }
      case VARIABLE_OR_CONSTANT -> {
        String name = t.getValue();
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.equals("TRUE") || upper.equals("FALSE") ? null : new Variable(name);
      }
      case PREFIX_OPERATOR -> {
        if (t.getOperatorDefinition() instanceof PrefixMinusOperator && n.getParameters().size() == 1) {
          Arithmetic operand = of(n.getParameters().get(0));
          return operand == null ? null : new Negate(operand);
        }
        return null;
      }
      case INFIX_OPERATOR -> {
        if (n.getParameters().size() != 2) {
          return null;
        }
        OperatorIfc op = t.getOperatorDefinition();
        char kind =
            op instanceof InfixPlusOperator ? '+'
                : op instanceof InfixMinusOperator ? '-'
                : op instanceof InfixMultiplicationOperator ? '*'
                : op instanceof DivisionOperator ? '/'
                : 0;
        if (kind == 0) {
          return null;
        }
        Arithmetic a = of(n.getParameters().get(0));
        Arithmetic b = of(n.getParameters().get(1));
        return a == null || b == null ? null : new Infix(kind, a, b);
      }
      default -> {
        return null;
      }
    }
  }

  private static final class Literal extends Arithmetic {
    private final BigDecimal v;

    Literal(BigDecimal v) {
      this.v = v;
    }

    @Override
    BigDecimal value(Map<String, BigDecimal> values) {
      return v;
    }
  }

  private static final class Variable extends Arithmetic {
    private final String name;

    Variable(String name) {
      this.name = name;
    }

    @Override
    BigDecimal value(Map<String, BigDecimal> values) {
      return values.get(name);
    }
  }

  private static final class Negate extends Arithmetic {
    private final Arithmetic operand;

    Negate(Arithmetic operand) {
      this.operand = operand;
    }

    @Override
    BigDecimal value(Map<String, BigDecimal> values) {
      BigDecimal v = operand.value(values);
      return v == null ? null : v.negate(Expr.MATH);
    }
  }

  private static final class Infix extends Arithmetic {
    private final char kind;
    private final Arithmetic a;
    private final Arithmetic b;

    Infix(char kind, Arithmetic a, Arithmetic b) {
      this.kind = kind;
      this.a = a;
      this.b = b;
    }

    @Override
    BigDecimal value(Map<String, BigDecimal> values) {
      BigDecimal x = a.value(values);
      if (x == null) {
        return null;
      }
      BigDecimal y = b.value(values);
      if (y == null) {
        return null;
      }
      return switch (kind) {
        case '+' -> x.add(y, Expr.MATH);
        case '-' -> x.subtract(y, Expr.MATH);
        case '*' -> x.multiply(y, Expr.MATH);
        default -> y.signum() == 0 ? null : Decimal.divide(x, y);
      };
    }
  }
}
