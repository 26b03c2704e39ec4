package vn.egov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.criteria.CriteriaLoader;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.template.RuleText;
import vn.egov.text.Messages;

/**
 * {@code check --tree} says how each criterion is scored in the words of the template and the
 * annex ({@link RuleText#rule}), per unit group where they differ (issue 19); before, a method
 * type ("bands", "formula") in a column.
 */
class CheckTreeTest {
  static final String CRITERIA = "criteria/phu-tho-2018.yaml";

  private static List<String> tree(String... lang) {
    String[] args = new String[lang.length + 3];
    System.arraycopy(lang, 0, args, 0, lang.length);
    args[lang.length] = "check";
    args[lang.length + 1] = CRITERIA;
    args[lang.length + 2] = "--tree";
    Cli.Run run = Cli.run(args);
    assertThat(run.exit()).as(run.err()).isZero();
    return run.out().lines().toList();
  }

  /** The lines under criterion {@code id}'s row up to the next row, unwrapped. */
  private static String under(List<String> lines, String id) {
    int i = 0;
    while (!lines.get(i).strip().startsWith(id + " ")) {
      i++;
    }
    StringBuilder out = new StringBuilder();
    while (++i < lines.size() && lines.get(i).startsWith("           ")) {
      out.append(out.length() == 0 ? "" : " ").append(lines.get(i).strip());
    }
    return out.toString();
  }

  private static String rule(String id, String lang, String group) {
    CriteriaSet s = CriteriaLoader.load(Path.of(CRITERIA), CRITERIA).criteria();
    for (var g : s.groups()) {
      for (Criterion c : g.criteria()) {
        if (c.id().equals(id)) {
          return new RuleText(s, Messages.of(lang), group).rule(c, c);
        }
      }
    }
    throw new AssertionError(id);
  }

  @Test
  void eachCriterionSaysHowItIsScoredInTheTemplatesWords() {
    List<String> lines = tree();
    assertThat(lines)
        .containsSequence(
            "  2.4      Sử dụng chữ ký số                                                  5,0       5,0",
            "           0,25 điểm mỗi chứng thư, tối đa 5 điểm.",
            "  2.5      Xây dựng và vận hành cơ sở dữ liệu chuyên ngành                    5,0       5,0");
    assertThat(lines)
        .containsSequence(
            "  5.1      Kế hoạch và đầu tư cho ứng dụng CNTT                              10,0      10,0",
            "           Cộng điểm các phần: Có kế hoạch ứng dụng CNTT năm 2018 được cấp có thẩm quyền phê duyệt:",
            "             có được 3 điểm; Số dự án, nhiệm vụ CNTT triển khai trong năm: 1 điểm mỗi dự án, tối đa",
            "             3 điểm; Tỷ lệ giải ngân kinh phí CNTT được giao trong năm: tỷ lệ thuận, 100% được 4",
            "             điểm (từ 0 đến 10 điểm).");
    // the same words as the template's guidance column, one function
    assertThat(under(lines, "5.1")).isEqualTo(rule("5.1", "vi", "district"));
    assertThat(under(lines, "3.3")).isEqualTo(rule("3.3", "vi", "district"));
    // 1.1's bands differ between the unit groups: one line each
    assertThat(under(lines, "1.1"))
        .isEqualTo("department: " + rule("1.1", "vi", "department") + " district: " + rule("1.1", "vi", "district"));
    assertThat(lines).doesNotContain("bands", "formula").noneMatch(l -> l.contains("  boolean  "));
  }

  @Test
  void inEnglish() {
    List<String> lines = tree("--lang", "en");
    assertThat(lines)
        .containsSequence(
            "  3.3      Dịch vụ công trực tuyến mức độ 4                                   5.0       5.0",
            "           2.5 points per dịch vụ, at most 5 points.");
    assertThat(under(lines, "5.1")).isEqualTo(rule("5.1", "en", "district")).startsWith("The sum of: ");
  }
}
