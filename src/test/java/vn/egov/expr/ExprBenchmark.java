package vn.egov.expr;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One criterion's value, {@code a / b * 100} (30938 of 32052), and a formula with a function, a
 * comparison and a boolean, evaluated by {@link Expr}. Run with {@code bench/run.sh jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExprBenchmark {
  private Expr ratio;
  private Expr formula;
  private Map<String, BigDecimal> values;

  @Setup
  public void compile() throws ExprException {
    ratio = Expr.compile("a / b * 100");
    formula = Expr.compile("if(c, min(a, b) / max(b, 1) * 3, 0) + (a > b && c)");
    values = Map.of("a", new BigDecimal("30938"), "b", new BigDecimal("32052"), "c", BigDecimal.ONE);
  }

  @Benchmark
  public Object ratio() {
    return ratio.evaluate(values);
  }

  @Benchmark
  public Object formula() {
    return formula.evaluate(values);
  }
}
