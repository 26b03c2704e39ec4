package vn.egov.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.bench.Synth;
import vn.egov.cli.Cli;

/**
 * SPEC §4 "Safe runs": egov killed (SIGKILL, no chance to clean up) while it rewrites a folder of
 * 2,000 units' results leaves the old set, the new set, or a folder that {@code verify} rejects —
 * never a mix that passes. The run is a child JVM; it is killed at several moments of its run,
 * from reading to the last scorecard, each time into a fresh copy of the old set.
 */
class KillTest {
  @TempDir Path tmp;

  @Test
  void aKilledRunLeavesTheOldSetTheNewSetOrAFolderVerifyRejects() throws Exception {
    Path data = tmp.resolve("data");
    Synth.main(new String[] {"2000", "12", data.toString(), "wide"});
    List<String> common =
        List.of(
            "assess", "-c", data.resolve("criteria.yaml").toString(), data.resolve("wide.csv").toString(),
            "--units", data.resolve("units.csv").toString(), "--formats", "json,csv,html", "--lang", "en", "--quiet");
    Path old = tmp.resolve("old");
    assertThat(Cli.run(with(common, "-o", old.toString(), "--date", "2025-12-31").toArray(String[]::new)).exit()).isLessThanOrEqualTo(1);

    // the new run in full, in a child JVM as it will be killed: its set, and how long it takes
    Path fresh = tmp.resolve("new");
    long started = System.nanoTime();
    Process whole = child(with(common, "-o", fresh.toString(), "--date", "2026-06-30"));
    assertThat(whole.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(whole.exitValue()).isLessThanOrEqualTo(1); // 1: the synthetic data has invalid values, written all the same
    long millis = (System.nanoTime() - started) / 1_000_000;
    Map<String, String> oldSet = SafeRunsTest.contents(old);
    Map<String, String> newSet = SafeRunsTest.contents(fresh);
    assertThat(newSet).isNotEqualTo(oldSet).hasSizeGreaterThan(2000);

    // killed while it reads and scores, while it writes into its staging folder, and at and
    // just after the moment it starts replacing files (the manifest marked interrupted)
    List<String> seen = new ArrayList<>();
    String[] moments = {"half-time", "staging", "interrupted", "interrupted+15ms"};
    for (String moment : moments) {
      Path out = tmp.resolve("killed-" + moment.replace('+', '-'));
      copy(old, out);
      Process p = child(with(common, "-o", out.toString(), "--date", "2026-06-30"));
      waitFor(moment, out, p, millis);
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
      Map<String, String> left = visible(SafeRunsTest.contents(out));
      if (left.equals(oldSet)) {
        seen.add(moment + ": old");
      } else if (left.equals(newSet)) {
        seen.add(moment + ": new");
      } else {
        Cli.Run verify = SafeRunsTest.verify(out);
        assertThat(verify.exit()).as("killed at %s: a mix that verify passes", moment).isNotZero();
        seen.add(moment + ": rejected");
      }
      // and the next run cleans up whatever was left, giving the new set
      assertThat(Cli.run(with(common, "-o", out.toString(), "--date", "2026-06-30").toArray(String[]::new)).exit())
          .isLessThanOrEqualTo(1);
      assertThat(SafeRunsTest.contents(out)).isEqualTo(newSet);
    }
    // the moment that matters was hit: killed while replacing, and verify said so
    assertThat(seen).contains("interrupted: rejected");
    System.out.println("KillTest: full run " + millis + " ms; killed runs left " + seen);
  }

  /** Returns at the moment named, or when the run ended before it. */
  private static void waitFor(String moment, Path out, Process p, long millis) throws Exception {
    if (moment.equals("half-time")) {
      Thread.sleep(millis / 2);
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && System.nanoTime() < deadline) {
      if (moment.equals("staging") ? staging(out) : interrupted(out)) {
        int plus = moment.indexOf('+');
        if (plus > 0) {
          Thread.sleep(Long.parseLong(moment.substring(plus + 1, moment.length() - 2)));
        }
        return;
      }
      Thread.onSpinWait();
    }
  }

  private static boolean staging(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.anyMatch(p -> p.getFileName().toString().startsWith(".egov-staging-"));
    }
  }

  private static boolean interrupted(Path out) {
    try {
      return Files.readString(out.resolve("manifest.json")).contains("\"interrupted\"");
    } catch (IOException e) {
      return false;
    }
  }

  /** The folder as verify sees it: without leftovers of a killed run that the next run removes. */
  private static Map<String, String> visible(Map<String, String> all) {
    Map<String, String> out = new TreeMap<>(all);
    out.keySet().removeIf(k -> k.startsWith(".") || k.startsWith("scorecards/."));
    return out;
  }

  private static List<String> with(List<String> common, String... more) {
    List<String> all = new ArrayList<>(common);
    all.addAll(List.of(more));
    return all;
  }

  private static Process child(List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("vn.egov.cli.Main");
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString().replace(File.separatorChar, '/'));
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
