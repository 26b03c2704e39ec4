package vn.egov.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import vn.egov.model.Evaluated;
import org.junit.jupiter.api.Test;

/** The fast path of {@link Expr} gives exactly what EvalEx gives: value, scale and undefinedness. */
class ArithmeticTest {
  private static final String[] VARIABLES = {"a", "b", "c", "so_co", "tong_so"};
  private static final String[] LITERALS = {
    "0", "1", "2", "3", "100", "0.5", "2.5", "1000000", "0.001", "7", "1e3", "12.340"
  };

  @Test
  void randomTreesGiveExactlyEvalExResults() throws ExprException {
    Random random = new Random(20261126);
    int compared = 0;
    int undefined = 0;
    for (int i = 0; i < 3000; i++) {
      String text = tree(random, 4);
      Expr e = Expr.compile(text);
      assertTrue(e.hasFastPath(), text);
      for (int j = 0; j < 10; j++) {
        Map<String, BigDecimal> values = values(random);
        Evaluated fast = e.evaluate(values);
        Evaluated slow = e.evaluateWithEvalEx(values);
        assertEquals(slow.defined(), fast.defined(), text + " with " + values);
        if (slow.defined()) {
          // equals, not compareTo: the same digits and the same scale
          assertEquals(slow.value(), fast.value(), text + " with " + values);
          compared++;
        } else {
          assertEquals(slow.undefinedReason(), fast.undefinedReason(), text + " with " + values);
          undefined++;
        }
      }
    }
    assertTrue(compared > 15_000, "compared " + compared);
    assertTrue(undefined > 500, "undefined " + undefined); // division by zero, missing values
  }

  @Test
  void theUsualCriteriaExpressionsTakeTheFastPath() throws ExprException {
    for (String text : new String[] {"a0 / b0 * 100", "p0", "-x + 2", "(a + b) / (c - 1)", "a*b - c/3"}) {
      assertTrue(Expr.compile(text).hasFastPath(), text);
    }
    Map<String, BigDecimal> values = Map.of("a", new BigDecimal("30938"), "b", new BigDecimal("32052"));
    assertEquals(
        new BigDecimal("96.52439785348808186696617995756895"),
        Expr.compile("a / b * 100").evaluate(values).value());
  }

  @Test
  void functionsComparisonsAndPowersAreLeftToEvalEx() throws ExprException {
    for (String text : new String[] {"min(a, b)", "a >= 1", "if(a > 0, 1, 0)", "a ^ 2", "true", "round(a, 2)"}) {
      assertFalse(Expr.compile(text).hasFastPath(), text);
    }
  }

  private static String tree(Random r, int depth) {
    int pick = r.nextInt(depth <= 0 ? 2 : 7);
    return switch (pick) {
      case 0 -> VARIABLES[r.nextInt(VARIABLES.length)];
      case 1 -> LITERALS[r.nextInt(LITERALS.length)];
      case 2 -> "-" + tree(r, depth - 1);
      case 3 -> "(" + tree(r, depth - 1) + ")";
      default -> tree(r, depth - 1) + " " + "+-*/".charAt(r.nextInt(4)) + " " + tree(r, depth - 1);
    };
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
