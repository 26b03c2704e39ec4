package vn.egov.expr;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Division with at least 34 significant digits, rounded half-up. Unlike {@code
 * divide(divisor, MathContext)} it does not strip trailing zeros from exact quotients, which
 * costs a loop of big-integer divisions per call and dominated national-scale runs.
 */
public final class Decimal {
  /** Significant digits every quotient carries at least. */
  public static final int DIGITS = 34;

  private Decimal() {}

  /**
   * {@code a / b} with at least {@link #DIGITS} significant digits, half-up.
   *
   * @throws ArithmeticException when {@code b} is zero
   */
  public static BigDecimal divide(BigDecimal a, BigDecimal b) {
    // the quotient has at most (integer digits of a − integer digits of b + 1) integer digits,
    // and at least that minus one: this scale keeps DIGITS significant digits in every case
    int integerDigits = (a.precision() - a.scale()) - (b.precision() - b.scale());
    return a.divide(b, DIGITS - integerDigits + 1, RoundingMode.HALF_UP);
  }
}
