package vn.egov.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/**
 * Text a unit typed, through every output format: neutralised against formula injection in the
 * spreadsheets (CSV, XLSX), escaped in HTML, Markdown and DOCX, and exact in results.json.
 */
class InjectionTest {
  @TempDir static Path tmp;
  static Path out;

  /** Unit names (and the ids beside them) an office could type to attack whoever opens a report. */
  static final List<String> NAMES =
      List.of("=1+1", "@SUM(A1)", "<img src=x onerror=alert(1)>", "|*_[x]", "+cmd|' /C calc'!A0", "-2+3");
  // a leading tab or CR is neutralised by the same code (Cells.safe), but never reaches an output
  // from a report: readers strip leading and trailing whitespace from every cell

  @BeforeAll
  static void assess() throws IOException {
    StringBuilder csv = new StringBuilder(Hostile.HEADER);
    for (int i = 0; i < NAMES.size(); i++) {
      csv.append(i == 0 ? "\"=HYPERLINK(\"\"http://x\"\")\"" : "U" + i).append(",\"").append(NAMES.get(i).replace("\"", "\"\"")).append("\",a,").append(i).append('\n');
    }
    // the unit id itself is hostile too: as typed in a CSV it starts with =HYPERLINK
    Path reports = Hostile.write(tmp.resolve("in/reports.csv"), csv.toString());
    Path criteria = Hostile.write(tmp.resolve("criteria.yaml"), Hostile.CRITERIA);
    out = tmp.resolve("out");
    Cli.Run run = Cli.run("assess", "-c", criteria.toString(), reports.toString(), "-o", out.toString(), "--formats", "json,csv,xlsx,html,docx,md");
    assertThat(run.exit()).as(run.err()).isZero();
  }

  /** What a spreadsheet must show for a typed text: a leading = + - @ tab or CR gets a '. */
  static String neutral(String s) {
    return "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  @Test
  void resultsJsonKeepsTheTextExactly() throws IOException {
    JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    List<String> names = new ArrayList<>();
    results.path("units").forEach(u -> names.add(u.path("name").asText()));
    assertThat(names).containsExactlyInAnyOrderElementsOf(NAMES);
  }

  @Test
  void rankingCsvNeutralisesEveryLeadingFormulaCharacter() throws IOException {
    List<String> names = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(out.resolve("ranking.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        names.add(rec.get("unit_name"));
        ids.add(rec.get("unit_id"));
      }
    }
    assertThat(names).containsExactlyInAnyOrderElementsOf(NAMES.stream().map(InjectionTest::neutral).toList());
    assertThat(ids).contains("'=HYPERLINK(\"http://x\")");
  }

  @Test
  void rankingCsvNeutralisesClassLabelsAndGroupIdsLikeEveryOtherText() throws IOException {
    // issue 14: class labels went into ranking.csv raw while compare.csv neutralised them
    String criteria =
        Hostile.CRITERIA.replace("  - {id: a, name: Khối A}", "  - {id: \"-a\", name: Khối A}")
            + "classification:\n  bands:\n    - {min: 50, label: \"=1+1 Tốt\"}\n    - {min: 0, label: \"@Yếu\"}\n";
    Path dir = Files.createDirectories(tmp.resolve("classes"));
    Path yaml = Hostile.write(dir.resolve("criteria.yaml"), criteria);
    Path reports = Hostile.write(dir.resolve("in/r.csv"), Hostile.HEADER + "A,Sở A,-a,7\nB,Sở B,-a,2\n");
    Cli.Run run = Cli.run("assess", "-c", yaml.toString(), reports.toString(), "-o", dir.resolve("out").toString(), "--formats", "csv");
    assertThat(run.exit()).as(run.err()).isZero();
    List<List<String>> rows = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(dir.resolve("out/ranking.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        rows.add(List.of(rec.get(0), rec.get("unit_id"), rec.get("classification"), rec.get("self_classification")));
      }
    }
    assertThat(rows)
        .containsExactly(
            List.of("'-a", "A", "'=1+1 Tốt", "'=1+1 Tốt"), List.of("'-a", "B", "'@Yếu", "'@Yếu"));
  }

  @Test
  void rankingXlsxHasNoFormulaAndEveryTypedTextNeutralised() throws IOException {
    List<String> seen = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(out.resolve("ranking.xlsx").toFile())) {
      for (Sheet sh : wb) {
        for (Row row : sh) {
          for (Cell c : row) {
            assertThat(c.getCellType()).as(sh.getSheetName() + "!" + c.getAddress()).isNotEqualTo(CellType.FORMULA);
            if (c.getCellType() == CellType.STRING) {
              String v = c.getStringCellValue();
              for (String n : NAMES) {
                boolean dangerous = !neutral(n).equals(n);
                assertThat(dangerous && v.equals(n)).as(sh.getSheetName() + "!" + c.getAddress() + " " + v).isFalse();
                if (dangerous && v.equals(neutral(n))) {
                  seen.add(n);
                }
              }
              if (v.contains("HYPERLINK")) {
                assertThat(v).startsWith("'=HYPERLINK");
              }
            }
          }
        }
      }
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
    assertThat(seen).containsAll(NAMES.stream().filter(n -> "=+-@\t\r".indexOf(n.charAt(0)) >= 0).toList());
  }

  @Test
  void htmlReportAndScorecardsEscapeMarkup() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(out.resolve("report.html")));
    try (Stream<Path> s = Files.list(out.resolve("scorecards"))) {
      s.forEach(pages::add);
    }
    for (Path p : pages) {
      String html = Files.readString(p);
      assertThat(html).as(p.toString()).doesNotContain("<img").doesNotContain("onerror=alert(1)>");
    }
    assertThat(Files.readString(out.resolve("report.html"))).contains("&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void summaryMarkdownEscapesTableAndMarkupCharacters() throws IOException {
    String md = Files.readString(out.resolve("summary.md"));
    assertThat(md).contains("\\|\\*\\_\\[x\\]").contains("\\<img src=x onerror=alert(1)\\>");
    assertThat(md.replace("\\|", "").replace("\\<", "").replace("\\*", "").replace("\\_", "").replace("\\[", ""))
        .doesNotContain("<img").doesNotContain("|*_[x]");
  }

  @Test
  void reportDocxHoldsTheTextAsTextNotMarkup() throws IOException {
    try (InputStream in = Files.newInputStream(out.resolve("report.docx"));
        XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("<img src=x onerror=alert(1)>").contains("|*_[x]").contains("=1+1");
    }
    try (ZipFile zip = new ZipFile(out.resolve("report.docx").toFile())) {
      String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(xml).contains("&lt;img src=x onerror=alert(1)>").doesNotContain("<img");
    }
  }
}
