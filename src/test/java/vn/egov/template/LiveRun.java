package vn.egov.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.egov.cli.Cli;

/**
 * One round of the live template: every unit's template written by {@code egov template}, typed
 * into as the unit would, saved (formulas without results, as a unit's program might leave
 * them), assessed, and evaluated; then the sheet's provisional figures are held against
 * {@code assess}'s self-assessed ones.
 */
final class LiveRun {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  static final int VALUE = Columns.VALUE;

  final Path dir;
  final String criteria;
  final String units;
  /** The filled files by unit id. */
  final Map<String, Path> filled = new TreeMap<>();
  JsonNode results;

  LiveRun(Path dir, String criteria, String units) {
    this.dir = dir;
    this.criteria = criteria;
    this.units = units;
  }

  private List<String> withUnits(String... args) {
    List<String> out = new ArrayList<>(List.of(args));
    if (units != null) {
      out.add("--units");
      out.add(units);
    }
    return out;
  }

  /** Writes the templates of every registered unit and fills those with values. */
  LiveRun fill(Map<String, Map<String, Object>> values, Map<String, Map<String, String>> evidence, String... options) {
    Path templates = dir.resolve("mau");
    List<String> args = withUnits("template", "-c", criteria, "-o", templates.toString());
    args.addAll(List.of(options));
    if (units == null) {
      args.add("--all");
    }
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    Path out = dir.resolve("filled");
    try {
      Files.createDirectories(out);
      try (Stream<Path> files = Files.list(templates)) {
        for (Path file : files.sorted().toList()) {
          XSSFWorkbook wb = Workbooks.open(file);
          XSSFSheet s = wb.getSheetAt(1);
          String unit = Workbooks.text(s, "B3");
          Map<String, Object> v = values.get(unit);
          if (v == null) {
            wb.close();
            continue;
          }
          // one workbook open at a time: a sample round holds dozens
          Map<String, String> ev = evidence.getOrDefault(unit, Map.of());
          XSSFCellStyle percent = LiveSheets.percentStyle(wb);
          for (int r = Workbooks.HEADER_ROW + 1; r <= s.getLastRowNum(); r++) {
            XSSFRow row = s.getRow(r);
            String input = Workbooks.text(row, Columns.INPUT);
            if (input.isEmpty()) {
              continue;
            }
            LiveSheets.type(row, VALUE, v.get(input), percent);
            if (ev.containsKey(input)) {
              row.getCell(Columns.EVIDENCE).setCellValue(ev.get(input));
            }
          }
          Path target = out.resolve(file.getFileName());
          LiveSheets.save(wb, target);
          filled.put(unit, target);
          wb.close();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Assesses the filled files. */
  LiveRun assess() {
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run(withUnits("assess", "-c", criteria, dir.resolve("filled").toString(), "-o", out.toString(), "--formats", "json").toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isIn(0, 1);
    try {
      results = JSON.readTree(out.resolve("results.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (JsonNode i : results.get("issues")) {
      assertThat(i.path("message").asText()).as("assess reads values, never the template's formulas").doesNotContain("công thức");
    }
    return this;
  }

  /** A unit's filled workbook, read again, with every formula evaluated by POI. */
  XSSFWorkbook evaluated(String unit) {
    XSSFWorkbook wb = Workbooks.open(filled.get(unit));
    LiveSheets.evaluate(wb);
    return wb;
  }

  JsonNode unit(String id) {
    for (JsonNode u : results.get("units")) {
      if (u.get("id").asText().equals(id)) {
        return u;
      }
    }
    throw new AssertionError("no unit " + id + " in results.json");
  }

  /**
   * The sheet's provisional figures equal assess's self figures: every criterion's points, the
   * total, the applicable max, the score, the class and the rows with errors. Criteria in
   * {@code relative} (top-level, normal) are left out of the provisional total.
   */
  void assertSameFigures(String unit, XSSFSheet s, Set<String> relative) {
    JsonNode u = unit(unit);
    JsonNode self = u.get("self");
    Map<String, Object> expected = new LinkedHashMap<>();
    BigDecimal left = BigDecimal.ZERO;
    for (JsonNode c : u.get("criteria")) {
      expectCriterion(c, expected, relative);
      if (relative.contains(c.get("id").asText()) && c.hasNonNull("self_points")) {
        left = left.add(c.get("self_points").decimalValue());
      }
    }
    Map<String, Object> actual = new LinkedHashMap<>();
    for (int r = Workbooks.HEADER_ROW + 1; r <= s.getLastRowNum(); r++) {
      String id = Workbooks.text(s.getRow(r), Columns.ID);
      if (expected.containsKey(id) && Workbooks.text(s.getRow(r), Columns.INPUT).isEmpty() && !isGroupRow(u, id)) {
        actual.put(id, LiveSheets.result(s, r, Columns.POINTS));
      }
    }
    assertThat(comparable(actual)).as("criterion points of %s", unit).isEqualTo(comparable(expected));

    int precision = precisionOf(s);
    BigDecimal total = self.get("points").decimalValue().subtract(left);
    if (total.signum() < 0) {
      total = BigDecimal.ZERO;
    }
    BigDecimal max = self.get("max").decimalValue();
    assertThat(number(s, PointsFormulas.TOTAL_ROW, Columns.CHECK)).as("provisional total of %s", unit).isEqualByComparingTo(total);
    assertThat(number(s, PointsFormulas.TOTAL_ROW, Columns.POINTS)).as("applicable max of %s", unit).isEqualByComparingTo(max);
    if (relative.isEmpty()) {
      if (self.hasNonNull("score")) {
        assertThat(number(s, PointsFormulas.SCORE_ROW, Columns.CHECK)).as("provisional score of %s", unit)
            .isEqualByComparingTo(self.get("score").decimalValue());
      } else {
        assertThat(LiveSheets.result(s, PointsFormulas.SCORE_ROW, Columns.CHECK)).isEqualTo("");
      }
      String label = Workbooks.text(s, "E" + (PointsFormulas.CLASS_ROW + 1));
      if (!label.isEmpty()) {
        String c = self.path("classification").asText("");
        assertThat(LiveSheets.result(s, PointsFormulas.CLASS_ROW, Columns.CHECK)).as("provisional class of %s", unit)
            .isEqualTo(c.equals("unclassified") ? "Chưa xếp loại" : c.equals("null") ? "" : c);
      }
    } else {
      BigDecimal scale = BigDecimal.valueOf(((Number) LiveSheets.result(s, PointsFormulas.SCORE_ROW, Columns.POINTS)).doubleValue());
      BigDecimal score = total.multiply(scale).divide(max, precision, RoundingMode.HALF_UP);
      assertThat(number(s, PointsFormulas.SCORE_ROW, Columns.CHECK)).as("provisional score of %s", unit).isEqualByComparingTo(score);
    }
    assertRowsToFix(unit, s);
    assertNoErrorValues(unit, s);
    assertWithinExcelLimits(unit, s);
  }

  /**
   * Every formula fits Excel's limits: 8,192 characters and 64 levels of nesting (counted here as
   * parentheses, which is stricter).
   */
  static void assertWithinExcelLimits(String unit, XSSFSheet s) {
    int longest = 0;
    int deepest = 0;
    for (int r = 0; r <= s.getLastRowNum(); r++) {
      XSSFRow row = s.getRow(r);
      if (row == null) {
        continue;
      }
      for (int c = 0; c < row.getLastCellNum(); c++) {
        XSSFCell cell = row.getCell(c);
        if (cell != null && cell.getCellType() == CellType.FORMULA) {
          String f = cell.getCellFormula();
          longest = Math.max(longest, f.length());
          int depth = 0;
          boolean quoted = false;
          for (char ch : f.toCharArray()) {
            if (ch == '"') {
              quoted = !quoted;
            } else if (!quoted && ch == '(') {
              deepest = Math.max(deepest, ++depth);
            } else if (!quoted && ch == ')') {
              depth--;
            }
          }
        }
      }
    }
    assertThat(longest).as("longest formula of %s", unit).isLessThanOrEqualTo(8192);
    assertThat(deepest).as("deepest nesting of %s", unit).isLessThanOrEqualTo(64);
  }

  /** The set's decimals, from the number format of the score ("0.0" is 1). */
  private static int precisionOf(XSSFSheet s) {
    String format = s.getRow(PointsFormulas.SCORE_ROW).getCell(Columns.CHECK).getCellStyle().getDataFormatString();
    int dot = format.indexOf('.');
    return dot < 0 ? 0 : format.length() - dot - 1;
  }

  private boolean isGroupRow(JsonNode u, String id) {
    for (JsonNode g : u.get("groups")) {
      if (g.get("id").asText().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private static void expectCriterion(JsonNode c, Map<String, Object> out, Set<String> relative) {
    String status = c.has("self_status") ? c.get("self_status").asText() : c.get("status").asText();
    if (status.equals("not_applicable")) {
      return;
    }
    String id = c.get("id").asText();
    if (relative.contains(id) && status.equals("scored")) {
      out.put(id, PointsFormulas.UNKNOWN);
    } else {
      out.put(id, c.hasNonNull("self_points") ? c.get("self_points").decimalValue() : "N/A");
    }
    for (JsonNode sub : c.path("criteria")) {
      expectCriterion(sub, out, relative);
    }
  }

  /** Numbers as plain strings without trailing zeros, so 8 and 8.0 compare equal. */
  private static Map<String, String> comparable(Map<String, Object> m) {
    Map<String, String> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(v)));
    return out;
  }

  static BigDecimal number(XSSFSheet s, int row, int col) {
    Object v = LiveSheets.result(s, row, col);
    if (!(v instanceof BigDecimal b)) {
      throw new AssertionError("not a number at " + Columns.rel(col, row) + ": " + v);
    }
    return b;
  }

  /**
   * The rows the sheet flags as errors are the inputs assess reports errors about, and the rows
   * whose check says something are those plus the inputs of failed {@code checks} warnings.
   */
  void assertRowsToFix(String unit, XSSFSheet s) {
    Set<String> errors = new TreeSet<>();
    Set<String> said = new TreeSet<>();
    for (JsonNode i : results.get("issues")) {
      if (!i.path("unit").asText().equals(unit) || !i.hasNonNull("input")) {
        continue;
      }
      if (i.get("severity").asText().equals("error")) {
        errors.add(i.get("input").asText());
        said.add(i.get("input").asText());
      } else if (i.get("message").asText().contains(" không thỏa (")) {
        said.add(i.get("input").asText());
      }
    }
    Set<String> flagged = new TreeSet<>();
    Set<String> saying = new TreeSet<>();
    for (int r = Workbooks.HEADER_ROW + 1; r <= s.getLastRowNum(); r++) {
      String input = Workbooks.text(s.getRow(r), Columns.INPUT);
      if (input.isEmpty()) {
        continue;
      }
      if (number(s, r, Columns.FIX).signum() > 0) {
        flagged.add(input);
      }
      if (!LiveSheets.result(s, r, Columns.CHECK).equals("")) {
        saying.add(input);
      }
    }
    assertThat(flagged).as("rows of %s with errors", unit).isEqualTo(errors);
    assertThat(saying).as("rows of %s whose check says something", unit).isEqualTo(said);
    assertThat(number(s, PointsFormulas.FIX_ROW, Columns.CHECK)).isEqualByComparingTo(BigDecimal.valueOf(errors.size()));
  }

  /** No formula ends in an error value, but the hidden value of a criterion that is undefined. */
  static void assertNoErrorValues(String unit, XSSFSheet s) {
    List<String> errors = new ArrayList<>();
    for (int r = 0; r <= s.getLastRowNum(); r++) {
      XSSFRow row = s.getRow(r);
      if (row == null) {
        continue;
      }
      for (int c = 0; c < row.getLastCellNum(); c++) {
        XSSFCell cell = row.getCell(c);
        if (cell != null && cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.ERROR
            && !(c == Columns.CRITERION_VALUE && Workbooks.text(row, Columns.INPUT).isEmpty())) {
          errors.add(Columns.rel(c, r) + " " + cell.getErrorCellString() + " = " + cell.getCellFormula());
        }
      }
    }
    assertThat(errors).as("error values in %s", unit).isEmpty();
  }
}
