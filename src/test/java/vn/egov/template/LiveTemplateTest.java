package vn.egov.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The live template computes, in its own formulas, what {@code assess} computes from the same
 * values: templates filled from the bundled samples and from random criteria sets, evaluated by
 * POI's formula evaluator, give every criterion's points, the total, the max, the score and the
 * class of the unit's self-assessment exactly, and flag exactly the rows assess reports errors
 * about. (Against the code before issue 16 these fail: the template had no formulas.)
 */
class LiveTemplateTest {
  @TempDir Path tmp;

  /** A sample value typed as a person would: whole numbers and "96%" as numbers, the rest as text. */
  static Object typed(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.matches("[0-9]+")) {
      return new BigDecimal(value);
    }
    if (value.matches("[0-9]+%")) {
      return new LiveSheets.Percent(new BigDecimal(value.substring(0, value.length() - 1)).movePointLeft(2));
    }
    return value;
  }

  /** The self-assessed values and evidence of a long CSV, by unit and input. */
  static void readLong(Path csv, Map<String, Map<String, Object>> values, Map<String, Map<String, String>> evidence) throws IOException {
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      for (CSVRecord rec : p) {
        String unit = rec.get("unit_id");
        values.computeIfAbsent(unit, k -> new LinkedHashMap<>()).put(rec.get("input_id"), typed(rec.get("value")));
        if (!rec.get("evidence").isEmpty()) {
          evidence.computeIfAbsent(unit, k -> new LinkedHashMap<>()).put(rec.get("input_id"), rec.get("evidence"));
        }
      }
    }
  }

  /** The same from a wide CSV ({@code ;}, BOM, Vietnamese headers, {@code @evidence} columns). */
  static void readWide(Path csv, Map<String, Map<String, Object>> values, Map<String, Map<String, String>> evidence) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
    try (CSVParser p = CSVParser.parse(text, CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())) {
      for (CSVRecord rec : p) {
        String unit = rec.get(0);
        Map<String, Object> v = values.computeIfAbsent(unit, k -> new LinkedHashMap<>());
        for (String column : p.getHeaderNames()) {
          if (column.endsWith("@evidence") && !rec.get(column).isEmpty()) {
            evidence.computeIfAbsent(unit, k -> new LinkedHashMap<>()).put(column.substring(0, column.indexOf('@')), rec.get(column));
          } else if (!column.contains("@") && !column.startsWith("Mã") && !column.startsWith("Tên") && !column.equals("Nhóm")) {
            v.put(column, typed(rec.get(column)));
          }
        }
      }
    }
  }

  private void assertSample(String criteria, String units, Map<String, Map<String, Object>> values, Map<String, Map<String, String>> evidence, Set<String> relative) {
    LiveRun run = new LiveRun(tmp, criteria, units).fill(values, evidence).assess();
    assertThat(run.filled).hasSize(values.size());
    for (String unit : run.filled.keySet()) {
      try (XSSFWorkbook wb = run.evaluated(unit)) {
        run.assertSameFigures(unit, wb.getSheetAt(1), relative);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Test
  void phuTho2018UnitsSeeTheirSelfAssessedFiguresLessTheRelativeCriterion() throws IOException {
    Map<String, Map<String, Object>> values = new LinkedHashMap<>();
    Map<String, Map<String, String>> evidence = new LinkedHashMap<>();
    readLong(Path.of("samples/phu-tho-2018/long/tu-danh-gia-2018.csv"), values, evidence);
    assertThat(values).hasSize(36);
    assertSample("criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/units.csv", values, evidence, Set.of("3.2"));
  }

  @Test
  void phuTho2017UnitsSeeTheirSelfAssessedFiguresFromTheWideSample() throws IOException {
    Map<String, Map<String, Object>> values = new LinkedHashMap<>();
    Map<String, Map<String, String>> evidence = new LinkedHashMap<>();
    readWide(Path.of("samples/phu-tho-2017/wide/tu-danh-gia-2017.csv"), values, evidence);
    assertSample("samples/phu-tho-2017/tieu-chi-2017.yaml", "samples/phu-tho-2017/units.csv", values, evidence, Set.of("3.2"));
  }

  /**
   * The values of a report in the long layouts of {@code samples/phu-tho-2018/loi}: a workbook
   * sheet or a {@code ;} CSV with the columns Mã chỉ tiêu, Giá trị (tự đánh giá) and Tài liệu
   * kiểm chứng, the unit in a column or labelled above; cells as stored (a percent-formatted
   * number as a percentage).
   */
  static void readLoi(Path file, Map<String, Map<String, Object>> values, Map<String, Map<String, String>> evidence) throws IOException {
    if (file.toString().endsWith(".csv")) {
      String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
      try (CSVParser p = CSVParser.parse(text, CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())) {
        for (CSVRecord rec : p) {
          String unit = rec.get("Mã đơn vị");
          values.computeIfAbsent(unit, k -> new LinkedHashMap<>()).put(rec.get("Mã chỉ tiêu"), typed(rec.get("Giá trị")));
          if (!rec.get("Tài liệu kiểm chứng").isEmpty()) {
            evidence.computeIfAbsent(unit, k -> new LinkedHashMap<>()).put(rec.get("Mã chỉ tiêu"), rec.get("Tài liệu kiểm chứng"));
          }
        }
      }
      return;
    }
    try (XSSFWorkbook wb = Workbooks.open(file)) {
      for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
        String labelled = null;
        Map<String, Integer> col = new java.util.HashMap<>();
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
          if (col.isEmpty()) {
            for (org.apache.poi.ss.usermodel.Cell c : row) {
              if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                col.put(c.getStringCellValue(), c.getColumnIndex());
              }
            }
            if (col.containsKey("Mã đơn vị") && !col.containsKey("Mã chỉ tiêu")) {
              labelled = row.getCell(col.get("Mã đơn vị") + 1).getStringCellValue();
            }
            if (!col.containsKey("Mã chỉ tiêu")) {
              col.clear();
            }
            continue;
          }
          String input = cellText(row.getCell(col.get("Mã chỉ tiêu")));
          if (input.isEmpty()) {
            continue;
          }
          String unit = col.containsKey("Mã đơn vị") && !col.get("Mã đơn vị").equals(col.get("Mã chỉ tiêu")) ? cellText(row.getCell(col.get("Mã đơn vị"))) : labelled;
          Integer v = col.containsKey("Giá trị tự đánh giá") ? col.get("Giá trị tự đánh giá") : col.get("Giá trị");
          values.computeIfAbsent(unit, k -> new LinkedHashMap<>()).put(input, stored(row.getCell(v)));
          String ev = cellText(row.getCell(col.get("Tài liệu kiểm chứng")));
          if (!ev.isEmpty()) {
            evidence.computeIfAbsent(unit, k -> new LinkedHashMap<>()).put(input, ev);
          }
        }
      }
    }
  }

  private static String cellText(org.apache.poi.ss.usermodel.Cell c) {
    return c == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(c).strip();
  }

  /** A cell's value as a unit's file holds it: a number, a percentage, or text. */
  private static Object stored(org.apache.poi.ss.usermodel.Cell c) {
    if (c == null) {
      return null;
    }
    org.apache.poi.ss.usermodel.CellType type =
        c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    return switch (type) {
      case NUMERIC -> {
        BigDecimal n = new BigDecimal(org.apache.poi.ss.util.NumberToTextConverter.toText(c.getNumericCellValue()));
        yield c.getCellStyle().getDataFormatString().contains("%") ? new LiveSheets.Percent(n) : n;
      }
      case STRING -> c.getStringCellValue().isEmpty() ? null : c.getStringCellValue();
      case BOOLEAN -> c.getBooleanCellValue();
      default -> null;
    };
  }

  @Test
  void theMistakesOfTheLoiSamplesAreFlaggedWhereTheUnitTypesThem() throws IOException {
    Map<String, Map<String, Object>> values = new LinkedHashMap<>();
    Map<String, Map<String, String>> evidence = new LinkedHashMap<>();
    for (String f : new String[] {"SNV-tu-danh-gia.xlsx", "STP.xlsx", "HAHOA.csv"}) {
      readLoi(Path.of("samples/phu-tho-2018/loi", f), values, evidence);
    }
    assertThat(values.keySet()).containsExactly("SNV", "STP", "HAHOA");
    LiveRun run = new LiveRun(tmp, "criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/units.csv").fill(values, evidence).assess();
    Map<String, Map<String, String>> expected =
        Map.of(
            "SNV",
            Map.of(
                "lan", "Chưa nhập (bắt buộc)",
                "edoc_external", "Ngoài khoảng cho phép: nhập từ 0 đến 100",
                "services_level3", "Không được ghi N/A ở chỉ tiêu này: hãy nhập giá trị",
                "staff_it_proficient", "Không phải số nguyên: nhập số nguyên, ví dụ 32052"),
            "STP",
            Map.of("portal_compliance", "Thiếu tài liệu kiểm chứng: tiêu chí 3.4 có điểm nên phải ghi văn bản ở cột \"Tài liệu kiểm chứng\""),
            "HAHOA",
            Map.of(
                "staff_with_pc", "Số cán bộ, công chức được trang bị máy tính không thể lớn hơn tổng số cán bộ, công chức",
                "records_ontime", "Chưa nhập (bắt buộc)"));
    for (String unit : values.keySet()) {
      try (XSSFWorkbook wb = run.evaluated(unit)) {
        org.apache.poi.xssf.usermodel.XSSFSheet s = wb.getSheetAt(1);
        Map<String, String> said = new java.util.TreeMap<>();
        for (int r = Workbooks.HEADER_ROW + 1; r <= s.getLastRowNum(); r++) {
          String input = Workbooks.text(s.getRow(r), Columns.INPUT);
          Object check = LiveSheets.result(s, r, Columns.CHECK);
          if (!input.isEmpty() && !check.equals("")) {
            said.put(input, (String) check);
          }
        }
        assertThat(said).as(unit).isEqualTo(new java.util.TreeMap<>(expected.get(unit)));
        assertThat(LiveRun.number(s, PointsFormulas.FIX_ROW, Columns.CHECK)).isEqualByComparingTo(BigDecimal.valueOf(expected.get(unit).size()));
        run.assertSameFigures(unit, s, Set.of("3.2"));
      }
    }
  }

  @Test
  void binaryNoiseNearZeroDoesNotMoveABandOrACondition() throws IOException {
    String yaml =
        """
        schema: egov-criteria/1
        id: noise
        title: Sai số nhị phân
        unit_groups: [{id: xa, name: UBND cấp xã}]
        units: [{id: X1, name: Xã Một, group: xa}]
        scoring: {precision: 2}
        groups:
          - id: G1
            name: Nhóm 1
            criteria:
              - id: "1.1"
                name: Cân đối thu chi
                max: 5
                inputs:
                  - {id: thu, label: Thu, type: number}
                  - {id: chi, label: Chi, type: number}
                  - {id: du, label: Dư, type: number}
                method: {type: bands, value: thu - chi - du, bands: [{min: 0, points: 5}, {max: 0, points: 2}]}
              - id: "1.2"
                name: Điều kiện
                max: 5
                method: {type: formula, expr: "if(thu - chi - du, 1, 4) + !(chi + du - thu)"}
        """;
    Path criteria = tmp.resolve("noise.yaml");
    Files.writeString(criteria, yaml, StandardCharsets.UTF_8);
    // 0.3 − 0.1 − 0.2 is 0 in decimals and −2.8e-17 in binary
    Map<String, Map<String, Object>> values = Map.of("X1", Map.of("thu", new BigDecimal("0.3"), "chi", "0,1", "du", new BigDecimal("0.2")));
    LiveRun run = new LiveRun(tmp, criteria.toString(), null).fill(values, Map.of()).assess();
    try (XSSFWorkbook wb = run.evaluated("X1")) {
      run.assertSameFigures("X1", wb.getSheetAt(1), Set.of());
      assertThat(LiveRun.number(wb.getSheetAt(1), PointsFormulas.TOTAL_ROW, Columns.CHECK)).isEqualByComparingTo("10");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void randomSetsGiveAssessFiguresExactly(long seed) throws IOException {
    RandomSets.Generated g = RandomSets.generate(seed);
    Path criteria = tmp.resolve("criteria.yaml");
    Files.writeString(criteria, g.yaml(), StandardCharsets.UTF_8);
    LiveRun run = new LiveRun(tmp, criteria.toString(), null).fill(g.values(), g.evidence()).assess();
    assertThat(run.filled).as(g.yaml()).hasSize(g.units().size());
    for (String unit : run.filled.keySet()) {
      try (XSSFWorkbook wb = run.evaluated(unit)) {
        run.assertSameFigures(unit, wb.getSheetAt(1), Set.of());
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "\n--- criteria (seed " + seed + ")\n" + g.yaml() + "\n--- values of " + unit + "\n" + g.values().get(unit), e);
      }
    }
  }
}
