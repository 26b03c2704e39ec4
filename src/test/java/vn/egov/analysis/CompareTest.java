package vn.egov.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;
import vn.egov.text.Messages;

/**
 * {@code compare} on the two sample years. Expected changes, by hand from the 2018 figures of
 * samples/phu-tho-2018/README.md and the differences listed in samples/phu-tho-2017/README.md:
 *
 * <ul>
 *   <li>STTTT: 2017 differs only in 2.2 (noi-bo, 6 instead of 10 points; 3.3 + 3.4 = 5 + 10 in
 *       2018 and 3.4 = 15 in 2017 are equal for a unit with two level-4 services and a compliant
 *       portal): 142.6 − 4 = 138.6 points → 92.4; 2018 95.1: +2.7, group 2 +4.0.
 *   <li>VIETTRI: 3.1 in 2017 15 × 26 980 / 28 400 = 14.25 → 14.3 (2018: 14.5), and no level-4
 *       service with a compliant portal: 15 in 2017 against 0 + 10: 142.7 − 14.5 + 14.3 + 5 =
 *       147.5 → 98.3; 2018 95.1: −3.2, rank 1 both years.
 *   <li>BQLKCN is new in 2018, TCT gone; BDT sent nothing in 2018 (no score to compare).
 * </ul>
 */
class CompareTest {
  @TempDir static Path tmp;

  static Comparison comparison;
  static Path old;
  static Path neu;

  @BeforeAll
  static void assessBothYears() {
    old = assess("samples/phu-tho-2017/tieu-chi-2017.yaml", "samples/phu-tho-2017/wide", "samples/phu-tho-2017/units.csv", "2017");
    neu = assess("criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/wide", "samples/phu-tho-2018/units.csv", "2018");
    comparison =
        Comparison.of(ResultsFile.load(old, "2017.json").snapshot(), ResultsFile.load(neu, "2018.json").snapshot());
  }

  static Path assess(String criteria, String input, String units, String out) {
    Cli.Run run = Cli.run("assess", "-c", criteria, input, "--units", units, "-o", tmp.resolve(out).toString(), "--formats", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    return tmp.resolve(out).resolve("results.json");
  }

  private static Comparison.Row row(String id) {
    return comparison.sections().stream()
        .flatMap(s -> s.rows().stream())
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void differentCriteriaSetsCompareOnTotalsAndOnTheIdsTheyShare() {
    assertThat(comparison.sameCriteriaSet()).isFalse();
    assertThat(comparison.commonGroups()).containsExactly("1", "2", "3", "4", "5");
    assertThat(comparison.commonCriteria()).hasSize(24).doesNotContain("3.3").contains("3.4", "1.2.a");
    assertThat(comparison.sections()).extracting(Comparison.Section::groupId).containsExactly("department", "district");
  }

  @Test
  void scoreRankAndGroupChangesAreExact() {
    Comparison.Row stttt = row("STTTT");
    assertThat(stttt.old().score()).isEqualByComparingTo("92.4");
    assertThat(stttt.neu().score()).isEqualByComparingTo("95.1");
    assertThat(stttt.scoreChange()).isEqualByComparingTo("2.7");
    assertThat(stttt.groupChange().get("2")).isEqualByComparingTo("4.0");
    assertThat(stttt.groupChange().get("3")).isEqualByComparingTo("0");
    assertThat(stttt.criterionChange().get("2.2")).isEqualByComparingTo("4");
    assertThat(stttt.neu().rank()).isEqualTo(1);
    assertThat(stttt.rankChange()).isEqualTo(stttt.old().rank() - 1);

    Comparison.Row viettri = row("VIETTRI");
    assertThat(viettri.old().points()).isEqualByComparingTo("147.5");
    assertThat(viettri.scoreChange()).isEqualByComparingTo("-3.2");
    assertThat(viettri.rankChange()).isZero();
    assertThat(viettri.criterionChange().get("3.1")).isEqualByComparingTo("0.2");
  }

  @Test
  void unitsNewGoneOrSilentAreShown() {
    assertThat(row("BQLKCN").presence()).isEqualTo(Comparison.Presence.NEW);
    assertThat(row("TCT").presence()).isEqualTo(Comparison.Presence.GONE);
    Comparison.Row bdt = row("BDT");
    assertThat(bdt.presence()).isEqualTo(Comparison.Presence.BOTH);
    assertThat(bdt.neu().status()).isEqualTo("not_submitted");
    assertThat(bdt.scoreChange()).isNull();
    assertThat(bdt.rankChange()).isNull();
    Comparison.Section dep = comparison.sections().get(0);
    assertThat(dep.oldRanked()).isEqualTo(23);
    assertThat(dep.newRanked()).isEqualTo(22);
    assertThat(dep.rows().get(dep.rows().size() - 1).id()).isEqualTo("TCT");
    assertThat(dep.up()).allMatch(r -> r.rankChange() > 0);
    assertThat(dep.down()).allMatch(r -> r.rankChange() < 0);
  }

  @Test
  void textSummaryShowsChangesAndMovers() {
    String text = String.join("\n", CompareOutputs.text(comparison, Messages.of("en")));
    assertThat(text)
        .contains("Comparison of results: 2017 (2017.json) → 2018 (2018.json)")
        .contains("The criteria sets differ (phu-tho-cqdt-2017 → phu-tho-cqdt-2018)")
        .containsPattern("1  ↑\\d+ +Sở Thông tin và Truyền thông +92\\.4 → 95\\.1 \\(\\+2\\.7\\)")
        .containsPattern("new +Ban Quản lý các khu công nghiệp +49\\.3")
        .containsPattern("gone +Trường Chính trị tỉnh Phú Thọ")
        .containsPattern("not submitted +Ban Dân tộc")
        .contains("Moved up most:");
  }

  @Test
  void writesEveryFormatIdenticallyOnEveryRun() throws IOException {
    Path a = tmp.resolve("out-a");
    Path b = tmp.resolve("out-b");
    Cli.Run run = Cli.run("compare", old.toString(), neu.toString(), "-o", a.toString(), "--lang", "en");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Cli.run("compare", old.toString(), neu.toString(), "-o", b.toString(), "--lang", "en").exit()).isZero();
    for (String f : List.of("compare.csv", "compare-criteria.csv", "compare.xlsx", "compare.md", "compare.html")) {
      assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
    }
    List<String> csv = Files.readAllLines(a.resolve("compare.csv"), StandardCharsets.UTF_8);
    assertThat(csv.get(0)).startsWith("\ufeffunit_group,unit_id,unit_name,change,old_status,new_status");
    assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("department,STTTT,Sở Thông tin và Truyền thông,both,scored,scored,138.6,142.6,150.0,150.0,92.4,95.1,2.7,"));
    assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("department,BQLKCN,Ban Quản lý các khu công nghiệp,new,,scored,"));
    assertThat(Files.readAllLines(a.resolve("compare-criteria.csv")))
        .contains("department,STTTT,Sở Thông tin và Truyền thông,2.2,6.0,10.0,4.0,10.0,10.0");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(a.resolve("compare.xlsx")))) {
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("Score change");
      var first = sheet.getRow(1);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("STTTT");
      assertThat(first.getCell(12).getNumericCellValue()).isEqualTo(2.7);
    }
    assertThat(Files.readString(a.resolve("compare.html"))).contains("Sở Thông tin và Truyền thông").contains("+2.7");
    assertThat(run.err()).contains("37 units in both years, 1 new, 1 gone");
  }

  @Test
  void textFromTheInputsIsEscapedOrNeutralised() throws IOException {
    String json = Files.readString(neu).replace("\"Sở Tư pháp\"", "\"=HYPERLINK(\\\"x\\\") <script>alert(1)</script> | *b*\"");
    Path evil = Files.writeString(tmp.resolve("evil.json"), json);
    Path out = tmp.resolve("evil-out");
    assertThat(Cli.run("compare", old.toString(), evil.toString(), "-o", out.toString()).exit()).isZero();
    assertThat(Files.readString(out.resolve("compare.html"))).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(Files.readString(out.resolve("compare.csv"))).contains("\"'=HYPERLINK(\"\"x\"\") <script>");
    assertThat(Files.readString(out.resolve("compare.md"))).contains("\\<script\\>").contains("\\| \\*b\\*");
  }

  @Test
  void unusableFilesAreUsageOrFileErrors() throws IOException {
    Path notResults = Files.writeString(tmp.resolve("x.json"), "{\"schema\": \"other\"}");
    Cli.Run bad = Cli.run("compare", notResults.toString(), neu.toString(), "--lang", "en");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("x.json: error: this is not a results.json written by egov assess");
    assertThat(Cli.run("compare", tmp.resolve("missing.json").toString(), neu.toString()).exit()).isEqualTo(3);
    Cli.Run noDir = Cli.run("compare", old.toString(), neu.toString(), "--formats", "csv", "--lang", "en");
    assertThat(noDir.exit()).isEqualTo(2);
    assertThat(noDir.err()).contains("--formats goes with -o DIR");
    assertThat(Cli.run("compare", old.toString(), neu.toString(), "-o", tmp.resolve("f").toString(), "--formats", "pdf").exit()).isEqualTo(2);
    Cli.Run typo = Cli.run("compare", old.toString(), neu.toString(), "-o", tmp.resolve("g").toString(), "--formats", "xlsx,htm");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("định dạng \"htm\" không có; các định dạng: csv, xlsx, md, html. Có phải \"html\"?");
    assertThat(tmp.resolve("g")).doesNotExist();
  }

  @Test
  void writesTheFormatsNamedInTheOrderGivenEachOnce() throws IOException {
    Path out = tmp.resolve("chosen");
    Cli.Run run = Cli.run("compare", old.toString(), neu.toString(), "-o", out.toString(), "--formats", " HTML,md,html", "--lang", "en");
    assertThat(run.exit()).isZero();
    assertThat(run.out().lines().filter(l -> l.startsWith("Written: ")))
        .containsExactly("Written: " + out.resolve("compare.html"), "Written: " + out.resolve("compare.md"));
    try (var files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("compare.html", "compare.md");
    }
  }
}
