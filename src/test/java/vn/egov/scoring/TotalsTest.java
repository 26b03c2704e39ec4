package vn.egov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.testing.Assess.HEAD;
import static vn.egov.testing.Assess.criterion;
import static vn.egov.testing.Assess.unit;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.model.CriterionStatus;
import vn.egov.model.Results;
import vn.egov.model.UnitResult;
import vn.egov.testing.Assess;

/** Rounding, totals, N/A, bonus and deductions, overrides, self vs final (SPEC §2). */
class TotalsTest {
  @TempDir Path dir;

  private Results run(String settings, String criteria, String csv) {
    return Assess.run(
        dir,
        HEAD + "unit_groups: [{id: a, name: A}, {id: b, name: B}]\n" + settings
            + "groups:\n  - id: G1\n    name: g1\n    criteria:\n" + criteria,
        csv);
  }

  @Test
  void roundsEachCriterionHalfUpAndAddsTheRoundedFigures() {
    // three criteria of 1/3 point each: 0.33 + 0.33 + 0.33 = 0.99, not 1.00
    String c = "";
    for (String id : new String[] {"x", "y", "z"}) {
      c += "      - {id: " + id + ", name: " + id + ", max: 1, inputs: [{id: " + id + "v, label: v, type: number}], method: {type: proportional, value: " + id + "v, target: 3}}\n";
    }
    c += "      - {id: h, name: h, max: 1, inputs: [{id: hv, label: v, type: number}], method: {type: proportional, value: hv}}\n";
    Results r = run("scoring: {precision: 2, scale: 100}\n", c, "unit_id,unit_group,xv,yv,zv,hv\nU1,a,1,1,1,\"0,125\"\n");
    UnitResult u = unit(r, "U1");
    assertThat(criterion(u, "x").fin().points()).isEqualByComparingTo("0.33");
    assertThat(criterion(u, "h").fin().points()).isEqualByComparingTo("0.13"); // half-up, not half-even 0.12
    assertThat(u.fin().points()).isEqualByComparingTo("1.12");
    assertThat(u.groups().get(0).points()).isEqualByComparingTo("1.12");
    assertThat(u.fin().max()).isEqualByComparingTo("4");
    assertThat(u.fin().score()).isEqualByComparingTo("28.00");
    assertThat(u.fin().score().scale()).isEqualTo(2);
  }

  @Test
  void roundsTheScoreOnceHalfUpAtTheLastDigit() {
    // 0.5 of 8 × 100 = 6.25; with precision 1 the score 6.25 rounds half-up to 6.3
    Results r = run(
        "scoring: {precision: 1}\n",
        "      - {id: c, name: c, max: 8, inputs: [{id: v, label: v, type: points}], method: {type: manual, input: v}}\n",
        "unit_id,unit_group,v\nU1,a,\"0,5\"\n");
    assertThat(unit(r, "U1").fin().score()).isEqualByComparingTo("6.3");
  }

  @Test
  void naCriteriaLeaveBothPointsAndMaxSoTheScoreIsRebased() {
    Results r = run(
        "",
        "      - {id: c1, name: c1, max: 10, na: allowed, inputs: [{id: r1, label: r, type: percent}], method: {type: proportional, value: r1, target: 100}}\n"
            + "      - {id: c2, name: c2, max: 30, inputs: [{id: r2, label: r, type: percent}], method: {type: proportional, value: r2, target: 100}}\n",
        "unit_id,unit_group,r1,r2\nU1,a,N/A,50\nU2,a,Không áp dụng,100\nU3,a,100,50\n");
    assertThat(criterion(unit(r, "U1"), "c1").fin().status()).isEqualTo(CriterionStatus.NA);
    assertThat(criterion(unit(r, "U1"), "c1").fin().points()).isNull();
    assertThat(unit(r, "U1").fin().max()).isEqualByComparingTo("30");
    assertThat(unit(r, "U1").fin().score()).isEqualByComparingTo("50");
    assertThat(unit(r, "U2").fin().score()).isEqualByComparingTo("100");
    assertThat(unit(r, "U3").fin().max()).isEqualByComparingTo("40");
    assertThat(unit(r, "U3").fin().score()).isEqualByComparingTo("62.5");
  }

  @Test
  void naIsAnErrorWhereTheCriterionDoesNotAllowItAndCountsAsBlank() {
    Results r = run(
        "",
        "      - {id: c1, name: c1, max: 10, inputs: [{id: r1, label: r, type: percent}], method: {type: proportional, value: r1, target: 100}}\n",
        "unit_id,unit_group,r1\nU1,a,N/A\n");
    assertThat(criterion(unit(r, "U1"), "c1").fin().status()).isEqualTo(CriterionStatus.MISSING);
    assertThat(unit(r, "U1").fin().max()).isEqualByComparingTo("10");
    assertThat(Assess.render(r.problems()))
        .contains("2:3: error: 'N/A' (not applicable) is not allowed for this input; enter a value");
  }

  @Test
  void bonusAddsPointsButNotMaxAndDeductionsNeverTakeTheTotalBelowZero() {
    Results r = run(
        "",
        "      - {id: c, name: c, max: 10, inputs: [{id: v, label: v, type: points}], method: {type: manual, input: v}}\n"
            + "      - {id: bonus, name: b, max: 2, kind: bonus, inputs: [{id: ideas, label: i, type: integer}], method: {type: count, value: ideas, each: 1}}\n"
            + "      - {id: minus, name: m, max: 5, kind: deduction, inputs: [{id: late, label: l, type: integer}], method: {type: count, value: late, each: 2}}\n",
        "unit_id,unit_group,v,ideas,late\nU1,a,10,3,0\nU2,a,4,0,1\nU3,a,1,0,4\n");
    assertThat(unit(r, "U1").fin().points()).isEqualByComparingTo("12");
    assertThat(unit(r, "U1").fin().max()).isEqualByComparingTo("10");
    assertThat(unit(r, "U1").fin().score()).isEqualByComparingTo("120");
    assertThat(unit(r, "U2").fin().points()).isEqualByComparingTo("2");
    assertThat(criterion(unit(r, "U3"), "minus").fin().points()).isEqualByComparingTo("5");
    assertThat(unit(r, "U3").fin().points()).isEqualByComparingTo("0");
    assertThat(unit(r, "U3").groups().get(0).points()).isEqualByComparingTo("-4");
  }

  @Test
  void overridesChangeMaxMethodAndNaForOneUnitGroup() {
    Results r = run(
        "",
        "      - id: c\n        name: c\n        max: 10\n"
            + "        inputs: [{id: pc, label: pc, type: integer}, {id: st, label: st, type: integer}]\n"
            + "        method: {type: bands, value: pc / st * 100, bands: [{min: 98, points: 10}, {min: 70, points: 5}]}\n"
            + "        overrides:\n"
            + "          b: {max: 20, method: {type: bands, value: pc / st * 100, bands: [{min: 70, points: 20}]}, na: allowed}\n"
            + "      - {id: d, name: d, max: 5, inputs: [{id: x, label: x, type: boolean}], method: {type: boolean, input: x}}\n",
        "unit_id,unit_group,pc,st,x\nA1,a,70,100,1\nB1,b,70,100,1\nB2,b,N/A,N/A,1\n");
    assertThat(criterion(unit(r, "A1"), "c").fin().points()).isEqualByComparingTo("5");
    assertThat(criterion(unit(r, "A1"), "c").max()).isEqualByComparingTo("10");
    assertThat(criterion(unit(r, "B1"), "c").fin().points()).isEqualByComparingTo("20");
    assertThat(unit(r, "B1").fin().max()).isEqualByComparingTo("25");
    assertThat(criterion(unit(r, "B2"), "c").fin().status()).isEqualTo(CriterionStatus.NA);
    assertThat(unit(r, "B2").fin().max()).isEqualByComparingTo("5");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void appliesToLeavesOtherGroupsWithStatusNotApplicableAndNoMax() {
    Results r = run(
        "",
        "      - {id: c, name: c, max: 5, applies_to: [b], inputs: [{id: vc, label: vc, type: boolean}], method: {type: boolean, input: vc}}\n"
            + "      - {id: d, name: d, max: 5, inputs: [{id: x, label: x, type: boolean}], method: {type: boolean, input: x}}\n",
        "unit_id,unit_group,vc,x\nA1,a,,1\nB1,b,1,1\n");
    assertThat(criterion(unit(r, "A1"), "c").fin().status()).isEqualTo(CriterionStatus.NOT_APPLICABLE);
    assertThat(unit(r, "A1").fin().max()).isEqualByComparingTo("5");
    assertThat(unit(r, "B1").fin().max()).isEqualByComparingTo("10");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void selfAndFinalFiguresAreComputedFromTheirOwnValues() {
    Results r = run(
        "",
        "      - {id: c, name: c, max: 10, inputs: [{id: ok, label: ok, type: integer}, {id: all, label: all, type: integer}], method: {type: proportional, value: ok / all}}\n",
        "unit_id,input_id,value,appraised,unit_group\nU1,ok,32.052,30.938,a\nU1,all,32.052,,a\n");
    UnitResult u = unit(r, "U1");
    assertThat(criterion(u, "c").self().points()).isEqualByComparingTo("10");
    assertThat(criterion(u, "c").fin().points()).isEqualByComparingTo("9.65"); // 30938/32052 = 0.96524…
    assertThat(u.self().score()).isEqualByComparingTo("100");
    assertThat(u.fin().score()).isEqualByComparingTo("96.5");
  }

  @Test
  void aBlankRequiredInputMakesTheCriterionMissingWithAnErrorButABlankOptionalOneCountsAsZero() {
    Results r = run(
        "",
        "      - {id: c, name: c, max: 10, inputs: [{id: a1, label: Số A, type: integer}], method: {type: count, value: a1, each: 1}}\n"
            + "      - {id: d, name: d, max: 10, inputs: [{id: b1, label: Số B, type: integer, required: false}], method: {type: count, value: b1 + 2, each: 1}}\n",
        "unit_id,unit_group,a1,b1\nU1,a,,\n");
    UnitResult u = unit(r, "U1");
    assertThat(criterion(u, "c").fin().status()).isEqualTo(CriterionStatus.MISSING);
    assertThat(criterion(u, "c").fin().points()).isEqualByComparingTo("0");
    assertThat(criterion(u, "d").fin().points()).isEqualByComparingTo("2");
    assertThat(u.fin().max()).isEqualByComparingTo("20");
    assertThat(Assess.render(r.problems()))
        .containsExactly("2:3: error: required input a1 (Số A) is blank; the criterion scores 0");
  }
}
