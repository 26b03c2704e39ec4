package vn.egov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.testing.Assess.HEAD;
import static vn.egov.testing.Assess.criterion;
import static vn.egov.testing.Assess.unit;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.model.CriterionStatus;
import vn.egov.model.Results;
import vn.egov.testing.Assess;

/** Each scoring method of SPEC §2 on hand-computed cases. */
class ScoringMethodsTest {
  @TempDir Path dir;

  private static final String GROUPS = "unit_groups: [{id: a, name: A}, {id: b, name: B}]\n";

  private Results run(String criteria, String csv) {
    return Assess.run(dir, HEAD + GROUPS + "scoring: {precision: 2}\ngroups:\n  - id: G\n    name: G\n    criteria:\n" + criteria, csv);
  }

  private static BigDecimal points(Results r, String unit, String criterion) {
    return criterion(unit(r, unit), criterion).fin().points();
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void booleanGivesMaxForTrueAndZeroForFalse() {
    Results r = run(
        "      - {id: c, name: c, max: 3, inputs: [{id: lan, label: LAN, type: boolean}], method: {type: boolean, input: lan}}\n",
        "unit_id,unit_group,lan\nU1,a,Có\nU2,a,không\nU3,a,x\n");
    assertThat(points(r, "U1", "c")).isEqualByComparingTo("3");
    assertThat(points(r, "U2", "c")).isEqualByComparingTo("0");
    assertThat(points(r, "U3", "c")).isEqualByComparingTo("3");
  }

  @Test
  void choiceGivesTheChosenOptionsPointsByValueOrLabel() {
    Results r = run(
        "      - {id: c, name: c, max: 4, inputs: [{id: p, label: p, type: choice, options: [{value: full, label: Đáp ứng đầy đủ, points: 4}, {value: part, label: Một phần, points: 2.5}, {value: none, label: Chưa, points: 0}]}], method: {type: choice, input: p}}\n",
        "unit_id,unit_group,p\nU1,a,ĐÁP ỨNG ĐẦY ĐỦ\nU2,a,part\nU3,a,chưa\n");
    assertThat(points(r, "U1", "c")).isEqualByComparingTo("4");
    assertThat(points(r, "U2", "c")).isEqualByComparingTo("2.5");
    assertThat(points(r, "U3", "c")).isEqualByComparingTo("0");
  }

  @Test
  void bandsTakeTheFirstMatchingBandInListedOrder() {
    Results r = run(
        "      - {id: c, name: c, max: 5, inputs: [{id: n, label: n, type: integer}], method: {type: bands, value: n, bands: [{min: 4, points: 5}, {min: 2, max: 3, points: 3}, {min: 1, points: 1}]}}\n",
        "unit_id,unit_group,n\nU4,a,4\nU3,a,3\nU2,a,2\nU1,a,1\nU0,a,0\n");
    assertThat(points(r, "U4", "c")).isEqualByComparingTo("5");
    assertThat(points(r, "U3", "c")).isEqualByComparingTo("3");
    assertThat(points(r, "U2", "c")).isEqualByComparingTo("3");
    assertThat(points(r, "U1", "c")).isEqualByComparingTo("1");
    assertThat(points(r, "U0", "c")).isEqualByComparingTo("0");
  }

  @Test
  void aRatioExactlyOnAThresholdMeetsTheBandInDecimalArithmetic() {
    Results r = run(
        "      - {id: c, name: c, max: 5, inputs: [{id: a1, label: a, type: number}, {id: b1, label: b, type: number}], method: {type: bands, value: a1 / b1 * 100, bands: [{min: 57, points: 5}]}}\n"
            + "      - {id: d, name: d, max: 2, inputs: [{id: x, label: x, type: number}, {id: y, label: y, type: number}], method: {type: bands, value: x + y, bands: [{min: 0.3, points: 2}]}}\n",
        "unit_id,unit_group,a1,b1,x,y\nU1,a,57,100,\"0,1\",\"0,2\"\nU2,a,\"56,99\",100,\"0,1\",\"0,19\"\n");
    assertThat(points(r, "U1", "c")).isEqualByComparingTo("5");
    assertThat(points(r, "U1", "d")).isEqualByComparingTo("2");
    assertThat(points(r, "U2", "c")).isEqualByComparingTo("0");
    assertThat(points(r, "U2", "d")).isEqualByComparingTo("0");
  }

  @Test
  void proportionalScalesBetweenFloorAndTargetAndClamps() {
    Results r = run(
        "      - {id: c, name: c, max: 10, inputs: [{id: r, label: r, type: percent}], method: {type: proportional, value: r, target: 90, floor: 50}}\n"
            + "      - {id: low, name: low, max: 4, inputs: [{id: days, label: days, type: number}], method: {type: proportional, value: days, target: 2, floor: 10}}\n",
        "unit_id,unit_group,r,days\nU1,a,70%,6\nU2,a,95,1\nU3,a,40,12\nU4,a,\"77,1\",\"2,5\"\n");
    assertThat(points(r, "U1", "c")).isEqualByComparingTo("5");
    assertThat(points(r, "U2", "c")).isEqualByComparingTo("10");
    assertThat(points(r, "U3", "c")).isEqualByComparingTo("0");
    assertThat(points(r, "U4", "c")).isEqualByComparingTo("6.78"); // 10 × 27.1 / 40 = 6.775 → half-up
    assertThat(points(r, "U1", "low")).isEqualByComparingTo("2"); // 4 × (6 − 10) / (2 − 10)
    assertThat(points(r, "U2", "low")).isEqualByComparingTo("4");
    assertThat(points(r, "U3", "low")).isEqualByComparingTo("0");
    assertThat(points(r, "U4", "low")).isEqualByComparingTo("3.75");
  }

  @Test
  void countIsCappedAtMaxAndNeverNegative() {
    Results r = run(
        "      - {id: c, name: c, max: 3, inputs: [{id: n, label: n, type: integer}], method: {type: count, value: n, each: 0.25}}\n",
        "unit_id,unit_group,n\nU1,a,5\nU2,a,40\nU3,a,-4\n");
    assertThat(points(r, "U1", "c")).isEqualByComparingTo("1.25");
    assertThat(points(r, "U2", "c")).isEqualByComparingTo("3");
    assertThat(points(r, "U3", "c")).isEqualByComparingTo("0");
  }

  @Test
  void manualTakesTheEnteredPointsAndRejectsPointsAboveMax() {
    Results r = run(
        "      - {id: c, name: c, max: 10, inputs: [{id: p, label: p, type: points}], method: {type: manual, input: p}}\n",
        "unit_id,unit_group,p\nU1,a,\"7,5\"\nU2,a,12\n");
    assertThat(points(r, "U1", "c")).isEqualByComparingTo("7.5");
    assertThat(criterion(unit(r, "U2"), "c").fin().status()).isEqualTo(CriterionStatus.MISSING);
    assertThat(points(r, "U2", "c")).isEqualByComparingTo("0");
    assertThat(Assess.render(r.problems())).contains("3:3: error: 12 is outside the allowed range 0 to 10");
  }

  @Test
  void formulaIsClampedBetweenZeroAndMax() {
    Results r = run(
        "      - {id: c, name: c, max: 10, inputs: [{id: plan, label: plan, type: boolean}, {id: n, label: n, type: integer}], method: {type: formula, expr: 'if(plan, 3, 0) + min(n, 3) * 2 - 1'}}\n",
        "unit_id,unit_group,plan,n\nU1,a,có,2\nU2,a,có,9\nU3,a,không,0\n");
    assertThat(points(r, "U1", "c")).isEqualByComparingTo("6");
    assertThat(points(r, "U2", "c")).isEqualByComparingTo("8");
    assertThat(points(r, "U3", "c")).isEqualByComparingTo("0");
  }

  @Test
  void relativeComparesWithTheBestUnitOfTheSameGroupOnly() {
    Results r = run(
        "      - {id: c, name: c, max: 40, inputs: [{id: bw, label: bw, type: number}], method: {type: relative, value: bw}}\n",
        "unit_id,unit_group,bw\nA1,a,10\nA2,a,\"2,5\"\nA3,a,0\nB1,b,3\nB2,b,1\n");
    assertThat(points(r, "A1", "c")).isEqualByComparingTo("40");
    assertThat(points(r, "A2", "c")).isEqualByComparingTo("10");
    assertThat(points(r, "A3", "c")).isEqualByComparingTo("0");
    assertThat(points(r, "B1", "c")).isEqualByComparingTo("40");
    assertThat(points(r, "B2", "c")).isEqualByComparingTo("13.33");
  }

  @Test
  void relativeLowerIsBetterUsesTheLowestPositiveValue() {
    Results r = run(
        "      - {id: c, name: c, max: 10, inputs: [{id: days, label: d, type: number}], method: {type: relative, value: days, lower_is_better: true}}\n",
        "unit_id,unit_group,days\nU1,a,2\nU2,a,8\nU3,a,0\n");
    assertThat(points(r, "U1", "c")).isEqualByComparingTo("10");
    assertThat(points(r, "U2", "c")).isEqualByComparingTo("2.5");
    assertThat(points(r, "U3", "c")).isEqualByComparingTo("10");
  }

  @Test
  void relativeGivesZeroWhenTheBestIsNotPositive() {
    Results r = run(
        "      - {id: c, name: c, max: 10, inputs: [{id: v, label: v, type: number}], method: {type: relative, value: v}}\n",
        "unit_id,unit_group,v\nU1,a,0\nU2,a,-3\n");
    assertThat(points(r, "U1", "c")).isEqualByComparingTo("0");
    assertThat(points(r, "U2", "c")).isEqualByComparingTo("0");
  }

  @Test
  void relativeSelfAndFinalFiguresUseTheirOwnBest() {
    Results r = run(
        "      - {id: c, name: c, max: 10, inputs: [{id: v, label: v, type: number}], method: {type: relative, value: v}}\n",
        "unit_id,unit_group,v,v@appraised\nU1,a,10,5\nU2,a,5,\n");
    // self: best 10 → U1 10, U2 5; final: U1 appraised to 5, best 5 → both 10
    assertThat(criterion(unit(r, "U1"), "c").self().points()).isEqualByComparingTo("10");
    assertThat(criterion(unit(r, "U2"), "c").self().points()).isEqualByComparingTo("5");
    assertThat(points(r, "U1", "c")).isEqualByComparingTo("10");
    assertThat(points(r, "U2", "c")).isEqualByComparingTo("10");
  }

  @Test
  void subCriteriaAreSummedAndCappedOrTheBestCounts() {
    Results r = run(
        "      - id: s\n        name: s\n        max: 5\n        criteria:\n"
            + "          - {id: s.a, name: a, max: 4, inputs: [{id: x, label: x, type: boolean}], method: {type: boolean, input: x}}\n"
            + "          - {id: s.b, name: b, max: 3, inputs: [{id: y, label: y, type: boolean}], method: {type: boolean, input: y}}\n"
            + "      - id: m\n        name: m\n        max: 5\n        combine: max\n        criteria:\n"
            + "          - {id: m.a, name: a, max: 5, inputs: [{id: p, label: p, type: boolean}], method: {type: boolean, input: p}}\n"
            + "          - {id: m.b, name: b, max: 3, inputs: [{id: q, label: q, type: boolean}], method: {type: boolean, input: q}}\n",
        "unit_id,unit_group,x,y,p,q\nU1,a,1,1,0,1\nU2,a,0,1,1,1\n");
    assertThat(points(r, "U1", "s")).isEqualByComparingTo("5"); // 4 + 3 capped at 5
    assertThat(points(r, "U2", "s")).isEqualByComparingTo("3");
    assertThat(points(r, "U1", "m")).isEqualByComparingTo("3");
    assertThat(points(r, "U2", "m")).isEqualByComparingTo("5");
    assertThat(points(r, "U1", "s.a")).isEqualByComparingTo("4");
  }

  @Test
  void aDivisionByZeroIsUndefinedAndScoresZeroOrNaWhereAsked() {
    Results r = run(
        "      - {id: c, name: c, max: 5, inputs: [{id: ok, label: ok, type: integer}, {id: all, label: all, type: integer}], method: {type: proportional, value: ok / all}}\n"
            + "      - {id: n, name: n, max: 5, na: allowed, inputs: [{id: k, label: k, type: integer}, {id: t, label: t, type: integer}], method: {type: proportional, value: k / t, on_undefined: na}}\n"
            + "      - {id: z, name: z, max: 10, inputs: [{id: w, label: w, type: boolean}], method: {type: boolean, input: w}}\n",
        "unit_id,unit_group,ok,all,k,t,w\nU1,a,0,0,0,0,1\n");
    assertThat(criterion(unit(r, "U1"), "c").fin().status()).isEqualTo(CriterionStatus.UNDEFINED);
    assertThat(points(r, "U1", "c")).isEqualByComparingTo("0");
    assertThat(criterion(unit(r, "U1"), "n").fin().status()).isEqualTo(CriterionStatus.NA);
    assertThat(points(r, "U1", "n")).isNull();
    assertThat(unit(r, "U1").fin().max()).isEqualByComparingTo("15");
    assertThat(unit(r, "U1").fin().score()).isEqualByComparingTo("66.67");
    assertThat(Assess.render(r.problems())).anyMatch(l -> l.startsWith("2:1: warning: criterion c cannot be computed"));
  }
}
