package vn.egov.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** results.json's own number formatting gives exactly BigDecimal's plain text at the set's precision. */
class JsonDigitsTest {
  private static String formatted(BigDecimal v, int decimals) {
    byte[] out = new byte[48];
    int start = JsonBytes.digits(v, v.scale(), decimals, out, out.length);
    return new String(out, start, out.length - start, StandardCharsets.US_ASCII);
  }

  @Test
  void edgesAsBigDecimalWritesThem() {
    assertThat(formatted(new BigDecimal("1"), 2)).isEqualTo("1.00");
    assertThat(formatted(new BigDecimal("0.5"), 2)).isEqualTo("0.50");
    assertThat(formatted(new BigDecimal("-0.05"), 2)).isEqualTo("-0.05");
    assertThat(formatted(new BigDecimal("0"), 0)).isEqualTo("0");
    assertThat(formatted(new BigDecimal("0.000"), 0)).isEqualTo("0.000");
    assertThat(formatted(new BigDecimal("96.5244"), 2)).isEqualTo("96.5244");
    assertThat(formatted(new BigDecimal("32052"), 0)).isEqualTo("32052");
    assertThat(formatted(new BigDecimal("-2147483648"), 1)).isEqualTo("-2147483648.0");
    assertThat(formatted(new BigDecimal("999999999999999999"), 0)).isEqualTo("999999999999999999");
    assertThat(formatted(new BigDecimal("0.999999999999999999"), 2)).isEqualTo("0.999999999999999999");
  }

  @Test
  void randomValuesAsBigDecimalWritesThem() {
    Random random = new Random(20261126);
    for (int n = 0; n < 200_000; n++) {
      int digits = 1 + random.nextInt(18);
      long unscaled = (long) (random.nextDouble() * Math.pow(10, digits));
      if (random.nextBoolean()) {
        unscaled = -unscaled;
      }
      BigDecimal v = BigDecimal.valueOf(unscaled, random.nextInt(Math.min(digits, 18) + 1));
      int decimals = random.nextInt(5);
      assertThat(formatted(v, decimals)).as(v + " at " + decimals).isEqualTo(Cells.figure(v, decimals).toPlainString());
    }
  }
}
