package vn.egov.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.testing.Assess.HEAD;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.scoring.Hint;
import vn.egov.scoring.Hints;
import vn.egov.model.Results;
import vn.egov.testing.Assess;
import vn.egov.text.Messages;

/** Improvement hints against values computed by hand. */
class HintsTest {
  @TempDir Path dir;

  private static Hint hint(List<Hint> hints, String criterion, String input) {
    return hints.stream()
        .filter(h -> h.criterionId().equals(criterion) && h.inputId().equals(input))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no hint for " + criterion + "/" + input + " in " + hints));
  }

  /**
   * U1 of {@link Fixture}: r needs a1 / 260 × 100 ≥ 98, so a1 ≥ 254.8 → 255 (+2: 8 → 10); co needs
   * 20 × 0.25 = 5 (+3.75); pr full at the target 90 (+3.22: 6.78 → 10); ma 10 (+2.5); fo: k alone
   * gives at most min(k, 3) × 2, so k = 3 (+2: 7 → 9); re equal to the best, 60 (+7.5); best: y1
   * yes (+2: 3 → 5); ch the option Full (+1.5). Ordered by gain, ties in criteria order.
   */
  @Test
  void everyMethodSuggestsTheSmallestChangeOrderedByPointsGained() {
    Results r = Fixture.results(dir);
    List<Hint> hints = Hints.of(r, Assess.unit(r, "U1"));
    assertThat(hints)
        .extracting(h -> h.criterionId() + ":" + h.inputId() + "=" + h.to().stripTrailingZeros().toPlainString() + " +" + h.gain())
        .containsExactly(
            "re:s3=60 +7.50",
            "co:n=20 +3.75",
            "pr:pc=90 +3.22",
            "ma:sp=10 +2.50",
            "r:a1=255 +2.00",
            "fo:k=3 +2.00",
            "best.a:y1=1 +2.00",
            "ch:p=4 +1.50");
    Hint a1 = hint(hints, "r", "a1");
    assertThat(a1.action()).isEqualTo(Hint.Action.RAISE);
    assertThat(a1.from()).isEqualByComparingTo("250");
    assertThat(a1.pointsBefore()).isEqualByComparingTo("8");
    assertThat(a1.pointsAfter()).isEqualByComparingTo("10");
    // 54.53 / 78 × 100 = 69.910… → 69.91
    assertThat(a1.scoreAfter()).isEqualByComparingTo("69.91");
    assertThat(hint(hints, "best.a", "y1").action()).isEqualTo(Hint.Action.SET_TRUE);
    assertThat(hint(hints, "best.a", "y1").topCriterionId()).isEqualTo("best");
    assertThat(hint(hints, "ch", "p").option()).isEqualTo("Full");
    assertThat(Hints.describe(a1, Messages.of("en"), 2))
        .isEqualTo("r: raise With PC (a1) from 250 to 255: +2.00 points (criterion r: 8.00 → 10.00; score 67.35 → 69.91)");
  }

  @Test
  void unitsAtFullPointsGetNoHintForThatCriterion() {
    Results r = Fixture.results(dir);
    List<Hint> hints = Hints.of(r, Assess.unit(r, "U2"));
    assertThat(hints).noneMatch(h -> h.topCriterionId().equals("re") || h.topCriterionId().equals("pr") || h.topCriterionId().equals("best"));
    // U2's sub: 0 + 4 of 6; x1 yes gives 4 + 4 = 8, capped at 6: +2
    assertThat(hint(hints, "sub.a", "x1").gain()).isEqualByComparingTo("2");
  }

  private Results run(String criteria, String csv) {
    return Assess.run(
        dir, HEAD + "unit_groups: [{id: a, name: A}]\nscoring: {precision: 1}\ngroups:\n  - id: G\n    name: G\n    criteria:\n" + criteria, csv);
  }

  @Test
  void deductionsAndLowerIsBetterSuggestLowerValues() {
    Results r =
        run(
            "      - {id: base, name: base, max: 10, inputs: [{id: q, label: q, type: points}], method: {type: manual, input: q}}\n"
                + "      - {id: days, name: days, max: 4, inputs: [{id: dd, label: Days, type: number, min: 0}], method: {type: proportional, value: dd, target: 2, floor: 10}}\n"
                + "      - {id: d, name: ded, max: 5, kind: deduction, inputs: [{id: inc, label: Incidents, type: integer, min: 0, required: false}], method: {type: count, value: 2 * inc, each: 1}}\n",
            "unit_id,unit_group,q,dd,inc\nU,a,10,6,2\n");
    List<Hint> hints = Hints.of(r, Assess.unit(r, "U"));
    // deduction 2 × 2 = 4 points: lowering inc to 0 gives them back
    Hint inc = hint(hints, "d", "inc");
    assertThat(inc.action()).isEqualTo(Hint.Action.LOWER);
    assertThat(inc.to()).isEqualByComparingTo("0");
    assertThat(inc.gain()).isEqualByComparingTo("4");
    // 4 × (6 − 10) / (2 − 10) = 2; full points at the target 2 days
    Hint dd = hint(hints, "days", "dd");
    assertThat(dd.action()).isEqualTo(Hint.Action.LOWER);
    assertThat(dd.to()).isEqualByComparingTo("2");
    assertThat(dd.gain()).isEqualByComparingTo("2");
    assertThat(hints.get(0)).isSameAs(inc);
  }

  @Test
  void aBlankRequiredInputIsToBeFilledIn() {
    Results r =
        run(
            "      - {id: m, name: m, max: 3, inputs: [{id: m1, label: Databases, type: integer, min: 0}], method: {type: bands, value: m1, bands: [{min: 5, points: 3}, {min: 2, points: 1}]}}\n",
            "unit_id,unit_group,m1\nU,a,\n");
    List<Hint> hints = Hints.of(r, Assess.unit(r, "U"));
    assertThat(hints).extracting(h -> h.action() + " " + h.to() + " +" + h.gain()).containsExactly("FILL 5 +3.0", "FILL 2 +1.0");
  }

  @Test
  void aValueBreakingAConsistencyRuleIsNeverSuggested() {
    Results r =
        run(
            "      - {id: c, name: c, max: 5, inputs: [{id: a, label: a, type: integer, min: 0}, {id: t, label: t, type: integer, min: 0}], method: {type: bands, value: a / t * 100, bands: [{min: 101, points: 5}, {min: 50, points: 2}]}}\n"
                + "checks:\n  - {rule: a <= t, message: a above t, severity: error}\n",
            "unit_id,unit_group,a,t\nU,a,255,260\n");
    // 101 % needs a ≥ 263 > t, or t ≤ 252 < a: both break a <= t
    assertThat(Hints.of(r, Assess.unit(r, "U"))).isEmpty();
  }

  @Test
  void roundingAloneIsNotALevelReached() {
    Results r =
        run(
            "      - {id: e, name: e, max: 10, inputs: [{id: pc, label: pc, type: percent}], method: {type: proportional, value: pc, target: 100}}\n",
            "unit_id,unit_group,pc\nU,a,90\n");
    // 99.5 % would round to 10.0 points at one decimal; the hint says the target, 100 %
    assertThat(Hints.of(r, Assess.unit(r, "U"))).extracting(h -> h.to().stripTrailingZeros().toPlainString()).containsExactly("100");
  }
}
