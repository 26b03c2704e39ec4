package vn.egov.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.report.ReportHtmlTest.assessSample;
import static vn.egov.report.ReportHtmlTest.element;
import static vn.egov.report.ReportHtmlTest.read;
import static vn.egov.report.ReportHtmlTest.row;
import static vn.egov.report.ReportHtmlTest.rows;
import static vn.egov.report.ReportHtmlTest.section;
import static vn.egov.report.ReportHtmlTest.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/** The per-unit scorecards: which are written, and what Việt Trì's and a changed unit's say. */
class ScorecardsTest {
  @TempDir Path tmp;

  @Test
  void oneScorecardPerUnitThatSentAReport() throws IOException {
    Path dir = assessSample(tmp.resolve("o")).resolve("scorecards");
    List<String> names;
    try (Stream<Path> s = Files.list(dir)) {
      names = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    // 38 registered units, Ban Dân tộc and UBND huyện Tân Sơn sent nothing
    assertThat(names)
        .hasSize(36)
        .contains("VIETTRI.html", "CAT.html", "STTTT.html")
        .doesNotContain("BDT.html", "TANSON.html");
    String police = read(dir.resolve("CAT.html"));
    assertThat(text(element(police, "span", "class=\"value rank\""))).isEqualTo("không xếp hạng");
  }

  @Test
  void vietTriShowsItsRankOfTheGroupAndWhatTheAppraisalChanged() throws IOException {
    String html = read(assessSample(tmp.resolve("o")).resolve("scorecards/VIETTRI.html"));
    assertThat(text(element(html, "h1", ""))).isEqualTo("UBND thành phố Việt Trì");
    assertThat(text(element(html, "p", "class=\"meta\"")))
        .isEqualTo("UBND huyện, thành, thị · Mã đơn vị: VIETTRI");
    String standing = section(html, "standing");
    assertThat(text(element(standing, "span", "class=\"value score\""))).isEqualTo("95,1");
    assertThat(text(element(standing, "span", "class=\"value rank\""))).isEqualTo("1 / 12");
    assertThat(text(standing))
        .contains("142,7 / 150,0 Điểm thẩm định")
        .contains("Tốt Xếp loại")
        .contains("Điểm tự đánh giá (quy đổi): 95,2");

    // 3.1: self 31.120 / 32.052 × 15 = 14,56 → 14,6; appraised 30.938 → 14,48 → 14,5
    String appraisal = section(html, "appraisal");
    assertThat(row(element(appraisal, "table", "class=\"diffs reflow\""), 0, "3.1"))
        .containsExactly(
            "3.1",
            "Tỷ lệ hồ sơ giải quyết đúng hạn qua hệ thống một cửa điện tử Số hồ sơ giải quyết đúng"
                + " hạn: 31.120 hồ sơ → 30.938 hồ sơ",
            "14,6",
            "14,5",
            "\u22120,1");
    assertThat(rows(element(appraisal, "table", "class=\"diffs reflow\""))).hasSize(2);

    // 3.3 level-4 services: 0 of 5; 2.3 documents 18,4 of 20
    List<List<String>> lost = rows(section(html, "lost"));
    assertThat(lost.get(1))
        .containsExactly("1", "3.3", "Dịch vụ công trực tuyến mức độ 4", "0,0", "5,0", "5,0");
    assertThat(lost.get(2))
        .containsExactly("2", "2.3", "Sử dụng văn bản điện tử", "18,4", "20,0", "1,6");
    assertThat(lost).hasSize(6);

    String criteria = section(html, "criteria");
    assertThat(row(criteria, 0, "3.1"))
        .containsExactly(
            "3.1",
            "Tỷ lệ hồ sơ giải quyết đúng hạn qua hệ thống một cửa điện tử",
            "14,6",
            "14,5",
            "15,0",
            "đã chấm điểm");
    assertThat(row(criteria, 0, "2.3.b"))
        .containsExactly(
            "2.3.b",
            "Tỷ lệ văn bản gửi ra ngoài cơ quan dưới dạng điện tử",
            "9,4",
            "9,4",
            "10,0",
            "đã chấm điểm");
    assertThat(row(criteria, 0, "Số hồ sơ giải quyết đúng hạn"))
        .containsExactly("Số hồ sơ giải quyết đúng hạn", "31.120 hồ sơ", "30.938 hồ sơ", "");
    assertThat(row(criteria, 0, "Mức độ đáp ứng yêu cầu của Nghị định 43/2011/NĐ-CP"))
        .containsExactly(
            "Mức độ đáp ứng yêu cầu của Nghị định 43/2011/NĐ-CP",
            "Đáp ứng đầy đủ",
            "",
            "Biên bản kiểm tra số 35/BB-STTTT ngày 27/9/2018");

    String chart = section(html, "chart");
    assertThat(text(chart))
        .contains("UBND thành phố Việt Trì")
        .contains("Bình quân khối UBND huyện, thành, thị")
        .contains("Đơn vị dẫn đầu: UBND thành phố Việt Trì");
    // group 3: 34,5 of 40 = 86,25 % → 86,3 %
    assertThat(element(chart, "svg", "class=\"chart bars\"")).contains(">86,3% (34,5 / 40,0)</text>");
    assertThat(html).doesNotContain("id=\"problems\"").doesNotContain("So với năm trước");
  }

  /**
   * The hints {@code explain} gives, under the (sub-)criterion they raise (issue 16). VIETTRI has
   * 142,7 of 150 (95,1). 3.3 counts 2,5 points a service up to 5: 0 → 2 services gives 5,0, 147,7 /
   * 150 = 98,47 → 98,5. 2.3.b is proportional to the target 80 %: 75 % gives 9,375 → 9,4, 80 % the
   * full 10 (+0,6: 143,3 / 150 = 95,53 → 95,5). 1.1 (10 of 10) and 2.3.a's parent 2.3 (a
   * composite) have none of their own.
   */
  @Test
  void criteriaBelowTheirMaxSayWhatWouldEarnMorePoints() throws IOException {
    String criteria = section(read(assessSample(tmp.resolve("o")).resolve("scorecards/VIETTRI.html")), "criteria");
    assertThat(hintsUnder(criteria, "3.3"))
        .containsExactly(
            "3.3: nâng Số dịch vụ công trực tuyến mức độ 4 đang cung cấp (services_level4) từ 0 lên 2:"
                + " +5,0 điểm (tiêu chí 3.3: 0,0 → 5,0; điểm quy đổi 95,1 → 98,5)");
    assertThat(hintsUnder(criteria, "2.3.b"))
        .containsExactly(
            "2.3.b: nâng Tỷ lệ văn bản gửi cơ quan khác dưới dạng điện tử (edoc_external) từ 75% lên 80%:"
                + " +0,6 điểm (tiêu chí 2.3: 18,4 → 19,0; điểm quy đổi 95,1 → 95,5)");
    assertThat(hintsUnder(criteria, "1.1")).isEmpty();
    assertThat(hintsUnder(criteria, "2.3")).isEmpty();
    assertThat(hintsUnder(criteria, "3.4")).isEmpty();
    // six criteria below max, one hint each (as explain lists them), each under its heading
    assertThat(criteria.split("<tr class=\"hints\">", -1)).hasSize(7);
    assertThat(criteria.split("Để được thêm điểm:", -1)).hasSize(7);
  }

  /** The hints in the row right under criterion {@code id}'s row, or none. */
  private static List<String> hintsUnder(String html, String id) {
    Matcher m =
        Pattern.compile(
                "<tr[^>]*><td>" + Pattern.quote(id) + "</td>.*?</tr>\\s*(<tr class=\"hints\">(.*?)</tr>)?",
                Pattern.DOTALL)
            .matcher(html);
    assertThat(m.find()).as("no row %s", id).isTrue();
    List<String> out = new ArrayList<>();
    if (m.group(2) != null) {
      Matcher li = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL).matcher(m.group(2));
      while (li.find()) {
        out.add(text(li.group(1)));
      }
    }
    return out;
  }

  /**
   * A value the Department changed shows both values and the appraiser's note ({@code ghi chú} of
   * the long sample) where the appraisal is listed (issue 16); an appraised value left as it was
   * shows no note.
   */
  @Test
  void aChangedValueShowsTheAppraisersNote() throws IOException {
    Cli.Run run =
        Cli.run(
            "assess", "-c", ReportHtmlTest.CRITERIA, "samples/phu-tho-2018/long", "--units", ReportHtmlTest.UNITS,
            "-o", tmp.resolve("o").toString(), "--formats", "html");
    assertThat(run.exit()).as(run.err()).isZero();
    String appraisal = section(read(tmp.resolve("o/scorecards/VIETTRI.html")), "appraisal");
    String note = "Sở TT&TT thẩm định theo số liệu trích xuất từ hệ thống một cửa điện tử";
    assertThat(row(element(appraisal, "table", "class=\"diffs reflow\""), 0, "3.1"))
        .containsExactly(
            "3.1",
            "Tỷ lệ hồ sơ giải quyết đúng hạn qua hệ thống một cửa điện tử Số hồ sơ giải quyết đúng"
                + " hạn: 31.120 hồ sơ → 30.938 hồ sơ (Ghi chú: " + note + ")",
            "14,6",
            "14,5",
            "\u22120,1");
    List<List<String>> appraised = rows(appraisal.substring(appraisal.indexOf("Giá trị được thẩm định")));
    assertThat(appraised.get(0)).containsExactly("Chỉ tiêu", "Tự đánh giá", "Thẩm định", "Ghi chú", "Tài liệu kiểm chứng");
    assertThat(appraised.get(1)).containsExactly("Số hồ sơ giải quyết đúng hạn", "31.120 hồ sơ", "30.938 hồ sơ", note, "");
    assertThat(appraised.get(2))
        .containsExactly(
            "Điểm bảo đảm an toàn thông tin", "9", "9", "", "QĐ 28/QĐ-UBND ngày 6/3/2018 ban hành Quy chế bảo đảm an toàn thông tin");

    String english = section(read(assessEnglishLong()), "appraisal");
    assertThat(text(english)).contains("Số hồ sơ giải quyết đúng hạn: 31,120 hồ sơ → 30,938 hồ sơ (Note: " + note + ")");
  }

  private java.nio.file.Path assessEnglishLong() {
    Cli.Run run =
        Cli.run(
            "--lang", "en", "assess", "-c", ReportHtmlTest.CRITERIA, "samples/phu-tho-2018/long", "--units", ReportHtmlTest.UNITS,
            "-o", tmp.resolve("en").toString(), "--formats", "html");
    assertThat(run.exit()).as(run.err()).isZero();
    return tmp.resolve("en/scorecards/VIETTRI.html");
  }

  @Test
  void englishScorecard() throws IOException {
    String html =
        read(assessSample(tmp.resolve("o"), "--lang", "en").resolve("scorecards/VIETTRI.html"));
    assertThat(html).contains("<html lang=\"en\">");
    String standing = section(html, "standing");
    assertThat(text(standing))
        .startsWith("Result")
        .contains("95.1 Score")
        .contains("1 / 12 Rank in UBND huyện, thành, thị");
    assertThat(row(element(section(html, "appraisal"), "table", "class=\"diffs reflow\""), 0, "3.1"))
        .endsWith("14.6", "14.5", "\u22120.1");
    assertThat(hintsUnder(section(html, "criteria"), "3.3"))
        .containsExactly(
            "3.3: raise Số dịch vụ công trực tuyến mức độ 4 đang cung cấp (services_level4) from 0 to 2:"
                + " +5.0 points (criterion 3.3: 0.0 → 5.0; score 95.1 → 98.5)");
    assertThat(section(html, "criteria")).contains("<span class=\"hints-head\">To earn more points:</span>");
  }

  @Test
  void showsTheChangeFromLastYear() throws IOException {
    Files.writeString(
        tmp.resolve("criteria.yaml"),
        """
        schema: egov-criteria/1
        id: t
        title: T
        unit_groups: [{id: a, name: Khối A}]
        classification:
          bands: [{min: 60, label: Khá}, {min: 0, label: Yếu}]
        groups:
          - id: "1"
            name: G
            criteria:
              - id: "1.1"
                name: C
                max: 10
                inputs: [{id: n, label: N, type: number}]
                method: {type: proportional, value: n, target: 10}
        """,
        StandardCharsets.UTF_8);
    Path y1 = Files.createDirectories(tmp.resolve("2018"));
    Path y2 = Files.createDirectories(tmp.resolve("2019"));
    Files.writeString(
        y1.resolve("r.csv"),
        "unit_id,unit_name,unit_group,n\nU1,Một,a,5\nU2,Hai,a,8\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        y2.resolve("r.csv"),
        "unit_id,unit_name,unit_group,n\nU1,Một,a,9\nU2,Hai,a,8\nU3,Ba,a,3\n",
        StandardCharsets.UTF_8);
    String criteria = tmp.resolve("criteria.yaml").toString();
    Cli.Run first =
        Cli.run(
            "assess",
            "-c",
            criteria,
            y1.resolve("r.csv").toString(),
            "-o",
            tmp.resolve("out1").toString(),
            "--formats",
            "json,html");
    assertThat(first.exit()).as(first.err()).isZero();
    Cli.Run second =
        Cli.run(
            "assess",
            "-c",
            criteria,
            y2.resolve("r.csv").toString(),
            "-o",
            tmp.resolve("out2").toString(),
            "--formats",
            "html",
            "--previous",
            tmp.resolve("out1/results.json").toString());
    assertThat(second.exit()).as(second.err()).isZero();
    Path cards = tmp.resolve("out2/scorecards");

    // U1: 50 → 90, rank 2 → 1
    List<List<String>> u1 =
        rows(element(read(cards.resolve("U1.html")), "table", "class=\"change\""));
    assertThat(u1.get(0))
        .containsExactly(
            "Điểm quy đổi năm trước",
            "Tăng/giảm điểm",
            "Xếp hạng năm trước",
            "Thay đổi thứ hạng",
            "Xếp loại năm trước");
    assertThat(u1.get(1)).containsExactly("50,00", "+40,00", "2", "tăng 1 bậc", "Yếu");
    // U2: 80 → 80, rank 1 → 2
    assertThat(rows(element(read(cards.resolve("U2.html")), "table", "class=\"change\"")).get(1))
        .containsExactly("80,00", "0,00", "1", "giảm 1 bậc", "Khá");
    String u3 = read(cards.resolve("U3.html"));
    assertThat(text(element(u3, "p", "class=\"change\"")))
        .isEqualTo("Mới: đơn vị không có trong kết quả năm trước.");
    assertThat(u3).doesNotContain("class=\"change\"><thead>");
  }
}
