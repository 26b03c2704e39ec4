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
import java.util.List;
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
