package vn.egov.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The edges of the expression layer's limits and digits, exactly at the limit and one past it. */
class LimitsAndDigitsTest {
  @Test
  void anExpressionOfExactly2000CharactersIsAcceptedAnd2001AreNot() throws ExprException {
    String at = "1 +" + " ".repeat(1996) + "1";
    assertThat(at).hasSize(2000);
    assertThat(Expr.compile(at).evaluate(Map.of()).value()).isEqualByComparingTo("2");
    assertThatThrownBy(() -> Expr.compile(at + " ")).isInstanceOf(ExprException.class).hasMessageContaining("2001 characters");
  }

  @Test
  void aLiteralOfExactly1000OrdersIsANumberAnd1001IsOutOfRange() throws ExprException {
    assertThat(Expr.compile("1e1000").evaluate(Map.of()).value()).isEqualByComparingTo(new BigDecimal("1e1000"));
    assertThat(Expr.compile("1e-1000 * 2").evaluate(Map.of()).value()).isEqualByComparingTo(new BigDecimal("2e-1000"));
    assertThatThrownBy(() -> Expr.compile("1e1001")).isInstanceOf(ExprException.class).hasMessageContaining("out of range");
    assertThatThrownBy(() -> Expr.compile("1e-1001")).isInstanceOf(ExprException.class).hasMessageContaining("out of range");
  }

  @Test
  void ordersOfMagnitude() {
    assertThat(Term.orders(new BigDecimal("123"))).isEqualTo(2);
    assertThat(Term.orders(new BigDecimal("0.001"))).isEqualTo(-3);
    assertThat(Term.orders(new BigDecimal("9.99"))).isZero();
    assertThat(Term.orders(BigDecimal.ZERO)).isZero();
  }

  @Test
  void aQuotientKeeps34SignificantDigitsWhateverTheMagnitudes() {
    // 1 / 3e20 = 3.333…e-21: 34 threes (the 35th digit decides the rounding half-up)
    BigDecimal q = Decimal.divide(BigDecimal.ONE, new BigDecimal("3e20"));
    assertThat(q.precision()).isGreaterThanOrEqualTo(34);
    assertThat(q.round(new java.math.MathContext(34))).isEqualByComparingTo(new BigDecimal("3." + "3".repeat(33) + "e-21"));
    // 2e20 / 3 = 6.666…e19, the last digit rounded up
    BigDecimal r = Decimal.divide(new BigDecimal("2e20"), new BigDecimal("3"));
    assertThat(r.precision()).isGreaterThanOrEqualTo(34);
    assertThat(r.round(new java.math.MathContext(34))).isEqualByComparingTo(new BigDecimal("6." + "6".repeat(32) + "7e19"));
  }

  /** EvalEx's parser counts the arguments before Expr's own check (which stays as a second guard). */
  @Test
  void aFunctionWithTheWrongNumberOfArgumentsIsRefused() {
    assertThatThrownBy(() -> Expr.compile("round(1)")).isInstanceOf(ExprException.class).hasMessage("Not enough parameters for function 'round'");
    assertThatThrownBy(() -> Expr.compile("abs(1, 2)")).isInstanceOf(ExprException.class).hasMessage("Too many parameters for function 'abs'");
    assertThatThrownBy(() -> Expr.compile("if(1, 2)")).isInstanceOf(ExprException.class).hasMessage("Not enough parameters for function 'if'");
    assertThatThrownBy(() -> Expr.compile("min()")).isInstanceOf(ExprException.class).hasMessage("Not enough parameters for function 'min'");
  }
}
