package vn.egov.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/** {@code ranking.xlsx} of the Phú Thọ sample, opened with POI. */
class RankingXlsxTest {
  static final String CRITERIA = "criteria/phu-tho-2018.yaml";
  static final String INPUT = "samples/phu-tho-2018/wide";
  static final String UNITS = "samples/phu-tho-2018/units.csv";

  @TempDir static Path tmp;
  private static Path vi;

  @BeforeAll
  static void assessSample() {
    vi = assess(tmp.resolve("vi"));
  }

  /** Runs {@code assess} on the sample into {@code out} with the given extra options. */
  static Path assess(Path out, String... extra) {
    List<String> args =
        new ArrayList<>(List.of("assess", "-c", CRITERIA, INPUT, "--units", UNITS, "-o", out.toString(), "--formats", "xlsx,docx,md"));
    args.addAll(Arrays.asList(extra));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    return out;
  }

  /**
   * A one-criterion set and a report of two units whose names are hostile: a spreadsheet formula
   * and every Markdown special character.
   */
  static Path hostileNames(Path dir, String formats) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("criteria.yaml"),
        String.join(
            "\n",
            "schema: egov-criteria/1",
            "id: tiny",
            "title: Tiny set",
            "period: \"2024\"",
            "unit_groups:",
            "  - {id: g, name: Nhóm một}",
            "classification:",
            "  bands:",
            "    - {min: 50, label: Đạt}",
            "    - {min: 0, label: Chưa đạt}",
            "groups:",
            "  - id: \"1\"",
            "    name: Một",
            "    criteria:",
            "      - id: \"1.1\"",
            "        name: Có hệ thống",
            "        max: 10",
            "        inputs:",
            "          - {id: ok, label: Có, type: boolean}",
            "        method: {type: boolean, input: ok}",
            ""),
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("reports.csv"),
        "unit_id,unit_name,unit_group,ok\n"
            + "U1,\"=HYPERLINK(\"\"x\"\")\",g,1\n"
            + "U2,\"# A|B *c* <d> [e](f) _g_ `h`\",g,0\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Cli.Run run =
        Cli.run("assess", "-c", dir.resolve("criteria.yaml").toString(), dir.resolve("reports.csv").toString(),
            "-o", out.toString(), "--formats", formats);
    assertThat(run.exit()).as(run.err()).isZero();
    return out;
  }

  static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  private static List<String> texts(Row row) {
    DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      Cell cell = row.getCell(c);
      out.add(cell == null ? "" : f.formatCellValue(cell));
    }
    return out;
  }

  /** The data row whose unit column holds {@code name}. */
  private static Row unitRow(XSSFSheet sh, String name) {
    for (Row r : sh) {
      if (r.getRowNum() > RankingXlsx.HEADER_ROW && r.getCell(1) != null && name.equals(r.getCell(1).getStringCellValue())) {
        return r;
      }
    }
    throw new AssertionError("no row for " + name + " in " + sh.getSheetName());
  }

  /** Width of columns {@code 0 … last} in pixels at 100 % (Excel: 7 px a character plus 5). */
  private static double pixels(XSSFSheet sh, int last) {
    double px = 0;
    for (int c = 0; c <= last; c++) {
      px += sh.getColumnWidth(c) / 256.0 * 7 + 5;
    }
    return px;
  }

  @Test
  void rankingSheetsPrintAsTheAnnexOnePageWideAtNinePointsOrMore() throws IOException {
    try (XSSFWorkbook wb = open(vi.resolve("ranking.xlsx"))) {
      for (String name : List.of("Sở, ban, ngành", "UBND huyện, thành, thị")) {
        XSSFSheet sh = wb.getSheet(name);
        var ps = sh.getPrintSetup();
        assertThat(ps.getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        assertThat(ps.getLandscape()).isTrue();
        assertThat(sh.getFitToPage()).isTrue();
        assertThat(ps.getFitWidth()).isEqualTo((short) 1);
        assertThat(ps.getFitHeight()).isEqualTo((short) 0);
        // the header row on every page (POI cannot parse the name back: the sheet name has a comma)
        int index = wb.getSheetIndex(sh);
        String titles =
            wb.getAllNames().stream()
                .filter(n -> n.getNameName().equals("_xlnm.Print_Titles") && n.getSheetIndex() == index)
                .findFirst()
                .orElseThrow()
                .getRefersToFormula();
        int header = RankingXlsx.HEADER_ROW + 1;
        assertThat(titles).endsWith("!$" + header + ":$" + header);
        // the print area is the table, STT to the max column (12), without the unit ids
        String area = wb.getPrintArea(wb.getSheetIndex(sh));
        assertThat(area).endsWith("$A$1:$M$" + (sh.getLastRowNum() + 1));
        // one page wide: A4 landscape (11,69 in) less the side margins, at 96 px an inch; the
        // 12-pt text scaled to fit stays at 9 pt or more
        double page = (11.69 - 2 * XlsxPrint.SIDE) * 96;
        double scale = Math.min(1, page / pixels(sh, 12));
        assertThat(12 * scale).as(name).isGreaterThanOrEqualTo(9);
        // the chart is under the table, not beside it
        var frame =
            sh.getDrawingPatriarch().getShapes().stream()
                .filter(x -> x instanceof org.apache.poi.xssf.usermodel.XSSFGraphicFrame)
                .findFirst()
                .orElseThrow();
        var anchor = (org.apache.poi.xssf.usermodel.XSSFClientAnchor) frame.getAnchor();
        assertThat(anchor.getRow1()).isGreaterThan(sh.getLastRowNum());
        assertThat((int) anchor.getCol2()).isLessThanOrEqualTo(13);
      }
      XSSFSheet problems = wb.getSheet("Vấn đề");
      assertThat(problems.getPrintSetup().getLandscape()).isTrue();
      assertThat(problems.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
      assertThat(12 * Math.min(1, (11.69 - 2 * XlsxPrint.SIDE) * 96 / pixels(problems, 5))).isGreaterThanOrEqualTo(9);
      XSSFSheet matrix = wb.getSheet("Ma trận tiêu chí");
      assertThat(matrix.getPrintSetup().getLandscape()).isTrue();
      assertThat(matrix.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:3"));
      assertThat(matrix.getRepeatingColumns()).isEqualTo(CellRangeAddress.valueOf("A:D"));
    }
  }

  @Test
  void hasASheetPerUnitGroupThenMatrixProblemsAndCriteria() throws IOException {
    try (XSSFWorkbook wb = open(vi.resolve("ranking.xlsx"))) {
      assertThat(sheetNames(wb))
          .containsExactly("Sở, ban, ngành", "UBND huyện, thành, thị", "Ma trận tiêu chí", "Vấn đề", "Bộ tiêu chí");
      XSSFSheet sh = wb.getSheet("UBND huyện, thành, thị");
      // headed as the decision's annex (issue 19)
      assertThat(sh.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Phụ lục 2");
      assertThat(sh.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("(Kèm theo Báo cáo số …/BC-STTTT của SỞ THÔNG TIN VÀ TRUYỀN THÔNG)");
      assertThat(sh.getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("Bộ tiêu chí đánh giá mức độ Chính quyền điện tử cơ quan nhà nước tỉnh Phú Thọ");
      assertThat(sh.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Khối: UBND huyện, thành, thị — năm 2018");
      List<String> header = texts(sh.getRow(RankingXlsx.HEADER_ROW));
      assertThat(header).hasSize(14);
      assertThat(header.subList(0, 9))
          .containsExactly(
              "STT", "Đơn vị", "Điểm tự đánh giá", "Điểm thẩm định", "Điểm quy đổi", "Xếp hạng", "Xếp loại",
              "1. Hạ tầng kỹ thuật", "2. Ứng dụng CNTT trong nội bộ cơ quan");
      assertThat(header.subList(12, 14)).containsExactly("Điểm tối đa", "Mã đơn vị");
      assertThat(sh.getRow(RankingXlsx.HEADER_ROW).getCell(9).getStringCellValue()).startsWith("3. ");
    }
  }

  @Test
  void vietTriLeadsTheDistrictsWithItsHandCheckedFigures() throws IOException {
    try (XSSFWorkbook wb = open(vi.resolve("ranking.xlsx"))) {
      XSSFSheet sh = wb.getSheet("UBND huyện, thành, thị");
      Row first = sh.getRow(RankingXlsx.HEADER_ROW + 1);
      assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("UBND thành phố Việt Trì");
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(142.8); // self
      assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(142.7); // appraised
      assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(95.1); // 142.7 / 150 × 100
      assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(1);
      assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Tốt");
      assertThat(first.getCell(12).getNumericCellValue()).isEqualTo(150);
      assertThat(first.getCell(13).getStringCellValue()).isEqualTo("VIETTRI");
      // the file holds the decimal as published, not a binary neighbour
      assertThat(((org.apache.poi.xssf.usermodel.XSSFCell) first.getCell(4)).getCTCell().getV()).isEqualTo("95.1");
    }
  }

  @Test
  void tiedUnitsShareTheirRankInNameOrderAndUnrankedUnitsFollowInWords() throws IOException {
    try (XSSFWorkbook wb = open(vi.resolve("ranking.xlsx"))) {
      XSSFSheet sh = wb.getSheet("Sở, ban, ngành");
      Row sct = unitRow(sh, "Sở Công Thương");
      Row sxd = unitRow(sh, "Sở Xây dựng");
      assertThat(sxd.getRowNum()).isEqualTo(sct.getRowNum() + 1);
      for (Row r : List.of(sct, sxd)) {
        assertThat(r.getCell(4).getNumericCellValue()).isEqualTo(89.9);
        assertThat(r.getCell(5).getNumericCellValue()).isEqualTo(4);
      }
      Row police = unitRow(sh, "Công an tỉnh Phú Thọ");
      assertThat(police.getCell(5).getStringCellValue()).isEqualTo("Không xếp hạng");
      assertThat(police.getCell(4).getNumericCellValue()).isEqualTo(70.2);
      Row last = sh.getRow(sh.getLastRowNum());
      assertThat(last.getCell(1).getStringCellValue()).isEqualTo("Ban Dân tộc");
      assertThat(last.getCell(5).getStringCellValue()).isEqualTo("Chưa nộp báo cáo");
      assertThat(last.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(sh.getLastRowNum()).isEqualTo(RankingXlsx.HEADER_ROW + 25);
    }
  }

  @Test
  void figuresShowTheSetsPrecisionHeadersAreFrozenAndFiltered() throws IOException {
    try (XSSFWorkbook wb = open(vi.resolve("ranking.xlsx"))) {
      XSSFSheet sh = wb.getSheet("Sở, ban, ngành");
      Row first = sh.getRow(RankingXlsx.HEADER_ROW + 1);
      for (int c : new int[] {2, 3, 4, 7}) {
        assertThat(first.getCell(c).getCellStyle().getDataFormatString()).as("column %d", c).isEqualTo("0.0");
      }
      PaneInformation pane = sh.getPaneInformation();
      assertThat(pane.isFreezePane()).isTrue();
      assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) (RankingXlsx.HEADER_ROW + 1));
      assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 2);
      // 25 units below the header in row 4; 7 + 5 groups + max + id = 14 columns
      assertThat(sh.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A6:N31");
      assertThat(wb.getSheet("Vấn đề").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F3");
    }
  }

  @Test
  void classCellsAreColouredOneRulePerBandInBandOrder() throws IOException {
    try (XSSFWorkbook wb = open(vi.resolve("ranking.xlsx"))) {
      XSSFSheet sh = wb.getSheet("Sở, ban, ngành");
      var cf = sh.getSheetConditionalFormatting();
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
        ConditionalFormatting f = cf.getConditionalFormattingAt(i);
        assertThat(f.getFormattingRanges()[0].formatAsString()).isEqualTo("G7:G31");
        labels.add(f.getRule(0).getFormula1());
        assertThat(f.getRule(0).getPatternFormatting().getFillBackgroundColorColor()).isNotNull();
      }
      assertThat(labels).containsExactly("\"Tốt\"", "\"Khá\"", "\"Trung bình\"", "\"Yếu\"");
    }
  }

  @Test
  void eachGroupSheetHasABarChartOfItsScoredUnits() throws IOException {
    try (XSSFWorkbook wb = open(vi.resolve("ranking.xlsx"))) {
      for (String name : List.of("Sở, ban, ngành", "UBND huyện, thành, thị")) {
        XSSFDrawing drawing = wb.getSheet(name).getDrawingPatriarch();
        assertThat(drawing).as(name).isNotNull();
        List<XSSFChart> charts = drawing.getCharts();
        assertThat(charts).as(name).hasSize(1);
        List<XDDFChartData> data = charts.get(0).getChartSeries();
        assertThat(data.get(0)).isInstanceOf(XDDFBarChartData.class);
        XDDFChartData.Series series = data.get(0).getSeries(0);
        assertThat(series.getValuesData().getDataRangeReference()).contains("$E$7");
        assertThat(charts.get(0).getTitleText().getString()).isEqualTo("Điểm quy đổi — " + name);
      }
      XDDFChartData.Series departments =
          wb.getSheet("Sở, ban, ngành").getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeries(0);
      // 22 ranked + 2 scored but not ranked; Ban Dân tộc sent nothing
      assertThat(departments.getCategoryData().getPointCount()).isEqualTo(24);
      assertThat(departments.getCategoryData().getPointAt(0)).isEqualTo("Sở Thông tin và Truyền thông");
    }
  }

  @Test
  void listsEveryProblemWithItsPlace() throws IOException {
    try (XSSFWorkbook wb = open(vi.resolve("ranking.xlsx"))) {
      XSSFSheet sh = wb.getSheet("Vấn đề");
      assertThat(texts(sh.getRow(0))).containsExactly("Mức độ", "Tệp", "Vị trí", "Đơn vị", "Chỉ tiêu", "Nội dung");
      List<List<String>> rows = new ArrayList<>();
      for (int r = 1; r <= sh.getLastRowNum(); r++) {
        rows.add(texts(sh.getRow(r)));
      }
      assertThat(rows).hasSize(2);
      assertThat(rows)
          .anySatisfy(
              r -> {
                assertThat(r.subList(0, 5))
                    .containsExactly("Cảnh báo", "samples/phu-tho-2018/wide/tu-danh-gia-2018.csv", "12:13", "STTTT", "digital_signatures");
                assertThat(r.get(5)).startsWith("digital_signatures <= staff_total không thỏa (digital_signatures = 42");
              });
    }
  }

  @Test
  void theMatrixHoldsSelfAndAppraisedPointsPerCriterion() throws IOException {
    try (XSSFWorkbook wb = open(vi.resolve("ranking.xlsx"))) {
      XSSFSheet sh = wb.getSheet("Ma trận tiêu chí");
      Row units = sh.getRow(1);
      int col = -1;
      for (Cell c : units) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("UBND thành phố Việt Trì")) {
          col = c.getColumnIndex();
        }
      }
      assertThat(col).isPositive();
      assertThat(sh.getRow(2).getCell(col).getStringCellValue()).isEqualTo("Tự đánh giá");
      assertThat(sh.getRow(2).getCell(col + 1).getStringCellValue()).isEqualTo("Thẩm định");
      Row c31 = null;
      Row c12a = null;
      Row total = null;
      for (Row r : sh) {
        Cell id = r.getCell(0);
        String text = id == null || id.getCellType() != CellType.STRING ? "" : id.getStringCellValue();
        if (text.equals("3.1")) {
          c31 = r;
        } else if (text.equals("1.2.a")) {
          c12a = r;
        } else if (r.getCell(1) != null && r.getCell(1).getCellType() == CellType.STRING
            && r.getCell(1).getStringCellValue().equals("Tổng điểm")) {
          total = r;
        }
      }
      // 3.1 on-time records: self 31.120 / 32.052 × 15 → 14.6; appraised 30.938 → 14.5
      assertThat(c31.getCell(col).getNumericCellValue()).isEqualTo(14.6);
      assertThat(c31.getCell(col + 1).getNumericCellValue()).isEqualTo(14.5);
      assertThat(c12a.getCell(0).getCellStyle().getIndention()).isEqualTo((short) 4); // sub-criterion
      assertThat(total.getCell(col).getNumericCellValue()).isEqualTo(142.8);
      assertThat(total.getCell(col + 1).getNumericCellValue()).isEqualTo(142.7);
      // max per unit group: 1.3 (video conference) is for districts only
      Row c13 = null;
      for (Row r : sh) {
        if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING && r.getCell(0).getStringCellValue().equals("1.3")) {
          c13 = r;
        }
      }
      assertThat(c13.getCell(2).getStringCellValue()).isEqualTo("—");
      assertThat(c13.getCell(3).getNumericCellValue()).isEqualTo(5);
    }
  }

  @Test
  void theCriteriaSheetDescribesEveryCriterion() throws IOException {
    try (XSSFWorkbook wb = open(vi.resolve("ranking.xlsx"))) {
      XSSFSheet sh = wb.getSheet("Bộ tiêu chí");
      assertThat(texts(sh.getRow(0)))
          .containsExactly(
              "Nhóm tiêu chí", "Mã", "Tiêu chí", "Loại điểm", "Cách tính điểm", "Được khai N/A",
              "Tối đa — Sở, ban, ngành", "Tối đa — UBND huyện, thành, thị");
      List<String> row11 = texts(sh.getRow(1));
      assertThat(row11.subList(0, 4))
          .containsExactly("1. Hạ tầng kỹ thuật", "1.1", "Tỷ lệ cán bộ, công chức được trang bị máy tính phục vụ công việc", "Điểm chuẩn");
      assertThat(row11.get(4)).isEqualTo("Theo mức (bands)");
      assertThat(sh.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(10);
      assertThat(texts(sh.getRow(2)).get(4)).isEqualTo("Cộng điểm các tiêu chí con"); // 1.2 has sub-criteria
      assertThat(sh.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
    }
  }

  @Test
  void documentPropertiesCarryNoClockTime() throws IOException {
    try (XSSFWorkbook wb = open(vi.resolve("ranking.xlsx"))) {
      var core = wb.getProperties().getCoreProperties();
      assertThat(core.getCreator()).isEqualTo("egov");
      assertThat(core.getCreated()).isNull();
      assertThat(core.getModified()).isNull();
    }
  }

  @Test
  void twoRunsGiveByteIdenticalWorkbooks() throws IOException {
    Path again = assess(tmp.resolve("again"));
    assertThat(Files.readAllBytes(again.resolve("ranking.xlsx"))).isEqualTo(Files.readAllBytes(vi.resolve("ranking.xlsx")));
    try (var zip = new java.util.zip.ZipFile(again.resolve("ranking.xlsx").toFile())) {
      zip.stream().forEach(e -> assertThat(e.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(1980, 2, 1, 0, 0)));
    }
  }

  @Test
  void englishLabelsRenameTheFixedSheetsAndHeaders() throws IOException {
    Path en = assess(tmp.resolve("en"), "--lang", "en");
    try (XSSFWorkbook wb = open(en.resolve("ranking.xlsx"))) {
      assertThat(sheetNames(wb))
          .containsExactly("Sở, ban, ngành", "UBND huyện, thành, thị", "Criteria matrix", "Problems", "Criteria set");
      List<String> header = texts(wb.getSheet("Sở, ban, ngành").getRow(RankingXlsx.HEADER_ROW));
      assertThat(header.subList(0, 7))
          .containsExactly("No.", "Unit", "Self-assessed points", "Appraised points", "Score", "Rank", "Class");
      Row police = unitRow(wb.getSheet("Sở, ban, ngành"), "Công an tỉnh Phú Thọ");
      assertThat(police.getCell(5).getStringCellValue()).isEqualTo("Not ranked");
      assertThat(texts(wb.getSheet("Problems").getRow(1)).get(0)).isEqualTo("Warning");
    }
  }

  @Test
  void aUnitNamedLikeAFormulaStaysText(@TempDir Path dir) throws IOException {
    Path out = hostileNames(dir, "xlsx");
    try (XSSFWorkbook wb = open(out.resolve("ranking.xlsx"))) {
      XSSFSheet sh = wb.getSheet("Nhóm một");
      Cell name = sh.getRow(RankingXlsx.HEADER_ROW + 1).getCell(1);
      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
      for (var sheet : wb) {
        for (Row r : sheet) {
          for (Cell c : r) {
            assertThat(c.getCellType()).as("%s!%s", sheet.getSheetName(), c.getAddress()).isNotEqualTo(CellType.FORMULA);
          }
        }
      }
      // the matrix header carries the name too
      assertThat(wb.getSheet("Ma trận tiêu chí").getRow(1).getCell(3).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
    }
  }

  @Test
  void sheetNamesAreValidAndDistinct() {
    java.util.Set<String> taken = new java.util.HashSet<>();
    assertThat(XlsxCells.sheetName("Khối [A]: x/y*z?", "a", taken)).isEqualTo("Khối A x y z");
    assertThat(XlsxCells.sheetName("'Quoted'", "a", taken)).isEqualTo("Quoted");
    String longName = "UBND các xã, phường, thị trấn thuộc huyện";
    assertThat(XlsxCells.sheetName(longName, "a", taken)).hasSize(31);
    assertThat(XlsxCells.sheetName(longName, "a", taken)).hasSize(31).endsWith(" (2)");
    assertThat(XlsxCells.sheetName("history", "a", taken)).isEqualTo("history (2)");
    assertThat(XlsxCells.sheetName("  ", "b", taken)).isEqualTo("b");
    assertThat(XlsxCells.sheetName("QUOTED", "a", taken)).isEqualTo("QUOTED (2)");
  }
}
