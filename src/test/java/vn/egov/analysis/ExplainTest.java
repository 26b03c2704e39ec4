package vn.egov.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.model.CriterionStatus;
import vn.egov.model.Results;
import vn.egov.testing.Assess;
import vn.egov.text.Messages;

/**
 * {@code explain} against figures computed by hand for every scoring method (see {@link Fixture}).
 *
 * <p>U1, final values: b 3 · ch "Part" 2.5 · r 250/260×100 = 96.15… → band ≥ 90: 8 (self 258/260
 * = 99.23… → 10) · pr 10 × (77.1 − 50)/(90 − 50) = 6.775 → 6.78 · co min(5, 5 × 0.25) = 1.25 · ma
 * 7.5 · fo 3 + min(2, 3) × 2 = 7 · re 15 × 30/60 = 7.5 · sub 4 + 4 = 8, capped 6 · best max(0, 3) =
 * 3 · na N/A. Points 52.53 of 78 (na's 5 left out) → score 67.35; self 54.53 → 69.91. U2: 0 + 4 +
 * 4 (200/260 = 76.9 → ≥ 70) + 10 + 5 + 10 + 0 + 15 + 4 + 5 + 3 = 60 of 83 → 72.29: rank 1, U1 rank
 * 2. Both "Poor" (< 80); U1 needs 62.40 points for 80 (62.39/78 = 79.99): 9.87 more.
 */
class ExplainTest {
  @TempDir Path dir;

  private Results results;
  private Explanation u1;

  @BeforeEach
  void explain() {
    results = Fixture.results(dir);
    u1 = Explainer.explain(results, Assess.unit(results, "U1"), null, Messages.of("en"));
  }

  private Explanation.CriterionTrace c(String id) {
    return find(u1.criteria(), id);
  }

  private static Explanation.CriterionTrace find(List<Explanation.CriterionTrace> list, String id) {
    for (Explanation.CriterionTrace t : list) {
      if (t.id().equals(id)) {
        return t;
      }
      Explanation.CriterionTrace sub = find(t.criteria(), id);
      if (sub != null) {
        return sub;
      }
    }
    return null;
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void booleanShowsTheCellAndFullPoints() {
    Explanation.CriterionTrace b = c("b");
    assertThat(b.inputs().get(0).self().raw()).isEqualTo("Có");
    assertThat(b.inputs().get(0).self().value()).isEqualTo("yes");
    assertThat(b.inputs().get(0).self().where()).isEqualTo(dir.resolve("reports.csv") + ":2:3");
    assertThat(b.fin().rule()).isEqualTo("met: 3 points");
    assertThat(b.fin().points()).isEqualByComparingTo("3");
  }

  @Test
  void choiceShowsTheChosenOptionAndItsPoints() {
    Explanation.CriterionTrace ch = c("ch");
    assertThat(ch.fin().rule()).isEqualTo("p = \"Part\": 2.5 points");
    assertThat(ch.fin().points()).isEqualByComparingTo("2.5");
  }

  @Test
  void bandsSubstituteTheNumbersAndNameTheMatchedBandSelfAndAppraised() {
    Explanation.CriterionTrace r = c("r");
    assertThat(r.appraisalChanged()).isTrue();
    Explanation.InputTrace a1 = r.inputs().get(0);
    assertThat(a1.id()).isEqualTo("a1");
    assertThat(a1.self().raw()).isEqualTo("258");
    assertThat(a1.appraised().raw()).isEqualTo("250");
    assertThat(a1.appraised().where()).isEqualTo(dir.resolve("reports.csv") + ":2:6");
    assertThat(r.self().substituted()).isEqualTo("258 / 260 * 100");
    assertThat(r.self().value().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("99.2308");
    assertThat(r.self().rule()).isEqualTo("in the band ≥ 98: 10 points");
    assertThat(r.self().points()).isEqualByComparingTo("10");
    assertThat(r.fin().expression()).isEqualTo("a1 / t * 100");
    assertThat(r.fin().substituted()).isEqualTo("250 / 260 * 100");
    assertThat(r.fin().value().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("96.1538");
    assertThat(r.fin().rule()).isEqualTo("in the band ≥ 90: 8 points");
    assertThat(r.fin().points()).isEqualByComparingTo("8");
  }

  @Test
  void proportionalShowsTheFormulaWithFloorAndTargetAndRoundsHalfUp() {
    Explanation.CriterionTrace pr = c("pr");
    assertThat(pr.fin().unrounded()).isEqualByComparingTo("6.775");
    assertThat(pr.fin().points()).isEqualByComparingTo("6.78");
    assertThat(pr.fin().rule()).isEqualTo("proportional: 10 × (77.1 − 50) / (90 − 50) = 6.775");
  }

  @Test
  void countShowsTheCapAndEach() {
    Explanation.CriterionTrace co = c("co");
    assertThat(co.fin().rule()).isEqualTo("min(5, 5 × 0.25) = 1.25");
    assertThat(co.fin().points()).isEqualByComparingTo("1.25");
  }

  @Test
  void manualShowsTheEnteredPoints() {
    assertThat(c("ma").fin().rule()).isEqualTo("sp = 7.5: points given directly (0 to 10)");
    assertThat(c("ma").fin().points()).isEqualByComparingTo("7.5");
  }

  @Test
  void formulaSubstitutesBooleansAsOneAndZero() {
    Explanation.CriterionTrace fo = c("fo");
    assertThat(fo.fin().substituted()).isEqualTo("if(1, 3, 0) + min(2, 3) * 2");
    assertThat(fo.fin().value()).isEqualByComparingTo("7");
    assertThat(fo.fin().points()).isEqualByComparingTo("7");
  }

  /**
   * A formula that adds a comparison and a boolean constant (SPEC §2: booleans are 1/0):
   * if(1, 2 × 3, 0) + (5 > 2 && 1) + true = 6 + 1 + 1 = 8; explain shows the 1s it substituted.
   */
  @Test
  void formulaAddingBooleansShowsTheOnesAndZerosAndTheirSum(@TempDir Path own) {
    Results r =
        Assess.run(
            own,
            Assess.HEAD
                + "unit_groups: [{id: a, name: A}]\n"
                + "groups:\n"
                + "  - id: g\n"
                + "    name: G\n"
                + "    criteria:\n"
                + "      - {id: f, name: F, max: 10, inputs: [{id: ok, label: Ok, type: boolean}, {id: x, label: X, type: number}, {id: y, label: Y, type: number}],"
                + " method: {type: formula, expr: 'if(ok, x * 3, 0) + (x > y && ok) + true'}}\n",
            "unit_id,unit_name,unit_group,input_id,value\nU,Một,a,ok,có\nU,Một,a,x,2\nU,Một,a,y,1\n");
    Explanation e = Explainer.explain(r, Assess.unit(r, "U"), null, Messages.of("en"));
    Explanation.CriterionTrace f = find(e.criteria(), "f");
    assertThat(f.fin().substituted()).isEqualTo("if(1, 2 * 3, 0) + (2 > 1 && 1) + 1");
    assertThat(f.fin().value()).isEqualByComparingTo("8");
    assertThat(f.fin().points()).isEqualByComparingTo("8");
    assertThat(f.fin().status()).isEqualTo(CriterionStatus.SCORED);
  }

  @Test
  void relativeNamesTheGroupsBest() {
    Explanation.CriterionTrace re = c("re");
    assertThat(re.fin().rule()).isEqualTo("relative to the group's best: 15 × 30 / 60 = 7.5");
    assertThat(re.fin().points()).isEqualByComparingTo("7.5");
  }

  @Test
  void subCriteriaAreSummedAndCappedOrTheBestCounts() {
    assertThat(c("sub").fin().rule()).isEqualTo("4.00 + 4.00, at most 6.00");
    assertThat(c("sub").fin().points()).isEqualByComparingTo("6");
    assertThat(c("sub").criteria()).extracting(Explanation.CriterionTrace::id).containsExactly("sub.a", "sub.b");
    assertThat(c("sub.a").depth()).isEqualTo(1);
    assertThat(c("best").fin().rule()).isEqualTo("best of (0.00; 3.00), at most 5.00");
    assertThat(c("best").fin().points()).isEqualByComparingTo("3");
  }

  @Test
  void notApplicableLeavesPointsAndMaxOut() {
    Explanation.CriterionTrace na = c("na");
    assertThat(na.fin().status()).isEqualTo(CriterionStatus.NA);
    assertThat(na.fin().points()).isNull();
    assertThat(na.inputs().get(0).self().state()).isEqualTo("na");
    assertThat(u1.total().max()).isEqualByComparingTo("78");
  }

  @Test
  void totalsRankNeighboursAndNextClassAreTheEnginesAndComputedByHand() {
    assertThat(u1.total().points()).isEqualByComparingTo("52.53");
    assertThat(u1.total().score()).isEqualByComparingTo("67.35");
    assertThat(u1.self().points()).isEqualByComparingTo("54.53");
    assertThat(u1.self().score()).isEqualByComparingTo("69.91");
    assertThat(u1.total().rank()).isEqualTo(2);
    assertThat(u1.total().rankedUnits()).isEqualTo(2);
    assertThat(u1.neighbours().above().id()).isEqualTo("U2");
    assertThat(u1.neighbours().above().gap()).isEqualByComparingTo("4.94");
    assertThat(u1.neighbours().below()).isNull();
    assertThat(u1.nextClass().label()).isEqualTo("Good");
    assertThat(u1.nextClass().gap()).isEqualByComparingTo("12.65");
    assertThat(u1.nextClass().pointsNeeded()).isEqualByComparingTo("9.87");
    assertThat(u1.groups()).extracting(Explanation.GroupLine::points).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(d("21.53"), d("31.00"));
  }

  @Test
  void everyFigureIsTheEnginesAndUnroundedPointsRoundToIt() {
    for (Explanation.CriterionTrace t : all(u1.criteria())) {
      var engine = Assess.criterion(Assess.unit(results, "U1"), t.id());
      assertThat(t.fin().points()).as(t.id()).isEqualTo(engine.fin().points());
      assertThat(t.self().points()).as(t.id()).isEqualTo(engine.self().points());
      if (t.fin().unrounded() != null) {
        assertThat(t.fin().unrounded().setScale(2, RoundingMode.HALF_UP)).as(t.id()).isEqualByComparingTo(t.fin().points());
      }
    }
  }

  private static List<Explanation.CriterionTrace> all(List<Explanation.CriterionTrace> list) {
    List<Explanation.CriterionTrace> out = new java.util.ArrayList<>();
    for (Explanation.CriterionTrace t : list) {
      out.add(t);
      out.addAll(all(t.criteria()));
    }
    return out;
  }

  @Test
  void oneCriterionCanBeExplainedAlone() {
    Explanation e = Explainer.explain(results, Assess.unit(results, "U1"), "sub.b", Messages.of("en"));
    assertThat(e.criteria()).extracting(Explanation.CriterionTrace::id).containsExactly("sub.b");
    assertThat(e.total().points()).isEqualByComparingTo("52.53");
  }

  @Test
  void textShowsTheChainSelfAndAppraisedSideBySide() {
    List<String> lines = ExplainText.lines(u1, results.criteria(), Messages.of("en"));
    String text = String.join("\n", lines).replace(dir + java.io.File.separator, "");
    assertThat(text)
        .contains("a1  self-assessed \"258\" → 258  (reports.csv:2:5)")
        .contains("appraised     \"250\" → 250  (reports.csv:2:6)")
        .contains("self-assessed: a1 / t * 100 = 258 / 260 * 100 ≈ 99.2308; in the band ≥ 98: 10 points ⇒ 10.00 points")
        .contains("appraised (final): a1 / t * 100 = 250 / 260 * 100 ≈ 96.1538; in the band ≥ 90: 8 points ⇒ 8.00 points")
        .contains("scoring: pc = 77.1; proportional: 10 × (77.1 − 50) / (90 − 50) = 6.775 ⇒ 6.78 points")
        .contains("Above: rank 1 U2, 72.29 (4.94 score more)")
        .contains("Next class: Good (from 80): 12.65 more score needed, that is 9.87 points");
    assertThat(lines).anySatisfy(l -> assertThat(l).matches("Points +54\\.53 +52\\.53 +78\\.00"));
    assertThat(lines).anySatisfy(l -> assertThat(l).matches("Score \\(points / max × 100\\) +69\\.91 +67\\.35"));
  }

  @Test
  void vietnameseIsTheDefaultOfVietnameseCriteriaWithDecimalCommas() {
    List<String> lines = ExplainText.lines(u1, results.criteria(), Messages.of("vi"));
    assertThat(String.join("\n", lines)).contains("Tổng điểm").contains("52,53").contains("67,35");
  }
}
