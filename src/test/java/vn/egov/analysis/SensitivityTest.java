package vn.egov.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.testing.Assess.HEAD;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.assess.Assessment;
import vn.egov.cli.Cli;
import vn.egov.ingest.DecimalMode;
import vn.egov.model.CriterionResult;
import vn.egov.model.CriterionStatus;
import vn.egov.model.Results;
import vn.egov.model.ScoringMethod;
import vn.egov.model.UnitResult;
import vn.egov.model.Variant;
import vn.egov.scoring.GroupBests;
import vn.egov.testing.Assess;
import vn.egov.text.Messages;

/** Rank sensitivity to the criteria's weights, on the 2018 sample and on hand-computed cases. */
class SensitivityTest {
  @TempDir static Path tmp;
  @TempDir Path dir;

  static Results sample;

  @BeforeAll
  static void assessSample() {
    sample =
        Assessment.run(
                new Assessment.Request(
                    Path.of("criteria/phu-tho-2018.yaml"),
                    "criteria/phu-tho-2018.yaml",
                    List.of(Path.of("samples/phu-tho-2018/wide")),
                    Path.of("samples/phu-tho-2018/units.csv"),
                    false,
                    DecimalMode.AUTO))
            .results();
  }

  private static Sensitivity.Report run(int samples, String noise, long seed) {
    return Sensitivity.run(sample, new Sensitivity.Settings(samples, new BigDecimal(noise), seed), done -> {});
  }

  @Test
  void withoutNoiseEveryIntervalIsThePublishedRank() {
    Sensitivity.Report r = run(50, "0", 1);
    assertThat(r.units()).hasSize(34);
    for (Sensitivity.UnitRanks u : r.units()) {
      assertThat(List.of(u.low(), u.high(), u.p05(), u.p95(), u.min(), u.max())).as(u.id()).containsOnly(u.rank());
      assertThat(u.median()).as(u.id()).isEqualByComparingTo(BigDecimal.valueOf(u.rank()));
      assertThat(u.keepClass()).as(u.id()).isEqualByComparingTo("1");
      assertThat(u.samples()).isEqualTo(50);
    }
  }

  @Test
  void intervalsAlwaysContainThePublishedRank() {
    for (long seed : new long[] {1, 2, 3}) {
      Sensitivity.Report r = run(120, "0.3", seed);
      for (Sensitivity.UnitRanks u : r.units()) {
        assertThat(u.low()).as(u.id()).isLessThanOrEqualTo(u.rank());
        assertThat(u.high()).as(u.id()).isGreaterThanOrEqualTo(u.rank());
        assertThat(u.low()).isLessThanOrEqualTo(u.p05());
        assertThat(u.high()).isGreaterThanOrEqualTo(u.p95());
        assertThat(u.median().doubleValue()).isBetween((double) u.min(), (double) u.max());
      }
    }
    // with noise some ranks move (the sample has close scores)
    assertThat(run(120, "0.3", 1).units()).anyMatch(u -> u.low() != u.high());
  }

  @Test
  void theSameSeedGivesTheSameOutputAndAnotherSeedAnother() throws IOException {
    Messages en = Messages.of("en");
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    Path c = Files.createDirectories(tmp.resolve("c"));
    write(run(300, "0.2", 7), sample, a, en);
    write(run(300, "0.2", 7), sample, b, en);
    write(run(300, "0.2", 8), sample, c, en);
    for (String f : List.of("sensitivity.csv", "sensitivity.html")) {
      assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
    }
    assertThat(Files.readString(a.resolve("sensitivity.csv"))).isNotEqualTo(Files.readString(c.resolve("sensitivity.csv")));
  }

  @Test
  void leaveOneGroupOutRowsExistForEveryGroupAndUnit() throws IOException {
    Sensitivity.Report r = run(20, "0.2", 1);
    assertThat(r.leaveOut()).extracting(Sensitivity.LeaveOut::groupId).containsExactly("1", "2", "3", "4", "5");
    assertThat(r.leaveOut()).allSatisfy(lo -> assertThat(lo.units()).hasSize(34));
    Path out = Files.createDirectories(tmp.resolve("loo"));
    write(r, sample, out, Messages.of("en"));
    List<String> lines = Files.readAllLines(out.resolve("sensitivity.csv"));
    assertThat(lines.get(0)).startsWith("\ufeffscenario,unit_group,unit_id,unit_name,published_rank");
    assertThat(lines).hasSize(1 + 34 * 6);
    assertThat(lines.stream().filter(l -> l.startsWith("without:3,"))).hasSize(34);
    String html = Files.readString(out.resolve("sensitivity.html"));
    assertThat(html).contains("<svg class=\"chart\"").contains("Sở Thông tin và Truyền thông").doesNotContain("<script");
  }

  /**
   * Two units, two groups: A has 10 of 10 in g1 and 2 of 10 in g2 (12), B 4 and 10 (14). Without
   * g1: A 2/10 = 20, B 10/10 = 100, B first; without g2: A 100, B 40, A first.
   */
  @Test
  void leavingAGroupOutRanksOnTheOthersOnly() {
    Results r =
        Assess.run(
            dir,
            HEAD
                + "unit_groups: [{id: a, name: A}]\ngroups:\n"
                + "  - {id: g1, name: g1, criteria: [{id: c1, name: c1, max: 10, inputs: [{id: x, label: x, type: points}], method: {type: manual, input: x}}]}\n"
                + "  - {id: g2, name: g2, criteria: [{id: c2, name: c2, max: 10, inputs: [{id: y, label: y, type: points}], method: {type: manual, input: y}}]}\n",
            "unit_id,unit_group,x,y\nA,a,10,2\nB,a,4,10\n");
    Sensitivity.Report rep = Sensitivity.run(r, new Sensitivity.Settings(10, BigDecimal.ZERO, 1), d -> {});
    assertThat(rep.units()).extracting(Sensitivity.UnitRanks::id).containsExactly("B", "A");
    Sensitivity.LeaveOut without1 = rep.leaveOut().get(0);
    assertThat(without1.units()).extracting(s -> s.id() + s.rank() + "=" + s.score()).containsExactly("B1=100.00", "A2=20.00");
    Sensitivity.LeaveOut without2 = rep.leaveOut().get(1);
    assertThat(without2.units()).extracting(s -> s.id() + s.rank() + "=" + s.score()).containsExactly("B2=40.00", "A1=100.00");
  }

  /**
   * A perturbed max keeps each unit's fraction of it, for every method: bands 8 of 10 × 1.5 = 12
   * of 15; proportional 10 × 50 / 100 = 5 × 0.5 = 2.5 of 5; count 12 × 0.25 = 3 × 2 = 6 of 10;
   * choice 2.5 of 4 × 0.1 = 0.25 of 0.4; formula × 0 leaves the criterion out; sub-criteria 4 + 4
   * of 6 × 0.5 = 2 + 2 capped at 3. Points 23.75 of 33.4 → 71.11.
   */
  @Test
  void aPerturbedMaxScalesEveryMethodsPoints() {
    Results r =
        Assess.run(
            dir,
            HEAD
                + "unit_groups: [{id: a, name: A}]\nscoring: {precision: 2}\ngroups:\n  - id: G\n    name: G\n    criteria:\n"
                + "      - {id: b, name: b, max: 10, inputs: [{id: v, label: v, type: integer}], method: {type: bands, value: v, bands: [{min: 9, points: 10}, {min: 5, points: 8}]}}\n"
                + "      - {id: p, name: p, max: 10, inputs: [{id: w, label: w, type: percent}], method: {type: proportional, value: w, target: 100}}\n"
                + "      - {id: c, name: c, max: 5, inputs: [{id: n, label: n, type: integer}], method: {type: count, value: n, each: 0.25}}\n"
                + "      - {id: ch, name: ch, max: 4, inputs: [{id: o, label: o, type: choice, options: [{value: x, label: x, points: 4}, {value: y, label: y, points: 2.5}]}], method: {type: choice, input: o}}\n"
                + "      - {id: f, name: f, max: 10, inputs: [{id: k, label: k, type: integer}], method: {type: formula, expr: k * 2}}\n"
                + "      - {id: s, name: s, max: 6, criteria: [{id: s.a, name: sa, max: 4, inputs: [{id: q1, label: q1, type: boolean}], method: {type: boolean, input: q1}},"
                + " {id: s.b, name: sb, max: 4, inputs: [{id: q2, label: q2, type: boolean}], method: {type: boolean, input: q2}}]}\n",
            "unit_id,unit_group,v,w,n,o,k,q1,q2\nU,a,6,50,12,y,2,có,có\n");
    Reweighting rw = new Reweighting(r.criteria(), r.units());
    BigDecimal[] f = {
      new BigDecimal("1.5"), new BigDecimal("0.5"), new BigDecimal("2"), new BigDecimal("0.1"), BigDecimal.ZERO, new BigDecimal("0.5")
    };
    UnitResult u = rw.rescore(f).get(0);
    assertThat(u.criteria()).extracting(c -> c.fin().points().toPlainString()).containsExactly("12.00", "2.50", "6.00", "0.25", "0.00", "3.00");
    assertThat(u.criteria().get(5).criteria()).extracting(c -> c.fin().points().toPlainString()).containsExactly("2.00", "2.00");
    assertThat(u.fin().points()).isEqualByComparingTo("23.75");
    assertThat(u.fin().max()).isEqualByComparingTo("33.4");
    assertThat(u.fin().score()).isEqualByComparingTo("71.11");
    BigDecimal[] ones = {BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE};
    UnitResult same = rw.rescore(ones).get(0);
    assertThat(same.fin().points()).isEqualTo(r.units().get(0).fin().points());
    assertThat(same.fin().score()).isEqualTo(r.units().get(0).fin().score());
  }

  /**
   * The hook's long arithmetic gives exactly round(unrounded points × f) — the sample has
   * proportional and relative points with 34 digits — for many random factors.
   */
  @Test
  void rescoredPointsAreExactlyTheUnroundedPointsTimesTheFactorRoundedHalfUp() {
    Reweighting rw = new Reweighting(sample.criteria(), sample.units());
    GroupBests bests = GroupBests.of(sample.units(), Variant.FINAL);
    SplittableRandom random = new SplittableRandom(42);
    int n = rw.topLevel().size();
    for (int s = 0; s < 30; s++) {
      BigDecimal[] f = new BigDecimal[n];
      for (int i = 0; i < n; i++) {
        f[i] = BigDecimal.valueOf(random.nextInt(2_000_001), 6); // 0 … 2, six decimals
      }
      List<UnitResult> again = rw.rescore(f);
      for (int k = 0; k < sample.units().size(); k++) {
        UnitResult before = sample.units().get(k);
        if (before.fin() == null) {
          continue;
        }
        for (int c = 0; c < n; c++) {
          compare(bests, before, before.criteria().get(c), again.get(k).criteria().get(c), f[c]);
        }
      }
    }
  }

  private void compare(GroupBests bests, UnitResult unit, CriterionResult before, CriterionResult after, BigDecimal f) {
    assertThat(after.max()).isEqualByComparingTo(before.max().multiply(f));
    for (int i = 0; i < before.criteria().size(); i++) {
      compare(bests, unit, before.criteria().get(i), after.criteria().get(i), f);
    }
    if (!before.criteria().isEmpty() || before.fin().status() != CriterionStatus.SCORED) {
      return;
    }
    String g = unit.unit().group();
    ScoringMethod m = before.criterion().methodFor(g);
    BigDecimal best = m.usesGroupBest() ? bests.best(before.criterion(), g) : null;
    BigDecimal expected = m.points(before.fin().value(), before.max(), best).multiply(f).setScale(1, RoundingMode.HALF_UP);
    assertThat(after.fin().points()).as(unit.id() + " " + before.id() + " × " + f).isEqualTo(expected);
  }

  @Test
  void commandPrintsTheSummaryAndWritesTheFiles() {
    Path out = tmp.resolve("cli");
    Cli.Run run =
        Cli.run(
            "sensitivity", "-c", "criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/wide", "--units", "samples/phu-tho-2018/units.csv",
            "--samples", "100", "--seed", "3", "-o", out.toString(), "--lang", "en");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Sensitivity of the ranks to the weights: 100 samples; the max of each criterion (18 criteria) multiplied by a random factor uniform in [0.8, 1.2]; seed 3.")
        .contains("Sở, ban, ngành (22 ranked units)")
        .contains("Each criteria group left out")
        .contains("Written: " + out.resolve("sensitivity.csv"));
    assertThat(run.err()).contains("100 samples × 34 ranked units (18 criteria, F = 0.2, seed 3)").doesNotContain("\r");
    assertThat(Files.exists(out.resolve("sensitivity.html"))).isTrue();
    assertThat(Cli.run("sensitivity", "-c", "criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/wide", "--samples", "0").exit()).isEqualTo(2);
    assertThat(Cli.run("sensitivity", "-c", "criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/wide", "--weight-noise", "1.5").exit()).isEqualTo(2);
  }

  private static void write(Sensitivity.Report r, vn.egov.model.Results results, java.nio.file.Path dir, Messages m) throws java.io.IOException {
    vn.egov.output.Formats.write(
        new SensitivityOutputs.Run(r, results),
        new vn.egov.output.OutputContext(dir, m, "test", null, null),
        SensitivityOutputs.FORMATS.byDefault());
  }
}
