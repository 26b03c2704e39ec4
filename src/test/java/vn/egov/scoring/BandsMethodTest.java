package vn.egov.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.egov.model.Band;

/**
 * {@code bands} against a reference written from SPEC alone (the points of the first band, in
 * listed order, with min ≤ v if given and v ≤ max if given; none: 0; capped at the max), on random
 * bands and values of every scale, 34-digit quotients included (whose bounds the method compares
 * at the value's scale), and values exactly on a bound written with another scale.
 */
class BandsMethodTest {
  private static BigDecimal reference(List<Band> bands, BigDecimal v, BigDecimal max) {
    for (Band b : bands) {
      boolean aboveMin = b.min() == null || b.min().subtract(v).signum() <= 0;
      boolean belowMax = b.max() == null || v.subtract(b.max()).signum() <= 0;
      if (aboveMin && belowMax) {
        BigDecimal p = b.points();
        return p.subtract(max).signum() > 0 ? max : p.signum() < 0 ? BigDecimal.ZERO : p;
      }
    }
    return BigDecimal.ZERO;
  }

  private static BigDecimal bound(Random r) {
    // integers, one or two decimals, written with trailing zeros ("50.0") or not
    BigDecimal b = BigDecimal.valueOf(r.nextInt(20001) - 5000, r.nextInt(3));
    return r.nextInt(4) == 0 ? b.setScale(b.scale() + 1 + r.nextInt(3)) : b;
  }

  @Test
  void theFirstMatchingBandAsTheSpecSaysOnRandomBandsAndValues() {
    Random r = new Random(18);
    int checked = 0;
    for (int set = 0; set < 400; set++) {
      List<Band> bands = new ArrayList<>();
      for (int k = 1 + r.nextInt(5); k > 0; k--) {
        BigDecimal min = r.nextInt(5) == 0 ? null : bound(r);
        BigDecimal max = r.nextInt(5) == 0 ? null : bound(r);
        bands.add(new Band(min, max, BigDecimal.valueOf(r.nextInt(120) - 10, r.nextInt(2))));
      }
      BandsMethod m = new BandsMethod(null, bands, false);
      BigDecimal max = BigDecimal.valueOf(100);
      for (int i = 0; i < 300; i++) {
        BigDecimal v;
        switch (r.nextInt(4)) {
          case 0 -> v = bound(r); // small scales, often equal to a bound
          case 1 -> { // a bound exactly, at a large scale (as a quotient that came out whole)
            Band b = bands.get(r.nextInt(bands.size()));
            BigDecimal on = b.min() != null ? b.min() : b.max() != null ? b.max() : BigDecimal.ONE;
            v = on.setScale(20 + r.nextInt(40));
          }
          case 2 -> // a 34-digit quotient, as Decimal.divide makes them
              v = BigDecimal.valueOf(r.nextInt(200001) - 50000)
                  .divide(BigDecimal.valueOf(1 + r.nextInt(997)), new MathContext(34, RoundingMode.HALF_UP));
          default -> // just beside a bound
              v = bound(r).add(BigDecimal.ONE.movePointLeft(30 + r.nextInt(40)).multiply(BigDecimal.valueOf(r.nextBoolean() ? 1 : -1)));
        }
        assertThat(m.points(v, max, null)).as("%s in %s", v, bands).isEqualByComparingTo(reference(bands, v, max));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(120_000);
  }
}
