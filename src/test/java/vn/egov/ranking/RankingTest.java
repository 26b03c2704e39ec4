package vn.egov.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.testing.Assess.HEAD;
import static vn.egov.testing.Assess.unit;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.model.Results;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.testing.Assess;

/** Ranks per unit group, ties, tiebreaks, unranked units, classification (SPEC §2). */
class RankingTest {
  @TempDir Path dir;

  private static final String CRITERIA =
      "groups:\n"
          + "  - id: G1\n    name: g1\n    criteria:\n"
          + "      - {id: c1, name: c1, max: 10, inputs: [{id: p1, label: p, type: points}], method: {type: manual, input: p1}}\n"
          + "  - id: G2\n    name: g2\n    criteria:\n"
          + "      - {id: c2, name: c2, max: 10, inputs: [{id: p2, label: p, type: points}], method: {type: manual, input: p2}}\n";

  private Results run(String settings, String csv) {
    return Assess.run(dir, HEAD + "unit_groups: [{id: a, name: A}, {id: b, name: B}]\n" + settings + CRITERIA, csv);
  }

  private static Integer rank(Results r, String id) {
    return unit(r, id).fin().rank();
  }

  @Test
  void sharesRankOnEqualScoresAndSkipsTheNextRanks() {
    Results r = run("", "unit_id,unit_group,p1,p2\nU1,a,9,9\nU2,a,8,8\nU3,a,9,7\nU4,a,7,7\nU5,a,10,10\n");
    // totals 18, 16, 16, 14, 20
    assertThat(List.of(rank(r, "U5"), rank(r, "U1"), rank(r, "U2"), rank(r, "U3"), rank(r, "U4")))
        .containsExactly(1, 2, 3, 3, 5);
  }

  @Test
  void breaksTiesOnTheTiebreakListBeforeSharing() {
    Results r = run("ranking: {tiebreak: [G2, c1]}\n", "unit_id,unit_group,p1,p2\nU1,a,9,7\nU2,a,7,9\nU3,a,8,8\nU4,a,8,8\n");
    assertThat(rank(r, "U2")).isEqualTo(1);
    assertThat(rank(r, "U3")).isEqualTo(2);
    assertThat(rank(r, "U4")).isEqualTo(2);
    assertThat(rank(r, "U1")).isEqualTo(4);
  }

  @Test
  void ranksEachUnitGroupSeparately() {
    Results r = run("", "unit_id,unit_group,p1,p2\nA1,a,5,5\nA2,a,6,6\nB1,b,1,1\nB2,b,9,9\n");
    assertThat(List.of(rank(r, "A2"), rank(r, "A1"), rank(r, "B2"), rank(r, "B1"))).containsExactly(1, 2, 1, 2);
    assertThat(r.units().stream().map(UnitResult::id).toList()).containsExactly("A2", "A1", "B2", "B1");
  }

  @Test
  void ranksOnTheRoundedFigure() {
    // scores 66.666… and 66.67 (points 6.667 rounds to 6.67): both 66.67 once rounded
    Results r = run("scoring: {precision: 2}\n", "unit_id,unit_group,p1,p2\nU1,a,\"6,666\",\"6,668\"\nU2,a,\"6,67\",\"6,67\"\n");
    assertThat(unit(r, "U1").fin().score()).isEqualByComparingTo("66.70");
    assertThat(rank(r, "U1")).isEqualTo(1);
    assertThat(rank(r, "U2")).isEqualTo(1);
  }

  @Test
  void ranksByPointsWhenAsked() {
    Results r = run(
        "ranking: {by: points}\n",
        "unit_id,unit_group,p1,p2\nU1,a,10,\nU2,a,6,6\n");
    // U1 has a blank required p2: missing, 0 points, max 20 → 10 points; U2 12 points
    assertThat(rank(r, "U2")).isEqualTo(1);
    assertThat(rank(r, "U1")).isEqualTo(2);
  }

  @Test
  void scoresButNeverRanksUnitsMarkedNotRankedAndListsUnitsThatSentNothing() {
    String yaml =
        HEAD + "unit_groups: [{id: a, name: A}]\n"
            + "units:\n  - {id: U1, name: Sở Nội vụ, group: a}\n  - {id: CA, name: Công an tỉnh, group: a, ranked: false}\n  - {id: U3, name: Sở Y tế, group: a}\n"
            + "classification: {bands: [{min: 80, label: Tốt}, {min: 0, label: Yếu}]}\n"
            + CRITERIA;
    Results r = Assess.run(dir, yaml, "unit_id,p1,p2\nU1,8,8\nCA,10,10\n");
    assertThat(rank(r, "U1")).isEqualTo(1);
    assertThat(unit(r, "CA").fin().rank()).isNull();
    assertThat(unit(r, "CA").fin().score()).isEqualByComparingTo("100");
    assertThat(unit(r, "CA").fin().classification()).isEqualTo("Tốt");
    assertThat(unit(r, "U3").status()).isEqualTo(UnitStatus.NOT_SUBMITTED);
    assertThat(unit(r, "U3").fin()).isNull();
    assertThat(r.units().stream().map(UnitResult::id).toList()).containsExactly("U1", "CA", "U3");
  }

  @Test
  void classifiesWithTheFirstBandWhoseMinIsReachedAndPerGroupBands() {
    Results r = run(
        "classification:\n  bands: [{min: 90, label: Tốt}, {min: 50, label: Khá}]\n  overrides: {b: {bands: [{min: 40, label: Đạt}]}}\n",
        "unit_id,unit_group,p1,p2\nA1,a,9,9\nA2,a,5,5\nA3,a,4,5\nB1,b,4,4\nB2,b,3,4\n");
    assertThat(unit(r, "A1").fin().classification()).isEqualTo("Tốt");
    assertThat(unit(r, "A2").fin().classification()).isEqualTo("Khá");
    assertThat(unit(r, "A3").fin().classification()).isEqualTo(Ranker.UNCLASSIFIED);
    assertThat(unit(r, "B1").fin().classification()).isEqualTo("Đạt");
    assertThat(unit(r, "B2").fin().classification()).isEqualTo(Ranker.UNCLASSIFIED);
  }

  @Test
  void rejectsUnitsWithErrorsUnderStrictAndDoesNotRankThem() {
    Results r = Assess.run(
        dir,
        HEAD + "unit_groups: [{id: a, name: A}]\n" + CRITERIA,
        "unit_id,unit_group,p1,p2\nU1,a,8,8\nU2,a,9x,9\nU3,a,5,5\n",
        true);
    assertThat(unit(r, "U2").status()).isEqualTo(UnitStatus.REJECTED);
    assertThat(unit(r, "U2").fin().rank()).isNull();
    assertThat(rank(r, "U1")).isEqualTo(1);
    assertThat(rank(r, "U3")).isEqualTo(2);
  }

  @Test
  void sortsEqualRanksByVietnameseNameOrder() {
    String yaml =
        HEAD + "unit_groups: [{id: a, name: A}]\n"
            + "units:\n  - {id: X1, name: Sở Y tế, group: a}\n  - {id: X2, name: Sở Xây dựng, group: a}\n  - {id: X3, name: Sở Đào tạo, group: a}\n  - {id: X4, name: Sở Du lịch, group: a}\n"
            + CRITERIA;
    Results r = Assess.run(dir, yaml, "unit_id,p1,p2\nX1,5,5\nX2,5,5\nX3,5,5\nX4,5,5\n");
    // Vietnamese order: D < Đ < X < Y
    assertThat(r.units().stream().map(u -> u.unit().name()).toList())
        .containsExactly("Sở Du lịch", "Sở Đào tạo", "Sở Xây dựng", "Sở Y tế");
  }
}
