package vn.egov.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The charts' coordinates are printed as {@code String.format(Locale.ROOT, "%.1f", v)} always
 * printed them, so that a scorecard's bytes do not change with the faster printer: differential,
 * against the JDK's formatter, on ties, signs, zeros, large and tiny values and random ones.
 */
class SvgChartsTest {
  @Test
  void coordinatesPrintAsTheJdkFormatterPrintsThem() {
    List<Double> values =
        new ArrayList<>(
            List.of(
                0.0, -0.0, 0.05, 0.15, 0.25, 0.35, 0.45, 1.45, 2.675, 9.95, 99.95, -0.04, -0.05,
                -0.15, 1e-5, -1e-5, 123456.75, 1e7, 1.2345e15, 4.9e-324, 1e300, 380.0, 199.99999999999997,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    SplittableRandom r = new SplittableRandom(18);
    for (int i = 0; i < 200_000; i++) {
      switch (i % 4) {
        case 0 -> values.add(r.nextDouble() * 1000);
        case 1 -> values.add(Math.round(r.nextDouble() * 100_000) / 100.0); // two decimals: ties
        case 2 -> values.add((r.nextInt(20_000) + 0.5) / 10.0 - 500); // x.x5, both signs
        default -> values.add((r.nextDouble() - 0.5) * 1e6 / 3);
      }
    }
    for (double v : values) {
      assertThat(SvgCharts.f(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.1f", v));
    }
  }
}
