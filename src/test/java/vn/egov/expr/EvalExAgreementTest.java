package vn.egov.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.operators.AbstractOperator;
import com.ezylang.evalex.operators.InfixOperator;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.egov.model.Evaluated;

/**
 * Where EvalEx's own evaluation is right — numbers only, no boolean used as a number — {@link
 * Expr} gives exactly its value: the same digits, and undefined where EvalEx fails (division by
 * zero, a missing value). EvalEx, evaluating the text itself with the same 34-digit arithmetic,
 * is an independent check of how {@link Term}s are built (precedence, associativity, functions)
 * and of their arithmetic. The boolean rule EvalEx does not follow is held by the conformance and
 * differential tests.
 */
class EvalExAgreementTest {
  private static final String[] VARIABLES = {"a", "b", "c", "so_co", "tong_so"};
  private static final String[] LITERALS = {
    "0", "1", "2", "3", "100", "0.5", "2.5", "1000000", "0.001", "7", "1e3", "12.340"
  };

  /** EvalEx configured as egov's evaluator was before it evaluated by itself. */
  private static final ExpressionConfiguration EVALEX =
      ExpressionConfiguration.builder()
          .mathContext(Expr.MATH)
          .stripTrailingZeros(false)
          .build()
          .withAdditionalOperators(Map.entry("/", new DecimalDivision()));

  /** EvalEx's {@code /} dividing through {@link Decimal#divide}, as egov's {@code /} does. */
  @InfixOperator(precedence = OperatorIfc.OPERATOR_PRECEDENCE_MULTIPLICATIVE)
  static final class DecimalDivision extends AbstractOperator {
    @Override
    public EvaluationValue evaluate(Expression expression, Token operator, EvaluationValue... operands)
        throws EvaluationException {
      if (operands[1].getNumberValue().signum() == 0) {
        throw new EvaluationException(operator, "Division by zero");
      }
      return EvaluationValue.numberValue(Decimal.divide(operands[0].getNumberValue(), operands[1].getNumberValue()));
    }
  }

  @Test
  void arithmeticTreesGiveExactlyEvalExsDigits() throws ExprException {
    compare(new Random(20261126), 3000, false);
  }

  @Test
  void functionsAndComparisonsOverNumbersGiveEvalExsValues() throws ExprException {
    compare(new Random(20261202), 3000, true);
  }

  @Test
  void theUsualCriterionRatioKeepsItsDigits() throws ExprException {
    Map<String, BigDecimal> values = Map.of("a", new BigDecimal("30938"), "b", new BigDecimal("32052"));
    assertEquals(
        new BigDecimal("96.52439785348808186696617995756895"),
        Expr.compile("a / b * 100").evaluate(values).value());
  }

  private static void compare(Random random, int trees, boolean functions) throws ExprException {
    int compared = 0;
    int undefined = 0;
    for (int i = 0; i < trees; i++) {
      String text = functions && random.nextInt(3) == 0 ? comparison(random) : tree(random, 4, functions);
      Expr e = Expr.compile(text);
      for (int j = 0; j < 10; j++) {
        Map<String, BigDecimal> values = values(random);
        Evaluated ours = e.evaluate(values);
        BigDecimal theirs = evalEx(text, values);
        assertEquals(theirs != null, ours.defined(), text + " with " + values + ": " + ours);
        if (theirs != null) {
          // equals, not compareTo: the same digits and the same scale
          assertEquals(theirs, ours.value(), text + " with " + values);
          compared++;
        } else {
          undefined++;
        }
      }
    }
    assertTrue(compared > 15_000, "compared " + compared);
    assertTrue(undefined > 500, "undefined " + undefined); // division by zero, missing values
  }

  /** EvalEx's value, booleans as 1/0, or {@code null} where it fails. */
  private static BigDecimal evalEx(String text, Map<String, BigDecimal> values) {
    try {
      Expression x = new Expression(text, EVALEX);
      values.forEach(x::with);
      EvaluationValue r = x.evaluate();
      return r.isBooleanValue() ? (r.getBooleanValue() ? BigDecimal.ONE : BigDecimal.ZERO) : r.getNumberValue();
    } catch (BaseException | ArithmeticException e) {
      return null;
    }
  }

  private static String comparison(Random r) {
    String[] ops = {"<", "<=", ">", ">=", "==", "!="};
    return tree(r, 3, true) + " " + ops[r.nextInt(ops.length)] + " " + tree(r, 3, true);
  }

  private static String tree(Random r, int depth, boolean functions) {
    int pick = r.nextInt(depth <= 0 ? 2 : functions ? 11 : 7);
    return switch (pick) {
      case 0 -> VARIABLES[r.nextInt(VARIABLES.length)];
      case 1 -> LITERALS[r.nextInt(LITERALS.length)];
      case 2 -> "-" + tree(r, depth - 1, functions);
      case 3 -> "(" + tree(r, depth - 1, functions) + ")";
      case 7 -> (r.nextBoolean() ? "min(" : "max(") + tree(r, depth - 1, functions) + ", " + tree(r, depth - 1, functions) + ")";
      case 8 -> "abs(" + tree(r, depth - 1, functions) + ")";
      case 9 -> "round(" + tree(r, depth - 1, functions) + ", " + r.nextInt(4) + ")";
      case 10 -> "if(" + comparisonOf(r, depth - 1) + ", " + tree(r, depth - 1, functions) + ", " + tree(r, depth - 1, functions) + ")";
      default -> tree(r, depth - 1, functions) + " " + "+-*/".charAt(r.nextInt(4)) + " " + tree(r, depth - 1, functions);
    };
  }

  private static String comparisonOf(Random r, int depth) {
    String[] ops = {"<", "<=", ">", ">=", "==", "!="};
    String c = tree(r, depth, true) + " " + ops[r.nextInt(ops.length)] + " " + tree(r, depth, true);
    return r.nextInt(4) == 0 ? c + (r.nextBoolean() ? " && " : " || ") + "!(" + tree(r, depth, true) + " > 1)" : c;
  }

  private static Map<String, BigDecimal> values(Random r) {
    Map<String, BigDecimal> out = new HashMap<>();
    for (String v : VARIABLES) {
      int kind = r.nextInt(10);
      if (kind == 0) {
        continue; // missing: the unit left it blank
      }
      BigDecimal value =
          switch (kind) {
            case 1 -> BigDecimal.ZERO;
            case 2 -> new BigDecimal(r.nextInt(1000)).movePointLeft(r.nextInt(4));
            case 3 -> new BigDecimal(r.nextLong()).movePointLeft(r.nextInt(30)); // many digits
            case 4 -> new BigDecimal("-" + (1 + r.nextInt(99)));
            case 5 -> new BigDecimal("1E+" + r.nextInt(40));
            default -> new BigDecimal(r.nextInt(40000));
          };
      out.put(v, value);
    }
    return out;
  }
}
