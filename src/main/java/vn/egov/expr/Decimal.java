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

  /**
   * {@code divide(a, b).setScale(precision, HALF_UP)}, the same figure, without the 34-digit
   * quotient where the numbers allow: when both unscaled values (times a power of ten) fit in a
   * {@code long} and the quotient carries at least 19 more decimals than {@code precision}, the
   * quotient is rounded once, in {@code long} arithmetic. Rounding twice (at the 34th digit, then
   * to {@code precision}) differs from rounding once only when the first rounding lands exactly on
   * a half: the exact quotient then lies within half a unit of its last decimal below the half,
   * and a quotient of integers below 10^19 is never that close to a half (its distance from one
   * is at least 1/(2·divisor)). Anything else takes the general way.
   *
   * @throws ArithmeticException when {@code b} is zero
   */
  public static BigDecimal divideRounded(BigDecimal a, BigDecimal b, int precision) {
    int integerDigits = (a.precision() - a.scale()) - (b.precision() - b.scale());
    int scale = DIGITS - integerDigits + 1;
    if (b.signum() != 0 && scale - precision >= 19 && a.precision() <= 18 && b.precision() <= 18) {
      long n = a.unscaledValue().longValue();
      long d = b.unscaledValue().longValue();
      // a / b × 10^precision = n × 10^k / d
      int k = b.scale() + precision - a.scale();
      long power = tenTo(Math.abs(k));
      if (power > 0) {
        try {
          if (k >= 0) {
            n = Math.multiplyExact(n, power);
          } else {
            d = Math.multiplyExact(d, power);
          }
          if (d < 0) {
            n = Math.negateExact(n);
            d = Math.negateExact(d);
          }
          long q = n / d;
          long r = Math.abs(n % d);
          if (r >= d - r) { // the rest is at least half the divisor: away from zero
            q += n < 0 ? -1 : 1;
          }
          return BigDecimal.valueOf(q, precision);
        } catch (ArithmeticException overflow) {
          // the general way below
        }
      }
    }
    return divide(a, b).setScale(precision, RoundingMode.HALF_UP);
  }

  /** 10^k as a {@code long} for 0 ≤ k ≤ 18; -1 for any other k (it would not fit). */
  public static long tenTo(int k) {
    return k >= 0 && k < POWERS.length ? POWERS[k] : -1;
  }

  private static final long[] POWERS = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
    1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
    100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L,
    1_000_000_000_000_000_000L
  };
}
