package vn.egov.analysis;

import java.util.List;
import java.util.Locale;

/**
 * An inline SVG chart as plain shapes for the {@code svg} template. Coordinates are {@code double}
 * (geometry only, never a published figure), printed with one decimal in the root locale so that
 * reruns give identical bytes; every text is escaped by the template.
 */
public record Svg(
    String width, String height, String title, List<Line> lines, List<Circle> circles, List<Text> texts) {
  public Svg {
    lines = List.copyOf(lines);
    circles = List.copyOf(circles);
    texts = List.copyOf(texts);
  }

  /** A line; {@code tip} ({@code null} for none) shows on hover. */
  public record Line(String x1, String y1, String x2, String y2, String cls, String tip) {}

  public record Circle(String cx, String cy, String r, String cls, String tip) {}

  /** A text; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
  public record Text(String x, String y, String anchor, String cls, String text) {}

  static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
