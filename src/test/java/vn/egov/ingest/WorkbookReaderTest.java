package vn.egov.ingest;

import vn.egov.text.CsvDelimiter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;
import vn.egov.criteria.CriteriaLoader;
import vn.egov.model.CriteriaSet;
import vn.egov.model.InputDef;
import vn.egov.model.InputType;
import vn.egov.model.Value;
import vn.egov.testing.Assess;

/** Workbooks give exactly what the same data gives as CSV; hostile files give one clear line. */
class WorkbookReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SAMPLE = Path.of("samples/phu-tho-2018");
  private static final String CRITERIA = "criteria/phu-tho-2018.yaml";

  @TempDir Path dir;

  // ---- equivalence with CSV on the sample ----

  private static List<List<String>> csv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\ufeff", "");
    char delimiter = CsvDelimiter.detect(text);
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord r : CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
      rows.add(r.toList());
    }
    return rows;
  }

  /**
   * Writes the table into a workbook as an office would: an instructions sheet first, numbers as
   * numeric cells (percent inputs as 0.9652 formatted 0.00%), other values as typed.
   */
  private Path workbook(List<List<String>> rows, Workbook wb, String name, boolean typed) throws IOException {
    CriteriaSet set = CriteriaLoader.load(Path.of(CRITERIA), CRITERIA).criteria();
    ValueParser parser = new ValueParser(DecimalMode.AUTO);
    CellStyle percent = wb.createCellStyle();
    percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
    wb.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("Điền số liệu vào trang sau");
    Sheet s = wb.createSheet("Số liệu");
    List<String> header = rows.get(0);
    int inputCol = header.indexOf("input_id");
    for (int i = 0; i < rows.size(); i++) {
      Row row = s.createRow(i + 2); // two blank rows above the table
      for (int j = 0; j < rows.get(i).size(); j++) {
        String text = rows.get(i).get(j);
        if (text.isEmpty()) {
          continue;
        }
        Cell c = row.createCell(j);
        String inputId = i == 0 ? null : inputCol >= 0 ? rows.get(i).get(inputCol) : header.get(j).replace("@appraised", "");
        InputDef def = inputId == null ? null : set.input(inputId).orElse(null);
        boolean valueColumn = inputCol < 0 || header.get(j).equals("value") || header.get(j).equals("appraised");
        if (typed && def != null && valueColumn && def.type() != InputType.TEXT && def.type() != InputType.BOOLEAN && def.type() != InputType.CHOICE
            && parser.parse(text, def).value() instanceof Value.Num n) {
          if (def.type() == InputType.PERCENT) {
            c.setCellValue(n.value().movePointLeft(2).doubleValue());
            c.setCellStyle(percent);
          } else {
            c.setCellValue(n.value().doubleValue());
          }
        } else {
          c.setCellValue(text);
        }
      }
    }
    Path out = dir.resolve(name);
    try (OutputStream o = Files.newOutputStream(out)) {
      wb.write(o);
    }
    wb.close();
    return out;
  }

  private JsonNode assess(Path input, String out) throws IOException {
    Cli.Run run = Cli.run("assess", "-c", CRITERIA, input.toString(), "--units", SAMPLE.resolve("units.csv").toString(), "-o", dir.resolve(out).toString());
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode units = JSON.readTree(dir.resolve(out).resolve("results.json").toFile()).get("units");
    for (JsonNode u : units) {
      if (u.has("inputs")) {
        u.get("inputs").forEach(i -> ((ObjectNode) i).remove(List.of("note", "evidence")));
      }
    }
    return units;
  }

  private void assertSameUnits(JsonNode expected, JsonNode actual) {
    assertThat(actual.size()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i).equals(expected.get(i))).as("unit %s", expected.get(i).get("id")).isTrue();
    }
  }

  @Test
  void longAndWideWorkbooksGiveTheResultsOfTheSameDataAsCsv() throws IOException {
    JsonNode expected = assess(SAMPLE.resolve("wide"), "csv");
    List<List<String>> wide = csv(SAMPLE.resolve("wide/tu-danh-gia-2018.csv"));
    List<List<String>> lng = csv(SAMPLE.resolve("long/tu-danh-gia-2018.csv"));
    assertSameUnits(expected, assess(workbook(wide, new XSSFWorkbook(), "wide-text.xlsx", false), "a"));
    assertSameUnits(expected, assess(workbook(wide, new XSSFWorkbook(), "wide-typed.xlsx", true), "b"));
    assertSameUnits(expected, assess(workbook(lng, new XSSFWorkbook(), "long-typed.xlsx", true), "c"));
    assertSameUnits(expected, assess(workbook(wide, new HSSFWorkbook(), "wide-typed.xls", true), "d"));
    assertSameUnits(expected, assess(workbook(lng, new HSSFWorkbook(), "long-text.xls", false), "e"));
  }

  // ---- cells ----

  private static final String YAML =
      Assess.HEAD
          + "unit_groups: [{id: a, name: A}]\n"
          + "groups:\n  - id: G\n    name: G\n    criteria:\n"
          + "      - {id: c1, name: c1, max: 10, inputs: [{id: rate, label: r, type: percent}], method: {type: proportional, value: rate, target: 100}}\n"
          + "      - {id: c2, name: c2, max: 10, inputs: [{id: n, label: n, type: integer}], method: {type: count, value: n / 10000, each: 1}}\n"
          + "      - {id: c3, name: c3, max: 2, inputs: [{id: ok, label: ok, type: boolean}], method: {type: boolean, input: ok}}\n"
          + "      - {id: c4, name: c4, max: 5, inputs: [{id: f, label: f, type: number}, {id: doc, label: d, type: text, required: false}], method: {type: formula, expr: f}}\n";

  private ReportBuilder.Ingested read(Path file) throws IOException {
    Path c = Files.writeString(dir.resolve("c.yaml"), YAML);
    CriteriaSet set = CriteriaLoader.load(c, "c.yaml").criteria();
    ReportBuilder b = new ReportBuilder(set, DecimalMode.AUTO);
    new WorkbookReader(set).read(file, file.getFileName().toString(), b);
    return b.result();
  }

  private static Path save(Workbook wb, Path file) throws IOException {
    try (OutputStream o = Files.newOutputStream(file)) {
      wb.write(o);
    }
    wb.close();
    return file;
  }

  private static BigDecimal num(ReportBuilder.Ingested in, String input) {
    return ((Value.Num) in.reports().get(0).entries().get(input).self().value()).value();
  }

  @Test
  void readsStoredNumbersPercentFormulasTextNumbersDatesAndBooleans() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Tự đánh giá");
    Row h = s.createRow(0);
    String[] head = {"Mã đơn vị", "Nhóm", "rate", "n", "ok", "f", "doc"};
    for (int i = 0; i < head.length; i++) {
      h.createCell(i).setCellValue(head[i]);
    }
    Row r = s.createRow(1);
    r.createCell(0).setCellValue("U1");
    r.createCell(1).setCellValue("a");
    CellStyle pct = wb.createCellStyle();
    pct.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
    r.createCell(2).setCellValue(0.9652);
    r.getCell(2).setCellStyle(pct);
    r.createCell(3).setCellValue("32.052");
    r.createCell(4).setCellValue(true);
    r.createCell(5).setCellFormula("2+1.5");
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
    r.createCell(6).setCellValue(43400);
    r.getCell(6).setCellStyle(date);
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    ReportBuilder.Ingested in = read(save(wb, dir.resolve("cells.xlsx")));
    assertThat(in.problems()).isEmpty();
    assertThat(num(in, "rate")).isEqualByComparingTo("96.52");
    assertThat(num(in, "n")).isEqualByComparingTo("32052");
    assertThat(in.reports().get(0).entries().get("ok").self().value()).isEqualTo(new Value.Bool(true));
    assertThat(num(in, "f")).isEqualByComparingTo("3.5");
    assertThat(in.reports().get(0).entries().get("doc").self().value()).isEqualTo(new Value.Text("27/10/2018"));
    assertThat(in.reports().get(0).entries().get("rate").self().location().toString()).isEqualTo("cells.xlsx:Tự đánh giá!C2");
  }

  @Test
  void reportsUnreadableCellsAtTheirAddress() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Data");
    Row h = s.createRow(3);
    h.createCell(1).setCellValue("unit_id");
    h.createCell(2).setCellValue("unit_group");
    h.createCell(3).setCellValue("n");
    Row r = s.createRow(4);
    r.createCell(1).setCellValue("U1");
    r.createCell(2).setCellValue("a");
    r.createCell(3).setCellValue(12.5);
    ReportBuilder.Ingested in = read(save(wb, dir.resolve("bad.xlsx")));
    assertThat(Assess.render(in.problems())).containsExactly("Data!D5: error: '12.5' is not a whole number; expected an integer such as 32052 or 32.052");
  }

  @Test
  void skipsHiddenSheetsAndUsesTheVisibleOneWithAHeader() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    for (String name : new String[] {"Cũ", "Mới"}) {
      Sheet s = wb.createSheet(name);
      s.createRow(0).createCell(0).setCellValue("unit_id");
      s.getRow(0).createCell(1).setCellValue("unit_group");
      s.getRow(0).createCell(2).setCellValue("n");
      Row r = s.createRow(1);
      r.createCell(0).setCellValue("U1");
      r.createCell(1).setCellValue("a");
      r.createCell(2).setCellValue(name.equals("Cũ") ? 1 : 2);
    }
    wb.setSheetHidden(0, true);
    ReportBuilder.Ingested in = read(save(wb, dir.resolve("hidden.xlsx")));
    assertThat(num(in, "n")).isEqualByComparingTo("2");
  }

  @Test
  void usesAHiddenSheetWhenItIsTheOnlyOneWithAHeader() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("Bìa").createRow(0).createCell(0).setCellValue("Báo cáo tự đánh giá 2018");
    Sheet s = wb.createSheet("Số liệu");
    s.createRow(0).createCell(0).setCellValue("unit_id");
    s.getRow(0).createCell(1).setCellValue("unit_group");
    s.getRow(0).createCell(2).setCellValue("n");
    Row r = s.createRow(1);
    r.createCell(0).setCellValue("U1");
    r.createCell(1).setCellValue("a");
    r.createCell(2).setCellValue(7);
    wb.setSheetHidden(1, true);
    ReportBuilder.Ingested in = read(save(wb, dir.resolve("only-hidden.xlsx")));
    assertThat(num(in, "n")).isEqualByComparingTo("7");
  }

  @Test
  void readsMergedUnitCellsOfALongTableAsTheUnitOfEveryRowTheyCover() throws IOException {
    for (Workbook wb : new Workbook[] {new XSSFWorkbook(), new HSSFWorkbook()}) {
      Sheet s = wb.createSheet("Long");
      Row h = s.createRow(0);
      String[] head = {"Mã đơn vị", "Nhóm", "Mã chỉ tiêu", "Giá trị"};
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      String[][] rows = {{"U1", "a", "n", "5"}, {"", "", "f", "2"}, {"U2", "a", "n", "6"}, {"", "", "f", "1"}};
      for (int i = 0; i < rows.length; i++) {
        Row r = s.createRow(i + 1);
        for (int j = 0; j < 4; j++) {
          if (!rows[i][j].isEmpty()) {
            r.createCell(j).setCellValue(rows[i][j]);
          }
        }
      }
      s.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
      s.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
      s.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
      s.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
      Path file = save(wb, dir.resolve(wb instanceof HSSFWorkbook ? "merged.xls" : "merged.xlsx"));
      ReportBuilder.Ingested in = read(file);
      assertThat(in.problems()).isEmpty();
      assertThat(in.reports()).hasSize(2);
      assertThat(((Value.Num) in.reports().get(1).entries().get("f").self().value()).value()).isEqualByComparingTo("1");
    }
  }

  @Test
  void readsAMergedHeaderAndSkipsBlankAndFormattingOnlyRows() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Wide");
    Row title = s.createRow(0);
    title.createCell(0).setCellValue("BÁO CÁO SỐ LIỆU");
    s.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
    Row h = s.createRow(2);
    h.createCell(0).setCellValue("Mã đơn vị");
    h.createCell(1).setCellValue("Nhóm");
    h.createCell(2).setCellValue("n");
    s.addMergedRegion(new CellRangeAddress(2, 2, 2, 3));
    Row r = s.createRow(3);
    r.createCell(0).setCellValue("U1");
    r.createCell(1).setCellValue("a");
    r.createCell(2).setCellValue(4);
    s.createRow(4);
    CellStyle yellow = wb.createCellStyle();
    yellow.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.YELLOW.getIndex());
    for (int i = 5; i < 40; i++) {
      s.createRow(i).createCell(1).setCellStyle(yellow);
    }
    ReportBuilder.Ingested in = read(save(wb, dir.resolve("merged-header.xlsx")));
    assertThat(in.problems()).isEmpty();
    assertThat(in.reports()).hasSize(1);
    assertThat(num(in, "n")).isEqualByComparingTo("4");
  }

  // ---- hostile files ----

  private List<String> problemsOf(Path file) throws IOException {
    return Assess.render(read(file).problems());
  }

  @Test
  void refusesAPasswordProtectedWorkbook() throws Exception {
    Path plain = save(new XSSFWorkbook(), dir.resolve("plain.xlsx"));
    Path locked = dir.resolve("locked.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("matkhau");
      try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(plain.toFile());
          OutputStream os = enc.getDataStream(fs)) {
        pkg.save(os);
      }
      try (OutputStream o = Files.newOutputStream(locked)) {
        fs.writeFilesystem(o);
      }
    }
    assertThat(problemsOf(locked)).singleElement().asString().startsWith(": error: the workbook is password-protected");
  }

  @Test
  void reportsTruncatedGarbageEmptyAndDisguisedFilesInOneLineEach() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("S").createRow(0).createCell(0).setCellValue("unit_id");
    Path whole = save(wb, dir.resolve("whole.xlsx"));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(problemsOf(cut)).singleElement().asString().startsWith(": error: the workbook is damaged or incomplete");
    byte[] noise = new byte[2048];
    new java.util.Random(7).nextBytes(noise);
    noise[0] = 1;
    assertThat(problemsOf(Files.write(dir.resolve("noise.xlsx"), noise)))
        .containsExactly(": error: this is not an Excel workbook (.xlsx or .xls) nor a CSV text; save it from Excel again");
    assertThat(problemsOf(Files.write(dir.resolve("empty.xls"), new byte[0]))).containsExactly(": error: the file is empty");
    Path text = Files.writeString(dir.resolve("really.xlsx"), "unit_id,unit_group,n\nU1,a,3\n");
    ReportBuilder.Ingested in = read(text);
    assertThat(Assess.render(in.problems())).containsExactly(": warning: this file is named like a workbook but holds text; it is read as CSV");
    assertThat(num(in, "n")).isEqualByComparingTo("3");
  }

  @Test
  void refusesAZipBombBeforeInflatingIt() throws IOException {
    Path bomb = dir.resolve("bomb.xlsx");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
      z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 300; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    assertThat(Files.size(bomb)).isLessThan(1_000_000);
    assertThat(problemsOf(bomb))
        .containsExactly(": error: the workbook's part xl/worksheets/sheet1.xml would inflate to an unreasonable size; the file is refused as a possible zip bomb");
  }

  @Test
  void keepsReadingTheOtherFilesWhenOneIsBroken() throws IOException {
    Path c = Files.writeString(dir.resolve("c.yaml"), YAML);
    Files.write(dir.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
    Files.writeString(dir.resolve("ok.csv"), "unit_id,unit_group,rate,n,ok,f\nU1,a,50,10000,có,2\n");
    Cli.Run run = Cli.run("assess", "-c", c.toString(), dir.resolve("broken.xlsx").toString(), dir.resolve("ok.csv").toString(), "-o", dir.resolve("out").toString(), "--lang", "en");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("broken.xlsx: error: the workbook is damaged or incomplete");
    JsonNode u = JSON.readTree(dir.resolve("out/results.json").toFile()).get("units").get(0);
    assertThat(u.get("points").decimalValue()).isEqualByComparingTo("10.00");
  }
}
