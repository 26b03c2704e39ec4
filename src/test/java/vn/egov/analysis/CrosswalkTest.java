package vn.egov.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/**
 * {@code compare --crosswalk} on two hand-written results files (precision 2 last year, 1 this
 * year). Expected figures, by hand:
 *
 * <ul>
 *   <li>X is made of A (80.5) and B (70.0), no weights: (80.5 + 70.0) / 2 = 75.25 → 75.3 (half
 *       up, this year's precision 1); X scores 78.0: +2.7.
 *   <li>Y is made of C (65.25, weight 0.6) and D (90.0, weight 0.4): 39.15 + 36.0 = 75.15 → 75.2;
 *       Y scores 74.0: −1.2.
 *   <li>E is in both years by id: 60.0 → 80.0, +20.0. Z has no predecessor: new. F (old) is in
 *       neither the map nor this year: gone.
 *   <li>Ranks within this year's ranking, among X, Y, E (Z has no last score): last scores 75.3,
 *       75.2, 60.0 rank X 1, Y 2, E 3; this year's order E 1, X 2, Y 3 (Z 4 is after them all):
 *       X 1 → 2 (−1), Y 2 → 3 (−1), E 3 → 1 (+2). E's rank last year (1 of the old ranking) is
 *       not used.
 * </ul>
 */
class CrosswalkTest {
  @TempDir static Path tmp;

  static final String OLD =
      """
      {"schema": "egov-results/1",
       "criteria_set": {"id": "old", "title": "Cũ", "period": "2024", "precision": 2,
                        "unit_groups": [{"id": "xa", "name": "Xã, phường"}], "groups": []},
       "units": [
        {"id": "E", "name": "Xã E", "group": "xa", "status": "scored", "score": 60.0, "rank": 5},
        {"id": "A", "name": "Xã A", "group": "xa", "status": "scored", "score": 80.5, "rank": 2},
        {"id": "B", "name": "Xã B", "group": "xa", "status": "scored", "score": 70.0, "rank": 3},
        {"id": "C", "name": "Xã C", "group": "xa", "status": "scored", "score": 65.25, "rank": 4},
        {"id": "D", "name": "Xã D", "group": "xa", "status": "scored", "score": 90.0, "rank": 1},
        {"id": "F", "name": "Xã F", "group": "xa", "status": "scored", "score": 50.0, "rank": 6}]}
      """;
  static final String NEW =
      """
      {"schema": "egov-results/1",
       "criteria_set": {"id": "new", "title": "Mới", "period": "2025", "precision": 1,
                        "unit_groups": [{"id": "xa", "name": "Xã, phường"}], "groups": []},
       "units": [
        {"id": "E", "name": "Xã E", "group": "xa", "status": "scored", "score": 80.0, "rank": 1},
        {"id": "X", "name": "Xã X", "group": "xa", "status": "scored", "score": 78.0, "rank": 2},
        {"id": "Y", "name": "Phường Y", "group": "xa", "status": "scored", "score": 74.0, "rank": 3},
        {"id": "Z", "name": "Xã Z", "group": "xa", "status": "scored", "score": 50.0, "rank": 4}]}
      """;
  static final String MAP = "old_unit_id,new_unit_id,weight\nA,X\nB,X\nC,Y,0.6\nD,Y,0.4\n";

  static Path old;
  static Path neu;
  static Path map;

  @BeforeAll
  static void files() throws IOException {
    old = write("2024.json", OLD);
    neu = write("2025.json", NEW);
    map = write("map.csv", MAP);
  }

  static Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void baselinesAreTheMeanAndTheWeightedMeanRoundedHalfUp() throws IOException {
    Path out = tmp.resolve("cmp");
    Cli.Run run = Cli.run("--lang", "en", "compare", old.toString(), neu.toString(), "--crosswalk", map.toString(), "-o", out.toString(), "--formats", "csv");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(out.resolve("compare.csv"), StandardCharsets.UTF_8))
        .isEqualTo(
            "\ufeffunit_group,unit_id,unit_name,change,old_status,new_status,old_points,new_points,old_max,new_max,old_score,new_score,"
                + "score_change,old_rank,new_rank,rank_change,old_class,new_class,class_changed,baseline_from,baseline_weights\r\n"
                + "xa,E,Xã E,both,scored,scored,,,,,60.0,80.0,20.0,3,1,2,,,false,,\r\n"
                + "xa,X,Xã X,merged,scored,scored,,,,,75.3,78.0,2.7,1,2,-1,,,false,A;B,\r\n"
                + "xa,Y,Phường Y,merged,scored,scored,,,,,75.2,74.0,-1.2,2,3,-1,,,false,C;D,0.6;0.4\r\n"
                + "xa,Z,Xã Z,new,,scored,,,,,,50.0,,,4,,,,,,\r\n"
                + "xa,F,Xã F,gone,scored,,,,,,50.0,,,6,,,,,,,\r\n"); // a gone unit keeps its published rank
    assertThat(run.out())
        .contains("Xã X: baseline 75.3 = mean of Xã A 80.5; Xã B 70.0")
        .contains("Phường Y: baseline 75.2 = weighted mean of Xã C 65.25 × 0.6; Xã D 90.0 × 0.4")
        .contains("ranks compare only within this year's ranking");
  }

  @Test
  void comparisonHoldsTheOriginsOfEachMergedUnit() {
    Comparison c =
        Comparison.of(
            ResultsFile.load(old, "2024.json").snapshot(),
            ResultsFile.load(neu, "2025.json").snapshot(),
            vn.egov.ingest.CrosswalkFile.load(map, "map.csv").crosswalk());
    Comparison.Row y = c.sections().get(0).rows().stream().filter(r -> r.id().equals("Y")).findFirst().orElseThrow();
    assertThat(y.presence()).isEqualTo(Comparison.Presence.MERGED);
    assertThat(y.origins()).extracting(Comparison.Origin::id).containsExactly("C", "D");
    assertThat(y.old().score()).isEqualByComparingTo("75.2");
    assertThat(y.scoreChange()).isEqualByComparingTo("-1.2");
    assertThat(c.sections().get(0).rows()).extracting(Comparison.Row::id).containsExactly("E", "X", "Y", "Z", "F");
  }

  @Test
  void unknownIdsGetADidYouMean() throws IOException {
    Path bad = write("bad-ids.csv", "old_unit_id,new_unit_id\nA,X\nBB,X\nC,Q\n");
    Cli.Run run = Cli.run("--lang", "en", "compare", old.toString(), neu.toString(), "--crosswalk", bad.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(bad + ":3:1: error: no unit BB in last year's results; did you mean B?")
        .contains(bad + ":4:2: error: no unit Q in this year's results");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void weightsMustBeNumbersAndASplitOldUnitMustBeWeighted() throws IOException {
    Path bad = write("bad-weights.csv", "A,X,nhiều\nB,X\nC,Y\nC,E\n");
    Cli.Run run = Cli.run("--lang", "en", "compare", old.toString(), neu.toString(), "--crosswalk", bad.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(bad + ":1:3: error: the weight \"nhiều\" is not a number")
        .contains(bad + ":3:1: error: old unit C goes into several new units (Y, E) and this row gives no weight")
        .contains(bad + ":4:1: error: old unit C goes into several new units (Y, E)");
  }

  static final String MERGED_2017 =
      """
      {"schema": "egov-results/1",
       "criteria_set": {"id": "old", "title": "Cũ", "period": "2017", "precision": 1, "groups": []},
       "units": [
        {"id": "STT", "name": "Sở Thông tin", "group": "department", "status": "scored", "score": 10.5, "points": 15.75, "rank": 2},
        {"id": "SBCVT", "name": "Sở Bưu chính", "group": "department", "status": "scored", "score": 20.0, "points": 30.0, "rank": 1}]}
      """;

  /**
   * validate --previous --crosswalk: STTTT (95.1 in 2018) is made of STT (10.5) and SBCVT (20.0):
   * baseline (10.5 + 20.0) / 2 = 15.25 → 15.3 (last year's precision 1), a move of 79.8 > 25
   * (a quarter of the scale 100). Without the crosswalk STTTT has no predecessor: no warning.
   */
  @Test
  void validateChecksAMergedUnitAgainstItsBaseline() throws IOException {
    Path last = write("merged-2017.json", MERGED_2017);
    Path sttttMap = write("stttt.csv", "STT,STTTT\nSBCVT,STTTT\n");
    String[] base = {"--lang", "en", "validate", "-c", "criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/wide", "--units", "samples/phu-tho-2018/units.csv", "--previous", last.toString()};
    Cli.Run without = Cli.run(base);
    assertThat(without.out() + without.err()).doesNotContain("would move");
    String[] with = java.util.Arrays.copyOf(base, base.length + 2);
    with[base.length] = "--crosswalk";
    with[base.length + 1] = sttttMap.toString();
    Cli.Run run = Cli.run(with);
    assertThat(run.out() + run.err())
        .contains("warning: the score would move from 15.3 last year to 95.1, more than 25 points; check the values [unit STTTT]");
  }

  @Test
  void aCrosswalkNeedsPrevious() {
    Cli.Run run = Cli.run("--lang", "en", "validate", "-c", "criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/wide", "--crosswalk", map.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--crosswalk goes with --previous RESULTS.json");
  }

  @Test
  void assessShowsTheBaselineAsLastYearsScore() throws IOException {
    Path last = write("merged-2017b.json", MERGED_2017);
    Path sttttMap = write("stttt-w.csv", "STT,STTTT,3\nSBCVT,STTTT,1\n");
    Path out = tmp.resolve("assess");
    Cli.Run run =
        Cli.run("--lang", "en", "assess", "-c", "criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/wide", "--units", "samples/phu-tho-2018/units.csv",
            "--previous", last.toString(), "--crosswalk", sttttMap.toString(), "-o", out.toString(), "--formats", "json,html");
    assertThat(run.exit()).as(run.err()).isIn(0, 1);
    // (10.5 × 3 + 20.0 × 1) / 4 = 51.5 / 4 = 12.875 → 12.9; 95.1 − 12.9 = +82.2
    String card = Files.readString(out.resolve("scorecards/STTTT.html"), StandardCharsets.UTF_8);
    assertThat(card).contains("12.9").contains("+82.2");
  }
}
