package vn.egov.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.egov.criteria.CriteriaLoader;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.text.Messages;

/**
 * A formula criterion's rule in words, as the template's guidance column, the annex and {@code
 * check --tree} say it (issue 19): before, the raw expression with input ids
 * ({@code Điểm = if(it_plan_approved, 3, 0) + min(it_projects, 3) + …}).
 */
class FormulaWordsTest {
  private static CriteriaSet set(String expr) {
    String yaml =
        "schema: egov-criteria/1\nid: t\ntitle: t\nunit_groups: [{id: a, name: A}]\ngroups:\n  - id: G\n    name: G\n    criteria:\n"
            + "      - id: f\n        name: F\n        max: 10\n        inputs:\n"
            + "          - {id: plan, label: Có kế hoạch được phê duyệt, type: boolean}\n"
            + "          - {id: projects, label: Số dự án, type: integer, unit: dự án, min: 0}\n"
            + "          - {id: staff, label: Số cán bộ, type: integer, min: 0}\n"
            + "          - {id: paid, label: Tỷ lệ giải ngân, type: percent}\n"
            + "        method: {type: formula, expr: \"" + expr + "\"}\n";
    CriteriaLoader.Loaded loaded = CriteriaLoader.parse(yaml, "c.yaml");
    assertThat(loaded.problems()).isEmpty();
    return loaded.criteria();
  }

  private static String rule(String expr, String lang) {
    CriteriaSet s = set(expr);
    Criterion f = s.groups().get(0).criteria().get(0);
    return new RuleText(s, Messages.of(lang), "a").rule(f, f);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      textBlock =
          """
          if(plan, 3, 0) + min(projects, 3) + paid / 100 * 4 # Cộng điểm các phần: Có kế hoạch được phê duyệt: có được 3 điểm; Số dự án: 1 điểm mỗi dự án, tối đa 3 điểm; Tỷ lệ giải ngân: tỷ lệ thuận, 100% được 4 điểm (từ 0 đến 10 điểm).
          if(plan, 5, 1)                                     # Có kế hoạch được phê duyệt: có được 5 điểm, không được 1 điểm (từ 0 đến 10 điểm).
          min(2 * projects, 6) + 0.5 * staff                 # Cộng điểm các phần: Số dự án: 2 điểm mỗi dự án, tối đa 6 điểm; Số cán bộ: 0,5 điểm × giá trị (từ 0 đến 10 điểm).
          min(4, paid * 0.05) + 2 + plan                     # Cộng điểm các phần: Tỷ lệ giải ngân: tỷ lệ thuận, 100% được 5 điểm, tối đa 4 điểm; cộng 2 điểm; Có kế hoạch được phê duyệt: có được 1 điểm (từ 0 đến 10 điểm).
          if(paid >= 90, 5, 0) + projects                    # Tính theo công thức: if([Tỷ lệ giải ngân] >= 90, 5, 0) + [Số dự án] (từ 0 đến 10 điểm).
          round(projects / staff * 10, 1)                    # Tính theo công thức: round([Số dự án] / [Số cán bộ] * 10, 1) (từ 0 đến 10 điểm).
          """)
  void aFormulaInWordsOrWithLabelsWhenTooComplex(String expr, String words) {
    assertThat(rule(expr.strip(), "vi")).isEqualTo(words.strip());
  }

  @Test
  void inEnglish() {
    assertThat(rule("if(plan, 3, 0) + min(projects, 3) + paid / 100 * 4", "en"))
        .isEqualTo(
            "The sum of: Có kế hoạch được phê duyệt: yes gives 3 points; Số dự án: 1 points per dự án, at most 3"
                + " points; Tỷ lệ giải ngân: in proportion, 100% gives 4 points (0 to 10 points).");
    assertThat(rule("max(projects, staff)", "en"))
        .isEqualTo("Computed by the formula: max([Số dự án], [Số cán bộ]) (0 to 10 points).");
  }

  @Test
  void theSampleSetsFormulaInTheTemplatesWords() {
    CriteriaSet s = CriteriaLoader.load(Path.of("criteria/phu-tho-2018.yaml"), "c.yaml").criteria();
    Criterion c = s.groups().get(4).criteria().get(0);
    assertThat(c.id()).isEqualTo("5.1");
    assertThat(new RuleText(s, Messages.of("vi"), "district").rule(c, c))
        .isEqualTo(
            "Cộng điểm các phần: Có kế hoạch ứng dụng CNTT năm 2018 được cấp có thẩm quyền phê duyệt: có được 3 điểm;"
                + " Số dự án, nhiệm vụ CNTT triển khai trong năm: 1 điểm mỗi dự án, tối đa 3 điểm;"
                + " Tỷ lệ giải ngân kinh phí CNTT được giao trong năm: tỷ lệ thuận, 100% được 4 điểm (từ 0 đến 10 điểm).");
  }
}
