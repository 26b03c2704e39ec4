package vn.egov.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.egov.cli.Cli;

/** {@code egov explain} follows applicability unit by unit (golden case 04, unit tags). */
class UnitTagsExplainTest {
  private static final String DIR = "src/test/resources/golden/04-unit-tags/";

  private static Cli.Run explain(String unit) {
    Cli.Run run =
        Cli.run("explain", "-c", DIR + "criteria.yaml", DIR + "reports.csv", "--unit", unit, "--criterion", "1.2", "--lang", "en");
    assertThat(run.exit()).as(run.err()).isZero();
    return run;
  }

  @Test
  void taggedDepartmentIsScoredOnTheTaggedCriterion() {
    assertThat(explain("SA").out())
        .contains("Group 1. Chuyển đổi số: 30.00 / 35.00 points (self-assessed 30.00)")
        .contains("  1.2  Tỷ lệ hồ sơ trực tuyến [proportional; max 20.00]")
        .contains("       scoring: online_share = 80; proportional: 20 × 80 / 100 = 16 ⇒ 16.00 points")
        .contains("Score (points / max × 100)          85.71  85.71");
  }

  @Test
  void untaggedDepartmentIsToldWhomTheCriterionAppliesTo() {
    assertThat(explain("SB").out())
        .contains("Group 1. Chuyển đổi số: 15.00 / 15.00 points (self-assessed 15.00)")
        .contains(
            "       scoring: does not apply to this unit of Sở, ban, ngành: it applies to Xã, phường, units tagged kinh-te-so only ⇒ no points")
        .contains("Score (points / max × 100)         100.00  100.00");
  }
}
