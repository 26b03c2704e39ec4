package vn.egov.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.criteria.CriteriaLoader;
import vn.egov.expr.Expr;
import vn.egov.expr.ExprException;
import vn.egov.ingest.CsvReader;
import vn.egov.ingest.DecimalMode;
import vn.egov.ingest.InputFiles;
import vn.egov.ingest.ReportBuilder;
import vn.egov.ingest.WorkbookReader;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Problem;
import vn.egov.model.UnitReport;
import vn.egov.text.Messages;

/** Each limit of {@link Limits}: one clear problem at its place, in bounded time (SECURITY.md). */
class LimitsTest {
  @TempDir static Path tmp;
  static CriteriaSet criteria;

  @BeforeAll
  static void loadCriteria() {
    criteria = CriteriaLoader.parse(Hostile.CRITERIA, "criteria.yaml").criteria();
  }

  /** What the readers make of one file: its problems in English, and the units read. */
  record Read(List<String> problems, List<UnitReport> reports) {}

  static Read read(Path file) {
    long started = System.nanoTime();
    ReportBuilder.Ingested in =
        ReportBuilder.read(
            criteria,
            DecimalMode.AUTO,
            List.of(new InputFiles.Input(file, file.getFileName().toString())),
            List.of(new CsvReader(criteria), new WorkbookReader(criteria)));
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("ms to read").isLessThan(20_000);
    return new Read(render(in.problems()), in.reports());
  }

  static List<String> render(List<Problem> problems) {
    Messages en = Messages.of("en");
    return problems.stream().map(p -> p.location() + ": " + en.render(p.message())).toList();
  }

  /** A file of {@code bytes} bytes that takes no disk space (sparse), starting with {@code head}. */
  static Path sparse(String name, long bytes, byte[] head) throws IOException {
    Path f = tmp.resolve(name);
    try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
      r.write(head);
      r.setLength(bytes);
    }
    return f;
  }

  @Test
  void aReportLargerThan200MbIsNotRead() throws IOException {
    Path csv = sparse("big.csv", Limits.MAX_FILE_BYTES + 1, Hostile.HEADER.getBytes(StandardCharsets.UTF_8));
    assertThat(read(csv).problems())
        .containsExactly("big.csv: the file is 200.0 MB, more than the limit of 200.0 MB; it was not read (split it into smaller files)");
  }

  @Test
  void aWorkbookLargerThan50MbIsNotRead() throws IOException {
    Path xlsx = sparse("big.xlsx", Limits.MAX_WORKBOOK_BYTES + 1024 * 1024, new byte[] {'P', 'K', 3, 4});
    assertThat(read(xlsx).problems())
        .containsExactly("big.xlsx: the file is 51.0 MB, more than the limit of 50.0 MB; it was not read (split it into smaller files)");
  }

  @Test
  void aLineLongerThan1MbStopsTheFileBeforeParsing() throws IOException {
    Path csv = Hostile.write(tmp.resolve("line.csv"), Hostile.HEADER + "A,x,a,1\n" + "B,".repeat(Limits.MAX_LINE_BYTES / 2 + 1) + "\n");
    assertThat(read(csv).problems())
        .containsExactly("line.csv:3:1: a line of 1.0 MB, more than the limit of 1.0 MB per line; the file was not read (is it really a CSV file?)");
  }

  @Test
  void rowsBeyondTwoMillionAreNotRead() throws IOException {
    Path csv = tmp.resolve("rows.csv");
    byte[] blank = ",,,\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(csv)) {
      out.write((Hostile.HEADER + "A,x,a,1\n").getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < Limits.MAX_ROWS / 10_000; i++) {
        out.write(blank);
      }
      out.write("LATE,x,a,2\n".getBytes(StandardCharsets.US_ASCII));
    }
    Read r = read(csv);
    // rows are counted from the first line, the header included: the 2,000,001st is refused
    assertThat(r.problems()).containsExactly("rows.csv:2000001:1: the table has more than 2000000 rows; the rows from here on were not read (split the file)");
    assertThat(r.reports()).extracting(UnitReport::unitId).containsExactly("A");
  }

  @Test
  void rowsWiderThan5000ColumnsStopTheTableButTrailingEmptyColumnsDoNot() throws IOException {
    String wide = "unit_id,unit_name,unit_group,pcs" + ",x".repeat(Limits.MAX_COLUMNS) + "\n";
    assertThat(read(Hostile.write(tmp.resolve("wide.csv"), wide + "A,x,a,1\n")).problems())
        .containsExactly("wide.csv:1:1: a row of 5004 columns, more than the limit of 5000; the rest of the table was not read");
    Path trailing = Hostile.write(tmp.resolve("trailing.csv"), Hostile.HEADER.strip() + ",".repeat(9_000) + "\nA,x,a,1" + ",".repeat(9_000) + "\n");
    Read r = read(trailing);
    assertThat(r.problems()).isEmpty();
    assertThat(r.reports()).extracting(UnitReport::unitId).containsExactly("A");
  }

  @Test
  void aWorkbookRowWiderThan5000ColumnsStopsTheTable() throws IOException {
    Path xlsx = tmp.resolve("wide.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
      XSSFSheet sh = wb.createSheet("Tự đánh giá");
      XSSFRow head = sh.createRow(0);
      String[] names = {"unit_id", "unit_name", "unit_group", "pcs"};
      for (int i = 0; i < names.length; i++) {
        head.createCell(i).setCellValue(names[i]);
      }
      for (int i = names.length; i <= Limits.MAX_COLUMNS; i++) {
        head.createCell(i).setCellValue("x" + i);
      }
      wb.write(out);
    }
    assertThat(read(xlsx).problems())
        .containsExactly("wide.xlsx:Tự đánh giá!A1: a row of 5001 columns, more than the limit of 5000; the rest of the table was not read");
  }

  @Test
  void aCellLongerThanExcelAllowsIsReportedAndCountsAsBlank() throws IOException {
    String name = "N".repeat(Limits.MAX_CELL_CHARS + 1);
    Read r = read(Hostile.write(tmp.resolve("cell.csv"), Hostile.HEADER + "A," + name + ",a,7\n"));
    assertThat(r.problems())
        .containsExactly("cell.csv:2:2: a cell of 32768 characters, more than the limit of 32767 (as in Excel); it counts as blank");
    assertThat(r.reports()).singleElement().satisfies(u -> {
      assertThat(u.unitId()).isEqualTo("A");
      assertThat(u.entries().get("pcs").self().value()).hasToString("Num[value=7]");
    });
  }

  @Test
  void aForgedHugeNumberInAWorkbookIsNotExpandedDigitByDigit() throws IOException {
    Path xlsx = tmp.resolve("number.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
      XSSFSheet sh = wb.createSheet("S");
      String[] head = {"unit_id", "unit_name", "unit_group", "pcs"};
      for (int i = 0; i < head.length; i++) {
        sh.createRow(0).getCell(i);
      }
      XSSFRow h = sh.getRow(0);
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      XSSFRow row = sh.createRow(1);
      row.createCell(0).setCellValue("A");
      row.createCell(1).setCellValue("x");
      row.createCell(2).setCellValue("a");
      row.createCell(3).setCellValue(12345);
      wb.write(out);
    }
    byte[] original = Files.readAllBytes(xlsx);
    // beyond any double Excel stores; 1E999999999 would be expanded into a billion digits (out of
    // memory): both read as text, so the value is reported where it is, at once
    for (String forged : List.of("1E400", "1E999999999")) {
      Files.write(xlsx, replaceInZip(original, "xl/worksheets/sheet1.xml", "<v>12345.0</v>", "<v>" + forged + "</v>"));
      assertThat(read(xlsx).problems())
          .containsExactly("number.xlsx:S!D2: '" + forged + "' is not a whole number; expected an integer such as 32052 or 32.052");
    }
  }

  @Test
  void aCellBeyondExcelsLastColumnIsRefusedBeforeFastexcelReadsIt() throws IOException {
    Path xlsx = tmp.resolve("column.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
      XSSFRow row = wb.createSheet("S").createRow(0);
      row.createCell(0).setCellValue("unit_id");
      row.createCell(1).setCellValue("pcs");
      wb.write(out);
    }
    // fuzz finding 6: fastexcel-reader filled a list up to this column's index, out of memory
    Files.write(xlsx, replaceInZip(Files.readAllBytes(xlsx), "xl/worksheets/sheet1.xml", "r=\"B1\"", "r=\"ENNNNNNNNNNNN1\""));
    assertThat(read(xlsx).problems())
        .containsExactly("column.xlsx: the workbook's part xl/worksheets/sheet1.xml names a cell beyond column XFD, the last Excel has; the file is refused as damaged or forged");
  }

  @Test
  void aWorkbookOfTenThousandEntriesIsRefused() throws IOException {
    Path xlsx = Hostile.write(tmp.resolve("entries.xlsx"), Hostile.zipOfEntries(Limits.MAX_ZIP_ENTRIES + 1));
    assertThat(read(xlsx).problems())
        .containsExactly("entries.xlsx: the workbook holds 10001 zip entries, more than the limit of 10000; the file is refused");
  }

  @Test
  void expressionsLongerThan2000CharactersAreRefusedInTheCriteriaSet() {
    String value = "pcs" + " + pcs".repeat(400);
    String yaml = Hostile.CRITERIA.replace("value: pcs, each: 1", "value: " + value + ", each: 1");
    CriteriaLoader.Loaded l = CriteriaLoader.parse(yaml, "criteria.yaml");
    assertThat(l.ok()).isFalse();
    assertThat(render(l.problems())).singleElement().asString().contains("expression of 2403 characters, more than the limit of 2000");
  }

  @Test
  void numbersBeyond10To30AreRefusedInTheCriteriaSet() {
    CriteriaLoader.Loaded l = CriteriaLoader.parse(Hostile.CRITERIA.replace("max: 10", "max: 1e1000000500"), "criteria.yaml");
    assertThat(render(l.problems()))
        .containsExactly("criteria.yaml:12:14: max: 1e1000000500 is out of range; numbers in a criteria set lie between 10^-30 and 10^30");
  }

  @Test
  void aMalformedYamlTagIsASyntaxError() {
    // fuzz finding 7: SnakeYAML threw IllegalArgumentException out of the loader
    CriteriaLoader.Loaded l = CriteriaLoader.parse("!-m+-%e", "criteria.yaml");
    assertThat(render(l.problems())).singleElement().asString().startsWith("criteria.yaml:1:1: ").contains("Tag must not contain");
  }

  @Test
  void anAliasToACollectionThatContainsItIsRefused() {
    // fuzz finding 8: the loader followed "&c {criteria: [*c]}" until its stack overflowed
    String yaml =
        "schema: egov-criteria/1\nid: t\ntitle: t\nunit_groups: [{id: a, name: A}]\ngroups:\n"
            + "  - id: g\n    name: G\n    criteria:\n      - &c {id: x, name: x, max: 1, criteria: [*c]}\n";
    CriteriaLoader.Loaded l = CriteriaLoader.parse(yaml, "criteria.yaml");
    assertThat(render(l.problems()))
        .containsExactly(
            "criteria.yaml:9:47: not valid YAML: with its aliases (*name) followed, lists and mappings nest more than"
                + " 40 levels deep, or an alias refers to a list or mapping that contains it");
  }

  @Test
  void aCriteriaFileLargerThan200MbIsNotRead() throws IOException {
    Path yaml = sparse("big.yaml", Limits.MAX_FILE_BYTES + 1, "schema: egov-criteria/1\n".getBytes(StandardCharsets.UTF_8));
    CriteriaLoader.Loaded l = CriteriaLoader.load(yaml, "big.yaml");
    assertThat(render(l.problems())).containsExactly("big.yaml: the file is 200 MB, more than the limit of 200 MB; it was not read (split it into smaller files)");
  }

  /** Fuzzing findings in expressions (SECURITY.md), each a clear answer in milliseconds. */
  @Test
  void expressionsThatCrashedOrHungEvalExAreSyntaxErrorsOrUndefined() throws ExprException {
    assertThatThrownBy(() -> Expr.compile("max(+, b, c) - abs(-d) ^ 2"))
        .isInstanceOf(ExprException.class)
        .hasMessageContaining("cannot read the expression");
    assertThatThrownBy(() -> Expr.compile("1e999991e1000000999999999 + 1")).isInstanceOf(ExprException.class);
    assertThatThrownBy(() -> Expr.compile("1^-1e100000011^-1 ^-1 ^-1"))
        .isInstanceOf(ExprException.class)
        .hasMessageContaining("number out of range '1e100000011'");
    long started = System.nanoTime();
    assertThat(Expr.compile("10 ^ 10 ^ a").evaluate(Map.of("a", new BigDecimal("100000"))).defined()).isFalse();
    assertThat(Expr.compile("(10 ^ 900) ^ 1000").evaluate(Map.of()).defined()).isFalse();
    assertThat(Expr.compile("2 ^ 10").evaluate(Map.of()).value()).isEqualByComparingTo("1024");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(2_000);
  }

  /** round's decimals are bounded: a huge n would allocate its digits before failing. */
  @Test
  void roundingToAHugeNumberOfDecimalsIsUndefinedAtOnce() throws ExprException {
    long started = System.nanoTime();
    assertThat(Expr.compile("round(a, 999999999)").evaluate(Map.of("a", BigDecimal.ONE)).defined()).isFalse();
    assertThat(Expr.compile("round(a, 0.5)").evaluate(Map.of("a", BigDecimal.ONE)).defined()).isFalse();
    assertThat(Expr.compile("round(a, 100)").evaluate(Map.of("a", BigDecimal.ONE)).value().scale()).isEqualTo(100);
    assertThat(Expr.compile("2 ^ 0.5").evaluate(Map.of()).defined()).isFalse(); // no binary floating point
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(2_000);
  }

  static byte[] replaceInZip(byte[] zip, String entry, String from, String to) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals(entry)) {
          String xml = new String(data, StandardCharsets.UTF_8);
          assertThat(xml).contains(from);
          data = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(data);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
