package vn.egov.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/**
 * {@code report.html} of the bundled Phú Thọ sample and of hostile inputs, read back as text: the
 * headline figures, the ranking rows cell by cell, the lists, escaping, links, labels in both
 * languages and byte-identical reruns.
 */
class ReportHtmlTest {
  static final String CRITERIA = "criteria/phu-tho-2018.yaml";
  static final String WIDE = "samples/phu-tho-2018/wide";
  static final String UNITS = "samples/phu-tho-2018/units.csv";

  @TempDir Path tmp;

  /** Assesses the sample into {@code out} with only the html format; extra arguments appended. */
  static Path assessSample(Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "assess",
                "-c",
                CRITERIA,
                WIDE,
                "--units",
                UNITS,
                "-o",
                out.toString(),
                "--formats",
                "html"));
    args.addAll(List.of(extra));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    return out;
  }

  static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  /** The first element {@code <tag …class="cls"…>…</tag>} (not nested in one of its kind). */
  static String element(String html, String tag, String attr) {
    Matcher m =
        Pattern.compile(
                "<" + tag + "[^>]*" + Pattern.quote(attr) + "[^>]*>(.*?)</" + tag + ">",
                Pattern.DOTALL)
            .matcher(html);
    assertThat(m.find()).as("no <%s %s>", tag, attr).isTrue();
    return m.group(1);
  }

  /** The rows of a table's HTML as lists of cell texts (tags stripped, entities decoded). */
  static List<List<String>> rows(String table) {
    List<List<String>> out = new ArrayList<>();
    Matcher tr = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table);
    while (tr.find()) {
      List<String> cells = new ArrayList<>();
      Matcher td =
          Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.DOTALL).matcher(tr.group(1));
      while (td.find()) {
        cells.add(text(td.group(1)));
      }
      out.add(cells);
    }
    return out;
  }

  /** The row whose cell {@code column} is {@code value}. */
  static List<String> row(String table, int column, String value) {
    return rows(table).stream()
        .filter(r -> r.size() > column && r.get(column).equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + value + " in " + rows(table)));
  }

  static String text(String html) {
    return html.replaceAll("<[^>]+>", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** The section {@code <section … id="ID">…</section>} (sections are not nested). */
  static String section(String html, String id) {
    return element(html, "section", "id=\"" + id + "\"");
  }

  /** Every file under {@code dir}, by relative path. */
  static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  @Test
  void showsHeadlineFiguresOfTheSample() throws IOException {
    String html = read(assessSample(tmp.resolve("o")).resolve("report.html"));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">");
    assertThat(text(element(html, "h1", "")))
        .isEqualTo(
            "Bộ tiêu chí đánh giá mức độ Chính quyền điện tử cơ quan nhà nước tỉnh Phú Thọ — 2018");
    String summary = section(html, "summary");
    assertThat(text(summary))
        .contains("38 Đơn vị được đánh giá")
        .contains("36 Đã chấm điểm")
        .contains("2 Chưa nộp báo cáo")
        .contains("0 Bị loại")
        .contains("2 Vấn đề trong dữ liệu 0 lỗi, 2 cảnh báo")
        // 12 district units: mean of their scores, hand-summed 959,6 / 12 = 79,97 → 80,0
        .contains("80,0 Điểm quy đổi bình quân: UBND huyện, thành, thị 12 đơn vị được xếp hạng")
        // the 22 ranked departments only (as compare has it: 81,32), not the 2 unranked ones
        // (24 scored units gave 79,9)
        .contains("81,3 Điểm quy đổi bình quân: Sở, ban, ngành 22 đơn vị được xếp hạng");
  }

  @Test
  void ranksEveryGroupWithSelfAndFinalFiguresAndGroupPoints() throws IOException {
    String html = read(assessSample(tmp.resolve("o")).resolve("report.html"));
    String district = section(html, "group-2");
    assertThat(text(element(district, "h2", ""))).isEqualTo("Xếp hạng: UBND huyện, thành, thị");
    assertThat(rows(district).get(0))
        .containsExactly(
            "Xếp hạng",
            "Đơn vị",
            "Điểm tự đánh giá (quy đổi)",
            "Điểm thẩm định",
            "Điểm quy đổi",
            "Xếp loại",
            "Nhóm 1 / 25,0",
            "Nhóm 2 / 50,0",
            "Nhóm 3 / 40,0",
            "Nhóm 4 / 15,0",
            "Nhóm 5 / 20,0");
    assertThat(row(district, 1, "UBND thành phố Việt Trì"))
        .containsExactly(
            "1",
            "UBND thành phố Việt Trì",
            "95,2",
            "142,7 / 150,0",
            "95,1",
            "Tốt",
            "25,0",
            "48,4",
            "34,5",
            "14,8",
            // group 5 holds a bonus criterion: the bonus is named, not hidden in the sum
            "20,0 (gồm 1,0 điểm thưởng)");
    assertThat(district)
        .contains("<a href=\"scorecards/VIETTRI.html\">UBND thành phố Việt Trì</a>");
    assertThat(rows(district)).noneMatch(r -> r.contains("UBND huyện Tân Sơn"));

    String departments = section(html, "group-1");
    assertThat(row(departments, 1, "Sở Công Thương"))
        .startsWith("4", "Sở Công Thương")
        .contains("89,9");
    assertThat(row(departments, 1, "Sở Xây dựng")).startsWith("4", "Sở Xây dựng").contains("89,9");
    assertThat(row(departments, 1, "Sở Thông tin và Truyền thông")).startsWith("1");
    // scored but never ranked
    assertThat(row(departments, 1, "Công an tỉnh Phú Thọ (không xếp hạng)").get(0)).isEqualTo("—");
    assertThat(departments)
        .contains("<svg class=\"chart histogram\"")
        .contains("Phân bố điểm quy đổi: Sở, ban, ngành");
  }

  @Test
  void listsLossesUnitsNotSubmittedAndProblemsByFile() throws IOException {
    String html = read(assessSample(tmp.resolve("o")).resolve("report.html"));
    List<List<String>> losses = rows(section(html, "losses"));
    assertThat(losses).hasSizeBetween(2, 11);
    assertThat(losses.get(1)).startsWith("1", "3.2");
    List<List<String>> missing = rows(section(html, "not-submitted"));
    assertThat(missing.subList(1, missing.size()))
        .containsExactly(
            List.of("BDT", "Ban Dân tộc", "Sở, ban, ngành"),
            List.of("TANSON", "UBND huyện Tân Sơn", "UBND huyện, thành, thị"));
    String problems = section(html, "problems");
    assertThat(text(problems)).contains(WIDE + "/tu-danh-gia-2018.csv").contains(UNITS);
    assertThat(row(problems, 0, "12:13"))
        .containsExactly(
            "12:13",
            "cảnh báo",
            "STTTT",
            "digital_signatures",
            "digital_signatures <= staff_total không thỏa (digital_signatures = 42, staff_total ="
                + " 35): Số chứng thư số lớn hơn tổng số cán bộ, công chức - đề nghị kiểm tra lại"
                + " (chứng thư số của cơ quan và cá nhân)");
    String groups = section(html, "criteria-groups");
    assertThat(groups).contains("<svg class=\"chart bars\"").contains("1. Hạ tầng kỹ thuật");
  }

  @Test
  void englishLabelsWithLangEn() throws IOException {
    String html = read(assessSample(tmp.resolve("o"), "--lang", "en").resolve("report.html"));
    assertThat(html).contains("<html lang=\"en\">");
    assertThat(text(section(html, "summary")))
        .startsWith("Summary")
        .contains("38 Units assessed")
        .contains("2 Not submitted");
    String district = section(html, "group-2");
    assertThat(text(element(district, "h2", ""))).isEqualTo("Ranking: UBND huyện, thành, thị");
    assertThat(row(district, 1, "UBND thành phố Việt Trì"))
        .startsWith("1", "UBND thành phố Việt Trì", "95.2", "142.7 / 150.0", "95.1");
    assertThat(html).doesNotContain("Xếp hạng").doesNotContain("Tổng quan");
  }

  @Test
  void printsADateOnlyWhenGiven() throws IOException {
    String without = read(assessSample(tmp.resolve("a")).resolve("report.html"));
    assertThat(without).doesNotContain("class=\"date\"").doesNotContain("Ngày ");
    String with =
        read(assessSample(tmp.resolve("b"), "--date", "2019-03-08").resolve("report.html"));
    assertThat(text(element(with, "p", "class=\"date\""))).isEqualTo("Ngày 08/03/2019");
  }

  @Test
  void twoRunsWriteIdenticalFiles() throws IOException {
    Map<String, byte[]> a = files(assessSample(tmp.resolve("a")));
    Map<String, byte[]> b = files(assessSample(tmp.resolve("b")));
    // 36 pages and manifest.json, the run record every assess writes (SECURITY.md)
    assertThat(a).containsKey("report.html").containsKey("scorecards/VIETTRI.html").containsKey("manifest.json").hasSize(38);
    assertThat(b.keySet()).isEqualTo(a.keySet());
    for (String name : a.keySet()) {
      assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
    }
  }

  /** A criteria set and reports whose every text is hostile markup. */
  static Path hostile(Path dir) throws IOException {
    Files.writeString(
        dir.resolve("criteria.yaml"),
        """
        schema: egov-criteria/1
        id: t
        title: "Bộ <b>tiêu chí</b> & \\"co\\""
        source: "<a href=\\"http://evil.example\\">QĐ</a>"
        unit_groups:
          - {id: a, name: "Khối <i>A</i> & B"}
        groups:
          - id: "1"
            name: "Nhóm <script>g()</script>"
            criteria:
              - id: "1.1"
                name: "Tiêu chí \\"x\\" & <y>"
                max: 10
                inputs:
                  - {id: n, label: "Số <n> & \\"m\\"", type: number, unit: "<u>"}
                method: {type: proportional, value: n, target: 10}
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("reports.csv"),
        String.join(
            "\n",
            "unit_id,unit_name,unit_group,input_id,value,appraised,evidence",
            "../../x,\"<script>alert(1)</script> & \"\"Q\"\"\",a,n,5,4,\"<img src=x"
                + " onerror=alert(2)> & \"\"e\"\"\"",
            "a/b,Đơn vị a/b,a,n,7,,",
            "a_b,\"Đơn vị <a_b>\",a,n,\"<b>9</b>\",,",
            ""),
        StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void escapesEveryTextAndLinksOnlyWithinThePage() throws IOException {
    Path in = hostile(Files.createDirectories(tmp.resolve("in")));
    Path out = tmp.resolve("out").resolve("o");
    Cli.Run run =
        Cli.run(
            "assess",
            "-c",
            in.resolve("criteria.yaml").toString(),
            in.resolve("reports.csv").toString(),
            "-o",
            out.toString(),
            "--formats",
            "html");
    assertThat(run.exit()).as(run.err()).isEqualTo(1); // "<b>9</b>" is not a number
    Map<String, byte[]> written = files(out);
    assertThat(written.keySet())
        .containsExactlyInAnyOrder(
            "manifest.json",
            "report.html",
            "scorecards/___.._x.html",
            "scorecards/a_b.html",
            "scorecards/a_b_2.html");
    try (Stream<Path> s = Files.walk(tmp)) {
      assertThat(s.filter(p -> p.getFileName().toString().startsWith("x")).toList()).isEmpty();
    }
    for (Map.Entry<String, byte[]> f : written.entrySet()) {
      String html = new String(f.getValue(), StandardCharsets.UTF_8);
      assertThat(html).as(f.getKey()).doesNotContainIgnoringCase("<script");
      // every real tag (escaped text has no '<'): no markup from the inputs, no loading, no
      // handlers
      Matcher tag = Pattern.compile("<([A-Za-z][A-Za-z0-9]*)([^>]*)>").matcher(html);
      while (tag.find()) {
        String name = tag.group(1).toLowerCase(java.util.Locale.ROOT);
        String attrs = tag.group(2);
        assertThat(name)
            .as(f.getKey())
            .isNotIn(
                "script", "img", "iframe", "link", "object", "embed", "b", "i", "u", "y", "a_b");
        assertThat(attrs)
            .as(f.getKey() + " <" + name + ">")
            .doesNotContain("src=")
            .doesNotContainPattern("\\son[a-z]+=");
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(attrs);
        while (href.find()) {
          String target = href.group(1);
          boolean inPage = target.startsWith("#");
          boolean sibling =
              f.getKey().equals("report.html")
                  ? target.matches("scorecards/[A-Za-z0-9._-]+\\.html")
                  : target.equals("../report.html");
          assertThat(inPage || sibling).as("%s links to %s", f.getKey(), target).isTrue();
        }
      }
      assertThat(html).as(f.getKey()).doesNotContain("url(").doesNotContain("@import");
    }
    String report = new String(written.get("report.html"), StandardCharsets.UTF_8);
    assertThat(report)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Q&quot;")
        .contains("Bộ &lt;b&gt;tiêu chí&lt;/b&gt; &amp; &quot;co&quot;")
        .contains("Khối &lt;i&gt;A&lt;/i&gt; &amp; B")
        .contains("Nhóm &lt;script&gt;g()&lt;/script&gt;")
        .contains("Đơn vị &lt;a_b&gt;")
        .contains("href=\"scorecards/___.._x.html\"")
        .contains("href=\"scorecards/a_b.html\">Đơn vị a/b</a>")
        .contains("href=\"scorecards/a_b_2.html\">Đơn vị &lt;a_b&gt;</a>");
    // the SVG chart's tooltip carries the unit name, escaped as well
    assertThat(element(report, "svg", "class=\"chart histogram\""))
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Q&quot;: 40");
    String card = new String(written.get("scorecards/___.._x.html"), StandardCharsets.UTF_8);
    assertThat(card)
        .contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Q&quot;</h1>")
        .contains("&lt;img src=x onerror=alert(2)&gt; &amp; &quot;e&quot;")
        .contains("Số &lt;n&gt; &amp; &quot;m&quot;")
        .contains("5 &lt;u&gt;");
  }
}
