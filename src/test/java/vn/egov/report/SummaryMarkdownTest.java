package vn.egov.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code summary.md} of the Phú Thọ sample. */
class SummaryMarkdownTest {
  @TempDir static Path tmp;
  private static List<String> lines;

  @BeforeAll
  static void assessSample() throws IOException {
    Path out = RankingXlsxTest.assess(tmp.resolve("vi"));
    lines = Files.readAllLines(out.resolve("summary.md"), StandardCharsets.UTF_8);
  }

  @Test
  void startsWithTheTitleAndPeriod() {
    assertThat(lines.get(0)).isEqualTo("# Bộ tiêu chí đánh giá mức độ Chính quyền điện tử cơ quan nhà nước tỉnh Phú Thọ");
    assertThat(lines).contains("Kỳ đánh giá: năm 2018  ");
    assertThat(lines).noneMatch(l -> l.startsWith("Ngày ")); // no --date, no date
  }

  @Test
  void hasARankingTablePerUnitGroup() {
    assertThat(lines)
        .containsSubsequence(
            "## Sở, ban, ngành",
            "| Hạng | Đơn vị | Điểm quy đổi | Xếp loại |",
            "|---:|---|---:|---|",
            "| 1 | Sở Thông tin và Truyền thông | 95,1 | Tốt |",
            "| 4 | Sở Công Thương | 89,9 | Tốt |",
            "| 4 | Sở Xây dựng | 89,9 | Tốt |",
            "| Không xếp hạng | Công an tỉnh Phú Thọ | 70,2 | Khá |",
            "| Chưa nộp báo cáo | Ban Dân tộc |  |  |",
            "22 đơn vị được xếp hạng, 2 không xếp hạng, 1 chưa nộp báo cáo. Xếp loại: Tốt 11, Khá 7, Trung bình 3, Yếu 1.",
            "## UBND huyện, thành, thị",
            "| 1 | UBND thành phố Việt Trì | 95,1 | Tốt |");
    // tied units are adjacent, in Vietnamese name order
    assertThat(lines.indexOf("| 4 | Sở Xây dựng | 89,9 | Tốt |")).isEqualTo(lines.indexOf("| 4 | Sở Công Thương | 89,9 | Tốt |") + 1);
  }

  @Test
  void endsWithCountsAndProblems() {
    assertThat(lines)
        .containsSubsequence(
            "## Tổng hợp",
            "- Đơn vị: 38 (36 đã chấm điểm, 2 chưa nộp báo cáo, 0 bị loại).",
            "- Vấn đề: 0 lỗi, 2 cảnh báo.");
  }

  @Test
  void isNotWrittenByDefault() {
    assertThat(OutputFormats.ASSESS.get("md")).isPresent();
    assertThat(OutputFormats.ASSESS.defaults()).containsExactly("json", "csv", "xlsx", "html", "docx");
  }

  @Test
  void englishWithLangEn() throws IOException {
    Path en = RankingXlsxTest.assess(tmp.resolve("en"), "--lang", "en");
    List<String> md = Files.readAllLines(en.resolve("summary.md"), StandardCharsets.UTF_8);
    assertThat(md)
        .containsSubsequence(
            "| Rank | Unit | Score | Class |",
            "| 1 | Sở Thông tin và Truyền thông | 95.1 | Tốt |",
            "| Not ranked | Công an tỉnh Phú Thọ | 70.2 | Khá |",
            "- Problems: 0 errors, 2 warnings.");
  }

  @Test
  void unitNamesAreEscaped(@TempDir Path dir) throws IOException {
    Path out = RankingXlsxTest.hostileNames(dir, "md");
    List<String> md = Files.readAllLines(out.resolve("summary.md"), StandardCharsets.UTF_8);
    assertThat(md)
        .contains(
            "| 1 | =HYPERLINK(\"x\") | 100,00 | Đạt |",
            "| 2 | \\# A\\|B \\*c\\* \\<d\\> \\[e\\](f) \\_g\\_ \\`h\\` | 0,00 | Chưa đạt |");
  }

  @Test
  void escapesEveryMarkdownSpecialCharacter() {
    assertThat(SummaryMarkdown.escape("a|b")).isEqualTo("a\\|b");
    assertThat(SummaryMarkdown.escape("*x* _y_ `z`")).isEqualTo("\\*x\\* \\_y\\_ \\`z\\`");
    assertThat(SummaryMarkdown.escape("[l](http://x) <script>")).isEqualTo("\\[l\\](http://x) \\<script\\>");
    assertThat(SummaryMarkdown.escape("# title")).isEqualTo("\\# title");
    assertThat(SummaryMarkdown.escape("  # title")).isEqualTo("  \\# title");
    assertThat(SummaryMarkdown.escape("Số #3")).isEqualTo("Số #3");
    assertThat(SummaryMarkdown.escape("a\\b")).isEqualTo("a\\\\b");
    assertThat(SummaryMarkdown.escape("line\nbreak\r\nhere")).isEqualTo("line break here");
  }
}
