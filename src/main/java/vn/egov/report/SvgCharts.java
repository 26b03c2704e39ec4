package vn.egov.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.egov.text.Numbers;

/**
 * The geometry of the inline SVG charts of {@code report.html} and the scorecards, as plain shapes
 * that the {@code svg} template draws. Figures shown as text are formatted from {@link BigDecimal}s
 * by the caller; {@code double} is used for coordinates only, printed with one decimal in the root
 * locale so that reruns give identical bytes. All text (unit names, group names) is escaped by the
 * template.
 */
final class SvgCharts {
  static final int WIDTH = 520;
  /** Width of a bar chart: narrow, so that at phone width its text keeps its size (≥ 11 px). */
  static final int BARS_WIDTH = 380;
  /** Length of the longest bar of a bar chart (100 %, or the largest figure beyond it). */
  private static final double BAR_AREA = 200;

  private SvgCharts() {}

  /** A chart: its size in user units, an accessible title and its shapes, drawn in this order. */
  public record Svg(
      String cls,
      String width,
      String height,
      String title,
      List<Line> lines,
      List<Rect> rects,
      List<Text> texts) {}

  /** A rectangle; {@code tip} ({@code null} for none) shows on hover. */
  public record Rect(String x, String y, String w, String h, String cls, String tip) {}

  public record Line(String x1, String y1, String x2, String y2, String cls) {}

  /** A text; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
  public record Text(String x, String y, String anchor, String cls, String text) {}

  /** One unit's figure on a histogram. */
  record Point(BigDecimal value, String name) {}

  /** One series of a bar chart: a CSS class ({@code s0}, {@code s1} …) and its bars. */
  record Series(String cls, List<Bar> bars) {}

  /**
   * One bar: its length as a percentage of the maximum ({@code null}: no bar, e.g. a criteria group
   * that does not apply), the text printed after it and a tooltip.
   */
  record Bar(BigDecimal percent, String label, String tip) {}

  /**
   * A histogram of figures on the scale {@code 0 … scale}, in 20 bins of equal width, starting at
   * the bin of the lowest figure (at least five bins) and reaching the highest one (a score above
   * the scale, from bonus points, gets a bin of its own). Each bar carries the count and, as a
   * tooltip, the units in it; a dashed line marks the mean.
   */
  static Svg histogram(
      String title,
      List<Point> points,
      BigDecimal scale,
      BigDecimal mean,
      String meanLabel,
      String language) {
    BigDecimal bw =
        scale.divide(BigDecimal.valueOf(20), 10, RoundingMode.HALF_UP).stripTrailingZeros();
    BigDecimal min = points.stream().map(Point::value).min(BigDecimal::compareTo).orElse(scale);
    BigDecimal max = points.stream().map(Point::value).max(BigDecimal::compareTo).orElse(scale);
    BigDecimal lo = min.divide(bw, 0, RoundingMode.FLOOR).multiply(bw);
    lo = lo.min(scale.subtract(bw.multiply(BigDecimal.valueOf(5))));
    BigDecimal hi = scale.max(max.divide(bw, 0, RoundingMode.CEILING).multiply(bw));
    int n = Math.max(1, hi.subtract(lo).divide(bw, 0, RoundingMode.CEILING).intValue());
    int[] counts = new int[n];
    List<List<String>> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(new ArrayList<>());
    }
    for (Point p : points) {
      int i = p.value().subtract(lo).divide(bw, 0, RoundingMode.FLOOR).intValue();
      i = Math.max(0, Math.min(n - 1, i));
      counts[i]++;
      names.get(i).add(p.name() + ": " + Numbers.show(p.value(), 0, language));
    }
    int most = 1;
    for (int c : counts) {
      most = Math.max(most, c);
    }
    double left = 12;
    double right = WIDTH - 12;
    double top = 22;
    double base = 150;
    double step = (right - left) / n;
    List<Line> lines = new ArrayList<>();
    List<Rect> rects = new ArrayList<>();
    List<Text> texts = new ArrayList<>();
    lines.add(new Line(f(left), f(base), f(right), f(base), "axis"));
    int every = n > 10 ? 2 : 1;
    for (int i = 0; i <= n; i++) {
      double x = left + i * step;
      lines.add(new Line(f(x), f(base), f(x), f(base + 4), "axis"));
      if (i % every == 0 || i == n) {
        String edge =
            Numbers.show(
                lo.add(bw.multiply(BigDecimal.valueOf(i))).stripTrailingZeros(), 0, language);
        texts.add(new Text(f(x), f(base + 16), "middle", "tick", edge));
      }
    }
    for (int i = 0; i < n; i++) {
      if (counts[i] == 0) {
        continue;
      }
      double h = (base - top) * counts[i] / most;
      double x = left + i * step + 1;
      rects.add(
          new Rect(f(x), f(base - h), f(step - 2), f(h), "s0", String.join("; ", names.get(i))));
      texts.add(
          new Text(
              f(x + (step - 2) / 2),
              f(base - h - 4),
              "middle",
              "count",
              Integer.toString(counts[i])));
    }
    if (mean != null && hi.compareTo(lo) > 0) {
      double x =
          left + (right - left) * mean.subtract(lo).doubleValue() / hi.subtract(lo).doubleValue();
      lines.add(new Line(f(x), f(top - 10), f(x), f(base), "mean"));
      boolean rightHalf = x > WIDTH / 2.0;
      texts.add(
          new Text(
              f(rightHalf ? x - 4 : x + 4),
              f(top - 2),
              rightHalf ? "end" : "start",
              "note",
              meanLabel));
    }
    return new Svg("histogram", Integer.toString(WIDTH), "172", title, lines, rects, texts);
  }

  /**
   * Horizontal bars grouped by category: the category's name on a line of its own, then one bar per
   * series, its length a percentage, its label right of the bars. The scale reaches 100 % or the
   * largest figure beyond it (bonus points), so no bar is cut; a dashed line marks 100 %.
   */
  static Svg bars(String title, List<String> categories, List<Series> series) {
    List<Line> lines = new ArrayList<>();
    List<Rect> rects = new ArrayList<>();
    List<Text> texts = new ArrayList<>();
    double most = 100;
    for (Series s : series) {
      for (Bar b : s.bars()) {
        if (b.percent() != null) {
          most = Math.max(most, b.percent().doubleValue());
        }
      }
    }
    double full = BAR_AREA * 100 / most;
    double barH = 14;
    double gap = 3;
    double y = 16;
    texts.add(new Text(f(full), "11", "middle", "tick", "100%"));
    double top = y;
    for (int c = 0; c < categories.size(); c++) {
      texts.add(new Text("0", f(y + 12), "start", "cat", shorten(categories.get(c), 48)));
      y += 18;
      for (Series s : series) {
        Bar b = s.bars().get(c);
        if (b.percent() != null) {
          double w = BAR_AREA * Math.max(0, b.percent().doubleValue()) / most;
          rects.add(new Rect("0", f(y), f(Math.max(w, 1)), f(barH), s.cls(), b.tip()));
        }
        texts.add(new Text(f(BAR_AREA + 6), f(y + barH - 3), "start", "value", b.label()));
        y += barH + gap;
      }
      y += 8;
    }
    lines.add(new Line(f(full), f(top), f(full), f(y - 8), "full"));
    return new Svg("bars", Integer.toString(BARS_WIDTH), f(y), title, lines, rects, texts);
  }

  /** At most {@code n} characters, with an ellipsis when cut. */
  static String shorten(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1).stripTrailing() + "…";
  }

  /**
   * A coordinate with one decimal, exactly as {@code String.format(Locale.ROOT, "%.1f", v)} prints
   * it (the shortest decimal of the double, rounded half up; a minus sign on anything below zero,
   * {@code -0.0} included) without a Formatter per number: a scorecard prints hundreds.
   */
  static String f(double v) {
    if (!Double.isFinite(v)) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    String s = new BigDecimal(Double.toString(Math.abs(v))).setScale(1, RoundingMode.HALF_UP).toPlainString();
    return Double.compare(v, 0.0) < 0 ? "-" + s : s;
  }
}
