package vn.egov.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import vn.egov.expr.Expr;
import vn.egov.expr.ExprException;
import vn.egov.model.Evaluated;
import org.junit.jupiter.api.Timeout;

/**
 * Any expression text and input values: {@code compile} throws only {@link ExprException},
 * {@code evaluate} never throws and gives the same answer twice, in bounded time. Seeds in
 * {@code ExprFuzzTestInputs/expression/}.
 */
class ExprFuzzTest {
  @FuzzTest(maxDuration = "10m")
  @Timeout(30) // per input when fuzzing: a slower input is a finding
  void expression(FuzzedDataProvider data) {
    String text = data.consumeString(400);
    long started = System.nanoTime();
    Expr e;
    try {
      e = Expr.compile(text);
    } catch (ExprException ex) {
      assertThat(ex.position()).isPositive();
      FuzzSupport.assertFast(started);
      return;
    }
    Map<String, BigDecimal> values = new HashMap<>();
    for (String v : e.variables()) {
      if (data.consumeBoolean()) {
        values.put(v, BigDecimal.valueOf(data.consumeLong(), data.consumeInt(-20, 20)));
      }
    }
    Evaluated first = e.evaluate(values);
    Evaluated again = e.evaluate(values);
    FuzzSupport.assertFast(started);
    assertThat(again).isEqualTo(first);
  }
}
