package vn.egov.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/**
 * Issue 14: {@code template -o DIR} into a folder that already holds what units sent back, and file
 * names that templates and scorecards share (collisions, very long ids).
 */
class TemplateFolderTest {
  static final String CRITERIA = TemplateCommandTest.CRITERIA;
  static final String UNITS = TemplateCommandTest.UNITS;

  @TempDir Path tmp;

  /** Types 118 into the value cell of {@code staff_with_pc}, as Hạ Hòa would, and saves. */
  private static byte[] fill(Path workbook) throws IOException {
    try (XSSFWorkbook wb = Workbooks.open(workbook)) {
      XSSFSheet s = wb.getSheetAt(1);
      XSSFRow row = Workbooks.inputRow(s, "staff_with_pc");
      row.getCell(4).setCellValue(118);
      try (OutputStream out = Files.newOutputStream(workbook)) {
        wb.write(out);
      }
    }
    return Files.readAllBytes(workbook);
  }

  private Cli.Run template(Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("template", "-c", CRITERIA, "--units", UNITS, "--unit", "HAHOA", "--unit", "VIETTRI", "-o", out.toString(), "--lang", "en"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void aFilledReportInTheFolderIsLeftAsItIsAndTheOtherTemplatesAreWritten() throws IOException {
    Path out = tmp.resolve("mau");
    assertThat(template(out).exit()).isZero();
    byte[] filled = fill(out.resolve("HAHOA.xlsx"));
    Files.delete(out.resolve("VIETTRI.xlsx"));

    Cli.Run again = template(out);

    assertThat(again.exit()).as(again.err()).isEqualTo(1);
    assertThat(Files.readAllBytes(out.resolve("HAHOA.xlsx"))).as("Hạ Hòa's figures are still there").isEqualTo(filled);
    assertThat(out.resolve("VIETTRI.xlsx")).exists();
    assertThat(again.out().lines().toList()).containsExactly(out.resolve("VIETTRI.xlsx").toString());
    assertThat(again.err().lines().toList())
        .containsExactly(
            out.resolve("HAHOA.xlsx") + ": warning: left as it is: this file differs from the template egov would write (a unit's filled report?); use --force to replace it",
            "Wrote 1 self-assessment templates to " + out + "; left 1 files as they were (they differ from the template; --force replaces them)");
  }

  @Test
  void forceReplacesIt() throws IOException {
    Path out = tmp.resolve("mau");
    assertThat(template(out).exit()).isZero();
    byte[] template = Files.readAllBytes(out.resolve("HAHOA.xlsx"));
    fill(out.resolve("HAHOA.xlsx"));

    Cli.Run forced = template(out, "--force");

    assertThat(forced.exit()).as(forced.err()).isZero();
    assertThat(Files.readAllBytes(out.resolve("HAHOA.xlsx"))).isEqualTo(template);
    assertThat(forced.err()).isEqualTo("Wrote 2 self-assessment templates to " + out + System.lineSeparator());
  }

  @Test
  void theSameTemplateAlreadyThereIsNoReasonToWarn() throws IOException {
    Path out = tmp.resolve("mau");
    assertThat(template(out).exit()).isZero();
    Cli.Run again = template(out);
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).isEqualTo("Wrote 2 self-assessment templates to " + out + System.lineSeparator());
  }

  // ---- names shared with the scorecards ----

  private static final String TINY_WITH_UNITS =
      TemplateCommandTest.TINY
          + "units:\n"
          + "  - {id: ABC, name: Đơn vị hoa, group: g}\n"
          + "  - {id: abc, name: Đơn vị thường, group: g}\n"
          + "  - {id: " + "X".repeat(300) + ", name: Đơn vị dài, group: g}\n"
          + "  - {id: " + "X".repeat(299) + "Y, name: Đơn vị dài khác, group: g}\n";

  private static List<String> names(Path dir, String extension) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(extension))
          .map(n -> n.substring(0, n.length() - extension.length()))
          .sorted()
          .toList();
    }
  }

  @Test
  void templatesAndScorecardsOfCollidingAndVeryLongIdsHaveTheSameNames() throws IOException {
    Path criteria = Files.writeString(tmp.resolve("c.yaml"), TINY_WITH_UNITS, StandardCharsets.UTF_8);
    Path templates = tmp.resolve("mau");
    Cli.Run t = Cli.run("template", "-c", criteria.toString(), "--all", "-o", templates.toString());
    assertThat(t.exit()).as(t.err()).isZero();

    // abc scores better than ABC, so it comes first in the published order
    StringBuilder csv = new StringBuilder("unit_id,a\nABC,không\nabc,có\n");
    csv.append("X".repeat(300)).append(",có\n").append("X".repeat(299)).append("Y,không\n");
    Path reports = Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve("r.csv"), csv, StandardCharsets.UTF_8);
    Path out = tmp.resolve("ket-qua");
    Cli.Run a = Cli.run("assess", "-c", criteria.toString(), reports.toString(), "-o", out.toString(), "--formats", "html");
    assertThat(a.exit()).as(a.err()).isZero();

    String longName = "X".repeat(100) + "-" + sha8("X".repeat(300));
    String otherLong = "X".repeat(100) + "-" + sha8("X".repeat(299) + "Y");
    List<String> expected = Stream.of("ABC", "abc_2", longName, otherLong).sorted().toList();
    assertThat(names(templates, ".xlsx")).isEqualTo(expected);
    assertThat(names(out.resolve("scorecards"), ".html")).isEqualTo(expected);
    assertThat((longName + "_2.xlsx").getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(120);

    // a unit picked alone keeps the name it has among the whole registry
    Path one = tmp.resolve("mot");
    Cli.Run picked = Cli.run("template", "-c", criteria.toString(), "--unit", "abc", "-o", one.toString());
    assertThat(picked.exit()).as(picked.err()).isZero();
    assertThat(names(one, ".xlsx")).containsExactly("abc_2");
  }

  private static String sha8(String s) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 4);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
