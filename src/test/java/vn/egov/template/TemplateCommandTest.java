package vn.egov.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;
import vn.egov.text.FileNames;

/** {@code egov template} on the command line: files, formats, exit codes. */
class TemplateCommandTest {
  static final String CRITERIA = "criteria/phu-tho-2018.yaml";
  static final String UNITS = "samples/phu-tho-2018/units.csv";

  @TempDir Path tmp;

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesOneWorkbookPerUnitOfTheUnitsFile() throws IOException {
    Path out = tmp.resolve("mau");
    Cli.Run run = Cli.run("template", "-c", CRITERIA, "--units", UNITS, "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(files(out)).hasSize(38).contains("STTTT.xlsx", "VIETTRI.xlsx", "CAT.xlsx", "TANSON.xlsx");
    assertThat(run.out().lines().toList()).hasSize(38).first().isEqualTo(out.resolve("VPUBND.xlsx").toString());
    assertThat(run.err()).isEqualTo("Đã tạo 38 mẫu tự đánh giá trong " + out + System.lineSeparator());
  }

  @Test
  void allTakesTheCriteriaSetsRegistry() throws IOException {
    Path criteria = tmp.resolve("c.yaml");
    Files.writeString(criteria, TINY + "units:\n  - {id: A1, name: Đơn vị A, group: g}\n  - {id: B2, name: Đơn vị B, group: g}\n");
    Cli.Run run = Cli.run("template", "-c", criteria.toString(), "--all", "-o", tmp.resolve("o").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(files(tmp.resolve("o"))).containsExactly("A1.xlsx", "B2.xlsx");
  }

  @Test
  void rerunsGiveByteIdenticalFiles() throws Exception {
    Cli.Run first = Cli.run("template", "-c", CRITERIA, "--units", UNITS, "--unit", "STTTT", "-o", tmp.resolve("a").toString());
    // zip entry times have a two-second resolution: make sure the clock moved on
    Thread.sleep(2100);
    Cli.Run second = Cli.run("template", "-c", CRITERIA, "--units", UNITS, "--unit", "STTTT", "-o", tmp.resolve("b").toString());
    assertThat(first.exit()).isZero();
    assertThat(second.exit()).isZero();
    byte[] a = Files.readAllBytes(tmp.resolve("a/STTTT.xlsx"));
    assertThat(a).isEqualTo(Files.readAllBytes(tmp.resolve("b/STTTT.xlsx")));
    try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(a))) {
      // 1980-02-01, as every zip egov writes (output.Zips): 1980-01-01 00:00 is the JDK's "before
      // 1980" marker, stored with a time-zone dependent extended time (TimeZonesTest)
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(1980, 2, 1, 0, 0));
      }
    }
    try (XSSFWorkbook wb = Workbooks.open(tmp.resolve("a/STTTT.xlsx"))) {
      assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("egov");
      assertThat(wb.getProperties().getCoreProperties().getCreated()).isNull();
    }
  }

  @Test
  void unsafeUnitIdsStayInsideTheOutputFolder() throws IOException {
    Path units = tmp.resolve("units.csv");
    Files.writeString(units, "unit_id,unit_name,unit_group\n../../x,Đơn vị X,department\nC:\\y,Đơn vị Y,department\n");
    Path out = tmp.resolve("a/b/out");
    Cli.Run run = Cli.run("template", "-c", CRITERIA, "--units", units.toString(), "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(files(out)).containsExactly("C__y.xlsx", "___.._x.xlsx");
    assertThat(files(tmp.resolve("a"))).containsExactly("b");
    assertThat(files(tmp.resolve("a/b"))).containsExactly("out");
    try (XSSFWorkbook wb = Workbooks.open(out.resolve("___.._x.xlsx"))) {
      assertThat(Workbooks.text(wb.getSheetAt(1), "B3")).as("the id itself is kept").isEqualTo("../../x");
    }
  }

  @Test
  void fileNamesAreSafeAndDistinct() {
    assertThat(FileNames.of("STTTT")).isEqualTo("STTTT");
    assertThat(FileNames.of("..")).isEqualTo("__");
    assertThat(FileNames.of("a/b\\c:d\u0001")).isEqualTo("a_b_c_d_");
    assertThat(FileNames.of("Sở TP")).isEqualTo("S__TP");
    assertThat(FileNames.of("NUL")).isEqualTo("_NUL");
    assertThat(FileNames.of("x.")).as("Windows drops a trailing dot").isEqualTo("x_");
    // suffixes in the order of the ids, not of the list (issue 14: templates and scorecards, listed
    // in different orders, named ABC and abc the other way round)
    assertThat(FileNames.forIds(List.of("a/b", "a_b", "A_B")))
        .containsExactly(entry("A_B", "A_B"), entry("a/b", "a_b_2"), entry("a_b", "a_b_3"));
    assertThat(FileNames.forIds(List.of("abc", "ABC"))).isEqualTo(FileNames.forIds(List.of("ABC", "abc")));
  }

  @Test
  void csvFormatIsALongTableWithOneRowPerInput() throws IOException {
    Path out = tmp.resolve("csv");
    Cli.Run run = Cli.run("template", "-c", CRITERIA, "--units", UNITS, "--unit", "VIETTRI", "-o", out.toString(), "--format", "csv");
    assertThat(run.exit()).as(run.err()).isZero();
    byte[] bytes = Files.readAllBytes(out.resolve("VIETTRI.csv"));
    assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00ef\u00bb\u00bf");
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
    assertThat(lines.get(0)).isEqualTo("unit_id,unit_name,unit_group,input_id,label,unit,value,evidence,appraised,note");
    assertThat(lines).hasSize(1 + 28);
    assertThat(lines.get(1)).isEqualTo("VIETTRI,UBND thành phố Việt Trì,district,staff_with_pc,\"Số cán bộ, công chức được trang bị máy tính\",người,,,,");
    assertThat(lines).anyMatch(l -> l.startsWith("VIETTRI,UBND thành phố Việt Trì,district,video_conference,"));
    assertThat(lines).anyMatch(l -> l.equals("VIETTRI,UBND thành phố Việt Trì,district,edoc_internal,Tỷ lệ văn bản trao đổi nội bộ dưới dạng điện tử,%,,,,"));
  }

  @Test
  void csvCellsAreNeutralisedAgainstFormulas() throws IOException {
    Path units = tmp.resolve("units.csv");
    Files.writeString(units, "unit_id,unit_name,unit_group\nX,\"=HYPERLINK(\"\"http://evil\"\")\",department\n");
    Cli.Run run = Cli.run("template", "-c", CRITERIA, "--units", units.toString(), "-o", tmp.resolve("o").toString(), "--format", "csv");
    assertThat(run.exit()).as(run.err()).isZero();
    String text = Files.readString(tmp.resolve("o/X.csv"));
    assertThat(text.lines().skip(1)).allMatch(l -> l.startsWith("X,\"'=HYPERLINK(\"\"http://evil\"\")\",department,"));
  }

  @Test
  void unknownUnitIsAUsageErrorWithAHint() throws IOException {
    Path out = tmp.resolve("o");
    Cli.Run run = Cli.run("template", "-c", CRITERIA, "--units", UNITS, "--unit", "STTT", "--unit", "SNV", "-o", out.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("--unit: lỗi: đơn vị 'STTT' không có trong danh sách đơn vị samples/phu-tho-2018/units.csv; có phải là 'STTTT'?");
    assertThat(Files.exists(out)).as("nothing written").isFalse();
  }

  @Test
  void unitIdsMatchCaseInsensitively() throws IOException {
    Cli.Run run = Cli.run("template", "-c", CRITERIA, "--units", UNITS, "--unit", "stttt", "-o", tmp.resolve("o").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(files(tmp.resolve("o"))).containsExactly("STTTT.xlsx");
  }

  @Test
  void invalidCriteriaIsAUsageError() throws IOException {
    Path criteria = tmp.resolve("bad.yaml");
    Files.writeString(criteria, TINY.replace("max: 5", "max: -5"));
    Cli.Run run = Cli.run("template", "-c", criteria.toString(), "--all", "-o", tmp.resolve("o").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(criteria + ":").contains("lỗi").contains("bộ tiêu chí không hợp lệ");
    assertThat(Files.exists(tmp.resolve("o"))).isFalse();
  }

  @Test
  void missingCriteriaFileIsAnIoError() {
    Cli.Run run = Cli.run("template", "-c", tmp.resolve("none.yaml").toString(), "--all", "-o", tmp.resolve("o").toString());
    assertThat(run.exit()).isEqualTo(3);
  }

  @Test
  void choosingNoUnitIsAUsageError() {
    Cli.Run run = Cli.run("template", "-c", CRITERIA, "-o", tmp.resolve("o").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--unit").contains("--all");
    Cli.Run both = Cli.run("template", "-c", CRITERIA, "--all", "--unit", "STTTT", "-o", tmp.resolve("o").toString());
    assertThat(both.exit()).isEqualTo(2);
    Cli.Run noRegistry = Cli.run("template", "-c", CRITERIA, "--all", "-o", tmp.resolve("o").toString());
    assertThat(noRegistry.exit()).isEqualTo(2);
    assertThat(noRegistry.err()).contains("--units");
    Cli.Run format = Cli.run("template", "-c", CRITERIA, "--units", UNITS, "-o", tmp.resolve("o").toString(), "--format", "ods");
    assertThat(format.exit()).isEqualTo(2);
  }

  @Test
  void outputOverAFileIsAnIoError() throws IOException {
    Path file = Files.writeString(tmp.resolve("f"), "x");
    Cli.Run run = Cli.run("template", "-c", CRITERIA, "--units", UNITS, "--unit", "SNV", "-o", file.resolve("o").toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("lỗi");
  }

  static final String TINY =
      """
      schema: egov-criteria/1
      id: tiny
      title: Bộ tiêu chí nhỏ
      unit_groups:
        - {id: g, name: Khối G}
      groups:
        - id: "1"
          name: Nhóm 1
          criteria:
            - id: "1.1"
              name: Tiêu chí 1.1
              max: 5
              inputs:
                - {id: a, label: Có A, type: boolean}
              method: {type: boolean, input: a}
      """;
}
