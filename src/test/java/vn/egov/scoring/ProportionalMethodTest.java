package vn.egov.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.egov.expr.Decimal;

/**
 * {@code proportional}'s rounded points, and the division behind them, against a reference
 * written from SPEC alone: max × clamp((v − floor) / (target − floor), 0, 1), rounded half-up to
 * the set's precision, the ratio taken exactly (a quotient of integers and its remainder, no
 * rounding before the last). Random values of every scale and sign, quotients exactly on a half
 * and one unit of the last input digit either side of it, and numbers too large for the quick
 * way in {@code long}s.
 */
class ProportionalMethodTest {
  /** {@code a / b} rounded half-up (away from zero on a half) to {@code precision} decimals, exactly. */
  private static BigDecimal exact(BigDecimal a, BigDecimal b, int precision) {
    // a / b × 10^precision = (ua × 10^(sb + precision)) / (ub × 10^sa), all integers
    BigInteger num = a.unscaledValue().multiply(BigInteger.TEN.pow(Math.max(0, b.scale() + precision)));
    BigInteger den = b.unscaledValue().multiply(BigInteger.TEN.pow(Math.max(0, a.scale())));
    if (b.scale() + precision < 0) {
      den = den.multiply(BigInteger.TEN.pow(-(b.scale() + precision)));
    }
    if (a.scale() < 0) {
      num = num.multiply(BigInteger.TEN.pow(-a.scale()));
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger[] qr = num.divideAndRemainder(den);
    BigInteger q = qr[0];
    if (qr[1].abs().shiftLeft(1).compareTo(den) >= 0) {
      q = q.add(BigInteger.valueOf(num.signum()));
    }
    return new BigDecimal(q, precision);
  }

  private static BigDecimal reference(BigDecimal v, BigDecimal target, BigDecimal floor, BigDecimal max, int precision) {
    BigDecimal above = v.subtract(floor);
    BigDecimal span = target.subtract(floor);
    BigDecimal ratioNum = above;
    // clamp to [0, 1]: the ratio's sign, and whether |above| reaches |span|
    if (above.signum() == 0 || above.signum() != span.signum()) {
      return BigDecimal.ZERO.setScale(precision);
    }
    if (above.abs().compareTo(span.abs()) >= 0) {
      return max.setScale(precision, java.math.RoundingMode.HALF_UP);
    }
    return exact(max.multiply(ratioNum), span, precision);
  }

  private static BigDecimal number(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> BigDecimal.valueOf(r.nextInt(201) - 50); // integers
      case 1 -> BigDecimal.valueOf(r.nextInt(20001) - 5000, 2); // 96,52
      case 2 -> BigDecimal.valueOf(r.nextLong() % 1_000_000_000_000L, r.nextInt(8)); // long figures
      case 3 -> new BigDecimal(new BigInteger(90, r), r.nextInt(30)); // beyond a long: the general way
      default -> BigDecimal.valueOf(r.nextInt(1000), r.nextInt(4)).setScale(4 + r.nextInt(20)); // trailing zeros
    };
  }

  @Test
  void roundedPointsAreTheSpecsOnRandomMethodsAndValues() {
    Random r = new Random(1609);
    int inside = 0;
    for (int m = 0; m < 3000; m++) {
      BigDecimal target = number(r);
      BigDecimal floor = r.nextInt(3) == 0 ? number(r) : BigDecimal.ZERO;
      if (target.compareTo(floor) == 0) {
        continue; // refused when the criteria file is read
      }
      BigDecimal max = BigDecimal.valueOf(1 + r.nextInt(400), r.nextInt(3));
      int precision = r.nextInt(4);
      ProportionalMethod method = new ProportionalMethod(null, target, floor, false);
      for (int i = 0; i < 40; i++) {
        BigDecimal v = r.nextBoolean() ? number(r) : floor.add(target.subtract(floor).multiply(BigDecimal.valueOf(r.nextInt(1000), 3)));
        BigDecimal expected = reference(v, target, floor, max, precision);
        assertThat(method.roundedPoints(v, max, null, precision)).as("v=%s target=%s floor=%s max=%s", v, target, floor, max)
            .isEqualTo(expected);
        assertThat(method.points(v, max, null).setScale(precision, java.math.RoundingMode.HALF_UP)).isEqualTo(expected);
        if (expected.signum() != 0 && expected.compareTo(max) != 0) {
          inside++;
        }
      }
    }
    assertThat(inside).isGreaterThan(20_000); // most cases divide
  }

  @Test
  void quotientsOnAHalfAndBesideIt() {
    Random r = new Random(2018);
    for (int i = 0; i < 200_000; i++) {
      int precision = r.nextInt(4);
      // a quotient q = k + 1/2 units of the last decimal, written over a random divisor
      long b = 1 + r.nextInt(1_000_000);
      long k = r.nextInt(2_000_000) - 1_000_000;
      BigDecimal bd = BigDecimal.valueOf(b * 2, r.nextInt(3));
      // a = (2k + 1) × b × 10^-precision / 2 × 2 / 2 … kept exact: a / (2b') = (2k+1)/2 × 10^-precision
      BigDecimal a = BigDecimal.valueOf((2 * k + 1) * b).movePointLeft(precision).multiply(BigDecimal.ONE.movePointLeft(bd.scale()));
      BigDecimal nudge = BigDecimal.ONE.movePointLeft(a.scale());
      for (BigDecimal x : new BigDecimal[] {a, a.add(nudge), a.subtract(nudge)}) {
        assertThat(Decimal.divideRounded(x, bd, precision)).as("%s / %s", x, bd).isEqualTo(exact(x, bd, precision));
      }
    }
  }

  @Test
  void theQuickWayAndTheGeneralWayGiveTheSameFigureWithTheSameScale() {
    Random r = new Random(30);
    for (int i = 0; i < 200_000; i++) {
      BigDecimal a = number(r);
      BigDecimal b = number(r);
      if (b.signum() == 0) {
        continue;
      }
      int precision = r.nextInt(5);
      BigDecimal quick = Decimal.divideRounded(a, b, precision);
      assertThat(quick).as("%s / %s", a, b).isEqualTo(exact(a, b, precision));
      assertThat(quick.scale()).isEqualTo(precision);
    }
  }
}
