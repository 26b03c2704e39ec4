package vn.egov.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;
import vn.egov.testing.Assess;

/** validate --previous questions values and scores that moved implausibly since last year. */
class PlausibilityTest {
  @TempDir Path dir;

  private static final String YAML =
      Assess.HEAD
          + "unit_groups: [{id: a, name: A}]\n"
          + "groups:\n  - id: G\n    name: G\n    criteria:\n"
          + "      - {id: c1, name: c1, max: 10, inputs: [{id: pc, label: pc, type: integer}, {id: st, label: st, type: integer}], method: {type: proportional, value: pc / st}}\n";

  private Cli.Run run(String lastYear, String thisYear, String... extra) throws IOException {
    Path c = Files.writeString(dir.resolve("c.yaml"), YAML);
    Files.writeString(dir.resolve("2017.csv"), lastYear);
    Files.writeString(dir.resolve("2018.csv"), thisYear);
    Cli.Run last = Cli.run("assess", "-c", c.toString(), dir.resolve("2017.csv").toString(), "-o", dir.resolve("out2017").toString(), "--formats", "json");
    assertThat(last.exit()).as(last.err()).isZero();
    String[] args = {"validate", "-c", c.toString(), dir.resolve("2018.csv").toString(), "--previous", dir.resolve("out2017/results.json").toString(), "--lang", "en"};
    String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return Cli.run(all);
  }

  @Test
  void questionsAValueThatMovedByMoreThanTheFactorAndAScoreThatMovedByMoreThanAQuarter() throws IOException {
    Cli.Run r = run("unit_id,unit_group,pc,st\nU1,a,50,100\nU2,a,90,100\n", "unit_id,unit_group,pc,st\nU1,a,101,120\nU2,a,95,100\n");
    String file = dir.resolve("2018.csv").toString();
    // U1: 101 / 120 × 10 = 8.4167 → 8.42 points → score 84.20 (from the rounded points)
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains(file + ":2:3: warning: the value moved from 50 last year to 101, more than a factor of 2; check it [unit U1, input pc]")
        .contains(file + ":2:1: warning: the score would move from 50 last year to 84.2, more than 25 points; check the values [unit U1]")
        .doesNotContain("[unit U2");
  }

  @Test
  void theFactorCanBeSet() throws IOException {
    Cli.Run r = run("unit_id,unit_group,pc,st\nU1,a,50,100\n", "unit_id,unit_group,pc,st\nU1,a,70,100\n", "--factor", "1.3");
    assertThat(r.out()).contains("warning: the value moved from 50 last year to 70, more than a factor of 1.3; check it [unit U1, input pc]");
  }
}
