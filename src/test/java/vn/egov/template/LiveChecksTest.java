package vn.egov.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.cli.Cli;

/**
 * The {@code Kiểm tra} column says in words what is wrong with each kind of bad value, and
 * nothing for a good one; criterion rows say why their points are 0 or left out. (Against the
 * code before issue 16 these fail: the template had no check column.)
 */
class LiveChecksTest {
  static final String CRITERIA =
      """
      schema: egov-criteria/1
      id: kiem-tra
      title: Bộ tiêu chí để kiểm tra
      unit_groups: [{id: xa, name: UBND cấp xã}]
      units: [{id: X1, name: Xã Một, group: xa}]
      scoring: {precision: 2}
      groups:
        - id: "1"
          name: Nhóm 1
          criteria:
            - id: "1.1"
              name: Tỷ lệ hồ sơ đúng hạn
              max: 10
              inputs:
                - {id: done, label: Số hồ sơ đúng hạn, type: integer, min: 0}
                - {id: total, label: Tổng số hồ sơ, type: integer, min: 0, max: 1000}
              method: {type: proportional, value: done / total * 100, target: 100}
            - id: "1.2"
              name: Tỷ lệ văn bản điện tử
              max: 5
              na: allowed
              inputs: [{id: share, label: Tỷ lệ, type: percent}]
              method: {type: proportional, value: share, target: 100}
            - id: "1.3"
              name: Có mạng LAN
              max: 4
              evidence: required
              inputs: [{id: has_lan, label: Có mạng LAN, type: boolean}]
              method: {type: boolean, input: has_lan}
            - id: "1.4"
              name: Mức độ
              max: 6
              inputs:
                - id: level
                  label: Mức độ triển khai
                  type: choice
                  options: [{value: cao, label: Mức cao, points: 6}, {value: thap, label: Mức thấp, points: 2}]
              method: {type: choice, input: level}
            - id: "1.5"
              name: Số đo
              max: 3
              inputs: [{id: size, label: Số đo, type: number, max: 50}]
              method: {type: count, value: size, each: 0.1}
            - id: "1.6"
              name: Điểm tự chấm
              max: 2
              inputs: [{id: pts, label: Điểm, type: points}]
              method: {type: manual, input: pts}
      checks:
        - {rule: done <= total, message: Số hồ sơ đúng hạn không thể lớn hơn tổng số hồ sơ}
        - {rule: size >= 1, message: Số đo thường từ 1 trở lên, severity: warning}
      """;

  @TempDir static Path tmp;
  static XSSFWorkbook vi;
  static XSSFWorkbook en;

  @BeforeAll
  static void templates() throws IOException {
    Path criteria = tmp.resolve("criteria.yaml");
    Files.writeString(criteria, CRITERIA, StandardCharsets.UTF_8);
    for (String lang : List.of("vi", "en")) {
      Cli.Run run = Cli.run("template", "-c", criteria.toString(), "--all", "-o", tmp.resolve(lang).toString(), "--lang", lang);
      assertThat(run.exit()).as(run.err()).isZero();
    }
    vi = Workbooks.open(only(tmp.resolve("vi")));
    en = Workbooks.open(only(tmp.resolve("en")));
  }

  private static Path only(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findFirst().orElseThrow();
    }
  }

  /** Good values for every input, with evidence for the criterion that needs it. */
  static Map<String, Object> good() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("done", 8);
    v.put("total", 10);
    v.put("share", 50);
    v.put("has_lan", "Có");
    v.put("level", "Mức cao");
    v.put("size", 10);
    v.put("pts", 1);
    return v;
  }

  /** Types the values (and evidence for has_lan unless told), evaluates, returns the data sheet. */
  static XSSFSheet fill(XSSFWorkbook wb, Map<String, Object> values, boolean evidence) {
    XSSFSheet s = wb.getSheetAt(1);
    XSSFCellStyle percent = LiveSheets.percentStyle(wb);
    for (Map.Entry<String, Object> e : values.entrySet()) {
      XSSFRow row = Workbooks.inputRow(s, e.getKey());
      LiveSheets.type(row, Columns.VALUE, e.getValue(), percent);
      row.getCell(Columns.VALUE).setCellStyle(e.getValue() instanceof LiveSheets.Percent ? percent : Workbooks.inputRow(s, "done").getCell(Columns.VALUE).getCellStyle());
    }
    Workbooks.inputRow(s, "has_lan").getCell(Columns.EVIDENCE).setCellValue(evidence ? "Quyết định số 12/QĐ-UBND" : "");
    LiveSheets.evaluate(wb);
    return s;
  }

  static String check(XSSFSheet s, String input) {
    return (String) LiveSheets.result(s, Workbooks.inputRow(s, input).getRowNum(), Columns.CHECK);
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("done", null, "Chưa nhập (bắt buộc)"),
        Arguments.of("done", "12x", "Không phải số nguyên: nhập số nguyên, ví dụ 32052"),
        Arguments.of("done", "7,5", "Không phải số nguyên: nhập số nguyên, ví dụ 32052"),
        Arguments.of("done", new BigDecimal("7.5"), "Không phải số nguyên: nhập số nguyên, ví dụ 32052"),
        Arguments.of("done", -3, "Nhỏ hơn mức cho phép: nhập từ 0 trở lên"),
        Arguments.of("done", 20, "Số hồ sơ đúng hạn không thể lớn hơn tổng số hồ sơ"),
        Arguments.of("done", "N/A", "Không được ghi N/A ở chỉ tiêu này: hãy nhập giá trị"),
        Arguments.of("total", 1200, "Ngoài khoảng cho phép: nhập từ 0 đến 1000"),
        Arguments.of("total", "1.200", "Ngoài khoảng cho phép: nhập từ 0 đến 1000"),
        Arguments.of("share", "abc", "Không phải tỷ lệ phần trăm: nhập số từ 0 đến 100, ví dụ 96,52"),
        Arguments.of("share", 120, "Ngoài khoảng cho phép: nhập từ 0 đến 100"),
        Arguments.of("share", new LiveSheets.Percent(new BigDecimal("1.5")), "Ngoài khoảng cho phép: nhập từ 0 đến 100"),
        Arguments.of("size", "5%", "Bỏ dấu %: chỉ tiêu này không phải tỷ lệ phần trăm"),
        Arguments.of("size", "năm", "Không phải là số: nhập số, ví dụ 96,52 hoặc 1.234"),
        Arguments.of("size", "1.2.3", "Không phải là số: nhập số, ví dụ 96,52 hoặc 1.234"),
        Arguments.of("size", 60, "Lớn hơn mức cho phép: nhập tối đa 50"),
        Arguments.of("size", new BigDecimal("0.5"), "Lưu ý: Số đo thường từ 1 trở lên"),
        Arguments.of("has_lan", "có lẽ", "Không phải Có/Không: chọn Có hoặc Không trong danh sách"),
        Arguments.of("has_lan", 2, "Không phải Có/Không: chọn Có hoặc Không trong danh sách"),
        Arguments.of("level", "Mức trung bình", "Không có trong danh sách: chọn một mục trong danh sách thả xuống"),
        Arguments.of("pts", 3, "Ngoài khoảng cho phép: nhập từ 0 đến 2"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("mistakes")
  void everyKindOfMistakeGetsItsCheckText(String input, Object value, String expected) {
    Map<String, Object> v = good();
    v.put(input, value);
    XSSFSheet s = fill(vi, v, true);
    assertThat(check(s, input)).isEqualTo(expected);
    List<String> others = new ArrayList<>();
    for (String i : good().keySet()) {
      if (!i.equals(input) && !check(s, i).isEmpty()) {
        others.add(i + ": " + check(s, i));
      }
    }
    assertThat(others).as("the other rows").isEmpty();
    boolean warning = expected.startsWith("Lưu ý");
    assertThat(LiveRun.number(s, PointsFormulas.FIX_ROW, Columns.CHECK)).as("rows to fix").isEqualByComparingTo(warning ? "0" : "1");
    assertThat(LiveRun.number(s, Workbooks.inputRow(s, input).getRowNum(), Columns.FIX)).isEqualByComparingTo(warning ? "0" : "1");
  }

  static Stream<Arguments> goodValues() {
    return Stream.of(
        Arguments.of("done", "8"),
        Arguments.of("total", "1.000"),
        Arguments.of("share", "96,52%"),
        Arguments.of("share", new LiveSheets.Percent(new BigDecimal("0.9652"))),
        Arguments.of("share", "N/A"),
        Arguments.of("share", "Không áp dụng"),
        Arguments.of("size", "12,5"),
        Arguments.of("size", "49,75"),
        Arguments.of("has_lan", "x"),
        Arguments.of("has_lan", "KHÔNG"),
        Arguments.of("has_lan", true),
        Arguments.of("has_lan", 1),
        Arguments.of("level", "muc thap"),
        Arguments.of("level", "thap"),
        Arguments.of("level", "MỨC CAO"),
        Arguments.of("pts", "1,5"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("goodValues")
  void aGoodValueGetsNoCheckText(String input, Object value) {
    Map<String, Object> v = good();
    v.put(input, value);
    XSSFSheet s = fill(vi, v, true);
    for (String i : good().keySet()) {
      assertThat(check(s, i)).as(i).isEmpty();
    }
    assertThat(LiveRun.number(s, PointsFormulas.FIX_ROW, Columns.CHECK)).isEqualByComparingTo("0");
  }

  @Test
  void pointsClaimedWithoutEvidenceAreFlaggedOnTheFirstInputOfTheCriterion() {
    XSSFSheet s = fill(vi, good(), false);
    assertThat(check(s, "has_lan"))
        .isEqualTo("Thiếu tài liệu kiểm chứng: tiêu chí 1.3 có điểm nên phải ghi văn bản ở cột \"Tài liệu kiểm chứng\"");
    Map<String, Object> none = good();
    none.put("has_lan", "Không");
    assertThat(check(fill(vi, none, false), "has_lan")).as("no points claimed, no evidence needed").isEmpty();
  }

  @Test
  void criterionRowsSayWhyTheirPointsAreZeroOrLeftOut() {
    Map<String, Object> v = good();
    v.put("total", 0);
    v.put("share", "N/A");
    v.put("size", null);
    XSSFSheet s = fill(vi, v, true);
    assertThat(note(s, "1.1")).isEqualTo("Không tính được (ví dụ chia cho 0): 0 điểm");
    assertThat(points(s, "1.1")).isEqualByComparingTo("0");
    assertThat(note(s, "1.2")).isEqualTo("Không áp dụng (N/A): không tính vào điểm tối đa");
    assertThat(LiveSheets.result(s, Workbooks.criterionRow(s, "1.2").getRowNum(), Columns.POINTS)).isEqualTo("N/A");
    assertThat(note(s, "1.5")).isEqualTo("Thiếu số liệu: 0 điểm");
    assertThat(note(s, "1.4")).isEmpty();
    // 1.2 (5 points) is N/A: the applicable max is 30 - 5
    assertThat(LiveRun.number(s, PointsFormulas.TOTAL_ROW, Columns.POINTS)).isEqualByComparingTo("25");
    // 1.3: 4, 1.4: 6, 1.6: 1
    assertThat(LiveRun.number(s, PointsFormulas.TOTAL_ROW, Columns.CHECK)).isEqualByComparingTo("11");
    assertThat(LiveRun.number(s, PointsFormulas.SCORE_ROW, Columns.CHECK)).isEqualByComparingTo("44");
  }

  private static String note(XSSFSheet s, String criterion) {
    return (String) LiveSheets.result(s, Workbooks.criterionRow(s, criterion).getRowNum(), Columns.CHECK);
  }

  private static BigDecimal points(XSSFSheet s, String criterion) {
    return LiveRun.number(s, Workbooks.criterionRow(s, criterion).getRowNum(), Columns.POINTS);
  }

  @Test
  void theTopOfTheSheetLabelsTheProvisionalTotalsWithTheirFiguresToTheRight() {
    XSSFSheet s = fill(vi, good(), true);
    assertThat(List.of(Workbooks.text(s, "E3"), Workbooks.text(s, "E4"), Workbooks.text(s, "E6")))
        .containsExactly("Tổng điểm tạm tính", "Điểm quy đổi tạm tính", "Số dòng cần sửa");
    // 1.1: 8, 1.2: 2.5, 1.3: 4, 1.4: 6, 1.5: 1, 1.6: 1 of 30
    assertThat(LiveRun.number(s, 2, Columns.CHECK)).isEqualByComparingTo("22.5");
    assertThat(LiveRun.number(s, 2, Columns.POINTS)).isEqualByComparingTo("30");
    assertThat(LiveRun.number(s, 3, Columns.CHECK)).isEqualByComparingTo("75");
    assertThat(LiveRun.number(s, 3, Columns.POINTS)).isEqualByComparingTo("100");
    assertThat(s.getRow(2).getCell(Columns.POINTS).getCellStyle().getDataFormatString()).isEqualTo("\"/ \"General");
    assertThat(LiveRun.number(s, 5, Columns.CHECK)).isEqualByComparingTo("0");
    assertThat(Workbooks.text(s, "E5")).as("no classification in this set").isEmpty();
  }

  @Test
  void aValueWithAMistakeTurnsRedAndABlankToFillOrAWarningYellow() {
    XSSFSheet s = vi.getSheetAt(1);
    assertThat(s.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
    ConditionalFormatting cf = s.getSheetConditionalFormatting().getConditionalFormattingAt(0);
    int first = Workbooks.HEADER_ROW + 1;
    assertThat(cf.getFormattingRanges()[0].formatAsString()).isEqualTo("E" + (first + 1) + ":E" + (s.getLastRowNum() + 1));
    ConditionalFormattingRule red = cf.getRule(0);
    assertThat(red.getFormula1()).isEqualTo("AND($P" + (first + 1) + "=1,$M" + (first + 1) + "<>\"\")");
    assertThat(((org.apache.poi.xssf.usermodel.XSSFColor) red.getPatternFormatting().getFillBackgroundColorColor()).getARGBHex())
        .isEqualTo("FFFFC7CE");
    assertThat(cf.getRule(1).getFormula1()).isEqualTo("AND($B" + (first + 1) + "<>\"\",LEN($F" + (first + 1) + ")>0)");
  }

  @Test
  void speaksEnglishWithLangEn() {
    Map<String, Object> v = good();
    v.put("done", "12x");
    v.put("size", "5%");
    XSSFSheet s = fill(en, v, false);
    assertThat(check(s, "done")).isEqualTo("Not a whole number: enter a whole number such as 32052");
    assertThat(check(s, "size")).isEqualTo("Remove the % sign: this input is not a percentage");
    assertThat(check(s, "has_lan")).isEqualTo("Evidence missing: criterion 1.3 has points, so write the document in column \"Evidence\"");
    assertThat(note(s, "1.1")).isEqualTo("Values missing: 0 points");
    assertThat(List.of(Workbooks.text(s, "E3"), Workbooks.text(s, "E4"), Workbooks.text(s, "E6")))
        .containsExactly("Provisional total", "Provisional score", "Rows to fix");
    assertThat(LiveRun.number(s, 5, Columns.CHECK)).isEqualByComparingTo("3");
  }
}
