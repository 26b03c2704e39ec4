package vn.egov.analysis;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.egov.output.CellStyles;
import vn.egov.output.CsvFiles;
import vn.egov.output.Formats;
import vn.egov.output.OfficeFiles;
import vn.egov.output.OutputFormat;
import vn.egov.text.Messages;

/**
 * What {@code egov trend} shows and writes: a text summary, {@code trend.csv} (one row per unit,
 * four columns per year: score, rank, class, the units a baseline came from), {@code trend.xlsx}
 * (the same table, numbers as numbers, printing on A4 landscape one page wide with the header
 * repeated) and {@code trend.html} (a line chart per unit group and the table, self-contained).
 * Byte-identical from run to run; text from the inputs neutralised in spreadsheets, escaped in
 * HTML.
 */
public final class TrendOutputs {
  /** The formats written, in order; all by default. */
  public static final Formats<Trend> FORMATS =
      Formats.of(
          OutputFormat.of("csv", (t, to) -> {
            TrendOutputs o = new TrendOutputs(t, to.messages());
            return List.of(CsvFiles.write(to.dir().resolve("trend.csv"), o.header(), o.rows()));
          }),
          OutputFormat.of("xlsx", (t, to) -> List.of(new TrendOutputs(t, to.messages()).xlsx(to.dir().resolve("trend.xlsx")))),
          OutputFormat.of("html", (t, to) -> List.of(new TrendOutputs(t, to.messages()).html(to.dir().resolve("trend.html")))));

  private final Trend t;
  private final Messages m;
  private final List<String> labels;

  private TrendOutputs(Trend t, Messages m) {
    this.t = t;
    this.m = m;
    this.labels = labels(t.years());
  }

  /** Column labels per year: its period when every year has a distinct one, else year1, year2 … */
  static List<String> labels(List<Snapshot> years) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean ok = true;
    for (Snapshot s : years) {
      String p = s.period() == null ? "" : s.period().strip();
      ok &= !p.isEmpty() && p.matches("[\\p{L}\\p{N}._-]+") && seen.add(p);
      out.add(p);
    }
    if (!ok) {
      out.clear();
      for (int i = 0; i < years.size(); i++) {
        out.add("year" + (i + 1));
      }
    }
    return out;
  }

  public static List<String> text(Trend t, Messages m) {
    return new TrendOutputs(t, m).text();
  }

  private int precision(int year) {
    return t.years().get(year).precision();
  }

  private String num(BigDecimal v, int year) {
    return Fmt.show(v, precision(year), m.language());
  }

  /** The mean score per year of the units with a figure that year, two more decimals. */
  static BigDecimal mean(Trend.Section s, int year) {
    BigDecimal sum = BigDecimal.ZERO;
    int count = 0;
    for (Trend.Row r : s.rows()) {
      Trend.Cell c = r.cells().get(year);
      if (c != null && c.score() != null) {
        sum = sum.add(c.score());
        count++;
      }
    }
    return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
  }

  private String heading() {
    return m.get("trend.heading", String.join(" → ", labels), t.years().size());
  }

  private List<String> text() {
    List<String> out = new ArrayList<>();
    out.add(heading());
    for (int k = 0; k < t.maps().size(); k++) {
      if (t.maps().get(k) != null) {
        out.add(m.get("trend.crosswalk", labels.get(k), labels.get(k + 1), t.maps().get(k).file()));
      }
    }
    for (Trend.Section s : t.sections()) {
      List<String> means = new ArrayList<>();
      for (int j = 0; j < t.years().size(); j++) {
        BigDecimal v = mean(s, j);
        means.add(v == null ? "—" : Fmt.plain(v, m.language()));
      }
      out.add(m.get("trend.group", s.name(), s.rows().size(), String.join(" → ", means)));
    }
    return out;
  }

  // ---- csv ----

  List<String> header() {
    List<String> h = new ArrayList<>(List.of("unit_group", "unit_id", "unit_name"));
    for (String l : labels) {
      h.add(l + "_score");
      h.add(l + "_rank");
      h.add(l + "_class");
      h.add(l + "_from");
    }
    return h;
  }

  List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    for (Trend.Section s : t.sections()) {
      for (Trend.Row r : s.rows()) {
        List<String> row = new ArrayList<>(List.of(Csv.safe(s.groupId()), Csv.safe(r.id()), Csv.safe(r.name())));
        for (int j = 0; j < t.years().size(); j++) {
          Trend.Cell c = r.cells().get(j);
          row.add(c == null ? "" : Fmt.csv(c.score(), precision(j)));
          row.add(c == null || c.rank() == null ? "" : c.rank().toString());
          row.add(c == null || c.classification() == null ? "" : Csv.safe(c.classification()));
          row.add(c == null ? "" : Csv.safe(String.join(";", c.from())));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  // ---- xlsx ----

  private Path xlsx(Path target) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Font bold = wb.createFont();
      bold.setBold(true);
      bold.setFontHeightInPoints((short) 10);
      Font plain = wb.createFont();
      plain.setFontHeightInPoints((short) 10);
      CellStyle head = CellStyles.header(wb, bold);
      CellStyle text = wb.createCellStyle();
      text.setFont(plain);
      CellStyle whole = wb.createCellStyle();
      whole.setFont(plain);
      whole.setDataFormat(wb.createDataFormat().getFormat("0"));
      List<CellStyle> figure = new ArrayList<>();
      List<CellStyle> baseline = new ArrayList<>();
      Font italic = wb.createFont();
      italic.setItalic(true);
      italic.setFontHeightInPoints((short) 10);
      for (int j = 0; j < t.years().size(); j++) {
        int p = precision(j);
        String f = p == 0 ? "0" : "0." + "0".repeat(p);
        CellStyle st = wb.createCellStyle();
        st.setFont(plain);
        st.setDataFormat(wb.createDataFormat().getFormat(f));
        figure.add(st);
        CellStyle b = wb.createCellStyle();
        b.setFont(italic);
        b.setDataFormat(wb.createDataFormat().getFormat(f));
        baseline.add(b);
      }
      XSSFSheet sheet = wb.createSheet(m.get("trend.sheet"));
      List<String> keys = header();
      CellStyles.headerRow(sheet, java.util.stream.IntStream.range(0, keys.size()).mapToObj(this::columnLabel).toList(), head);
      int r = 1;
      for (Trend.Section s : t.sections()) {
        for (Trend.Row row : s.rows()) {
          Row x = sheet.createRow(r++);
          cell(x, 0, Csv.safe(s.name()), text);
          cell(x, 1, Csv.safe(row.id()), text);
          cell(x, 2, Csv.safe(row.name()), text);
          for (int j = 0; j < t.years().size(); j++) {
            Trend.Cell c = row.cells().get(j);
            int col = 3 + 4 * j;
            if (c == null) {
              continue;
            }
            if (c.score() != null) {
              Cell cell = x.createCell(col);
              // the exact rounded decimal, which a double holds to the digit shown
              cell.setCellValue(c.score().doubleValue());
              cell.setCellStyle(c.baseline() ? baseline.get(j) : figure.get(j));
            }
            if (c.rank() != null) {
              Cell cell = x.createCell(col + 1);
              cell.setCellValue(c.rank());
              cell.setCellStyle(whole);
            }
            if (c.classification() != null) {
              cell(x, col + 2, Csv.safe(c.classification()), text);
            }
            if (c.baseline()) {
              cell(x, col + 3, Csv.safe(String.join(", ", c.from())), text);
            }
          }
        }
      }
      sheet.createFreezePane(3, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, keys.size() - 1));
      sheet.setColumnWidth(0, 16 * 256);
      sheet.setColumnWidth(1, 12 * 256);
      sheet.setColumnWidth(2, 34 * 256);
      for (int j = 0; j < t.years().size(); j++) {
        sheet.setColumnWidth(3 + 4 * j, 9 * 256);
        sheet.setColumnWidth(4 + 4 * j, 6 * 256);
        sheet.setColumnWidth(5 + 4 * j, 10 * 256);
        sheet.setColumnWidth(6 + 4 * j, 14 * 256);
      }
      // printed: A4 landscape, one page wide (as tall as it takes), the header on every page
      PrintSetup ps = sheet.getPrintSetup();
      ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
      ps.setLandscape(true);
      ps.setFitWidth((short) 1);
      ps.setFitHeight((short) 0);
      sheet.setFitToPage(true);
      sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
      OfficeFiles.properties(wb.getProperties().getCoreProperties(), heading(), null);
      return OfficeFiles.write(target, wb::write);
    }
  }

  private static void cell(Row x, int col, String v, CellStyle style) {
    Cell c = x.createCell(col);
    c.setCellValue(v);
    c.setCellStyle(style);
  }

  private String columnLabel(int i) {
    if (i < 3) {
      return m.get("trend.col." + List.of("unit_group", "unit_id", "unit_name").get(i));
    }
    int year = (i - 3) / 4;
    String what = List.of("score", "rank", "class", "from").get((i - 3) % 4);
    return m.get("trend.col." + what, labels.get(year));
  }

  // ---- html ----

  private Path html(Path target) throws IOException {
    Map<String, Object> model = new LinkedHashMap<>();
    Snapshot last = t.years().get(t.years().size() - 1);
    model.put("lang", m.language());
    model.put("title", heading());
    model.put("setTitle", last.title());
    model.put("period", last.period());
    model.put("years", labels);
    List<String> notes = new ArrayList<>();
    for (int k = 0; k < t.maps().size(); k++) {
      if (t.maps().get(k) != null) {
        notes.add(m.get("trend.crosswalk", labels.get(k), labels.get(k + 1), t.maps().get(k).file()));
      }
    }
    notes.add(m.get("trend.note"));
    model.put("notes", notes);
    model.put("unitLabel", m.get("trend.col.unit_name"));
    List<Map<String, Object>> sections = new ArrayList<>();
    for (Trend.Section s : t.sections()) {
      Map<String, Object> sec = new LinkedHashMap<>();
      sec.put("heading", s.name());
      sec.put("chart", chart(s));
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Trend.Row r : s.rows()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", r.name());
        row.put("id", r.id());
        List<Map<String, String>> cells = new ArrayList<>();
        for (int j = 0; j < t.years().size(); j++) {
          Trend.Cell c = r.cells().get(j);
          Map<String, String> cell = new LinkedHashMap<>();
          cell.put("score", c == null ? "" : num(c.score(), j));
          cell.put("rank", c == null || c.rank() == null ? "" : c.rank().toString());
          cell.put("cls", c == null || c.classification() == null ? "" : c.classification());
          cell.put("from", c == null || !c.baseline() ? "" : m.get("trend.from", String.join(", ", c.from())));
          cells.add(cell);
        }
        row.put("cells", cells);
        rows.add(row);
      }
      sec.put("rows", rows);
      sections.add(sec);
    }
    model.put("sections", sections);
    return AnalysisHtml.write(target, "trend", model);
  }

  /**
   * A line per unit across the years (its figures joined where consecutive), the group's mean
   * drawn over them; the score axis from the lowest to the highest figure shown, on a round step.
   */
  private Svg chart(Trend.Section s) {
    int n = t.years().size();
    double width = 640;
    double height = 260;
    double left = 48;
    double right = 24;
    double top = 16;
    double bottom = 28;
    BigDecimal lo = null;
    BigDecimal hi = null;
    for (Trend.Row r : s.rows()) {
      for (Trend.Cell c : r.cells()) {
        if (c != null && c.score() != null) {
          lo = lo == null || c.score().compareTo(lo) < 0 ? c.score() : lo;
          hi = hi == null || c.score().compareTo(hi) > 0 ? c.score() : hi;
        }
      }
    }
    List<Svg.Line> lines = new ArrayList<>();
    List<Svg.Circle> circles = new ArrayList<>();
    List<Svg.Text> texts = new ArrayList<>();
    double step = (width - left - right) / Math.max(1, n - 1);
    for (int j = 0; j < n; j++) {
      texts.add(new Svg.Text(Svg.n(left + j * step), Svg.n(height - 8), "middle", "axis", labels.get(j)));
    }
    if (lo == null) {
      return new Svg(Svg.n(width), Svg.n(height), s.name(), lines, circles, texts);
    }
    double min = Math.floor(lo.doubleValue() / 10) * 10;
    double max = Math.ceil(hi.doubleValue() / 10) * 10;
    if (max <= min) {
      max = min + 10;
    }
    double span = max - min;
    double gridStep = span <= 60 ? 10 : span <= 120 ? 20 : span <= 300 ? 50 : span <= 600 ? 100 : 200;
    final double fMin = min;
    final double fSpan = span;
    java.util.function.DoubleUnaryOperator y = v -> top + (height - top - bottom) * (1 - (v - fMin) / fSpan);
    for (double g = min; g <= max + 1e-9; g += gridStep) {
      lines.add(new Svg.Line(Svg.n(left), Svg.n(y.applyAsDouble(g)), Svg.n(width - right), Svg.n(y.applyAsDouble(g)), "grid", null));
      texts.add(new Svg.Text(Svg.n(left - 6), Svg.n(y.applyAsDouble(g) + 3), "end", "axis", Fmt.plain(BigDecimal.valueOf((long) g), m.language())));
    }
    for (Trend.Row r : s.rows()) {
      for (int j = 0; j + 1 < n; j++) {
        Trend.Cell a = r.cells().get(j);
        Trend.Cell b = r.cells().get(j + 1);
        if (a != null && b != null && a.score() != null && b.score() != null) {
          lines.add(
              new Svg.Line(
                  Svg.n(left + j * step), Svg.n(y.applyAsDouble(a.score().doubleValue())), Svg.n(left + (j + 1) * step),
                  Svg.n(y.applyAsDouble(b.score().doubleValue())), b.baseline() || a.baseline() ? "unit base" : "unit", r.name()));
        }
      }
      for (int j = 0; j < n; j++) {
        Trend.Cell c = r.cells().get(j);
        if (c != null && c.score() != null) {
          circles.add(
              new Svg.Circle(
                  Svg.n(left + j * step), Svg.n(y.applyAsDouble(c.score().doubleValue())), "2.5", c.baseline() ? "dot base" : "dot",
                  r.name() + " · " + labels.get(j) + ": " + num(c.score(), j)));
        }
      }
    }
    BigDecimal prev = null;
    for (int j = 0; j < n; j++) {
      BigDecimal mean = mean(s, j);
      if (mean != null && prev != null) {
        lines.add(
            new Svg.Line(
                Svg.n(left + (j - 1) * step), Svg.n(y.applyAsDouble(prev.doubleValue())), Svg.n(left + j * step),
                Svg.n(y.applyAsDouble(mean.doubleValue())), "mean", m.get("trend.mean") + " " + labels.get(j) + ": " + Fmt.plain(mean, m.language())));
      }
      prev = mean;
    }
    return new Svg(Svg.n(width), Svg.n(height), m.get("trend.chart", s.name()), lines, circles, texts);
  }
}
