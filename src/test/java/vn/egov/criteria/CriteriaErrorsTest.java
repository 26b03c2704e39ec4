package vn.egov.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.cli.Cli;

/**
 * The golden corpus of criteria-file mistakes: every {@code NN-name.yaml} under {@code
 * src/test/resources/criteria-errors} is checked with {@code egov check FILE --lang en}, and the
 * problem lines printed on stderr must equal {@code NN-name.expected} exactly and in order (see the
 * README there).
 */
class CriteriaErrorsTest {
  static final Path DIR = Path.of("src/test/resources/criteria-errors");

  /** Every case takes milliseconds; anything slower is a hang (e.g. an alias bomb being expanded). */
  static final Duration LIMIT = Duration.ofSeconds(20);

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedProblems(String name) throws Exception {
    Path yaml = DIR.resolve(name);
    Path expectedFile = DIR.resolve(name.substring(0, name.length() - ".yaml".length()) + ".expected");
    assertThat(expectedFile).as("every fixture needs its .expected file beside it").exists();
    List<String> expected = lines(Files.readString(expectedFile, StandardCharsets.UTF_8));
    String shown = yaml.toString();

    Cli.Run run = runWithin(LIMIT, "check", shown, "--lang", "en");

    boolean anyError = expected.stream().anyMatch(l -> l.matches("(\\d+:\\d+: )?error: .*"));
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(problemLines(run.err(), shown))
        .as("problem lines of %s (stderr was:%n%s)", name, run.err())
        .containsExactlyElementsOf(expected);
    soft.assertThat(run.exit())
        .as("exit code (%s)", anyError ? "an error is expected" : "only warnings are expected")
        .isEqualTo(anyError ? 2 : 0);
    for (String output : List.of(run.err(), run.out())) {
      soft.assertThat(output).as("no stack trace in the output").doesNotContain("\tat ").doesNotContain("Exception");
    }
    soft.assertAll();
  }

  /**
   * The lines on stderr that start with the file's path, with {@code path:} (and the space of an
   * unlocated {@code path: error: …}) stripped; the last line, the summary, is left out.
   */
  static List<String> problemLines(String err, String shown) {
    List<String> all = lines(err);
    List<String> out = new ArrayList<>();
    String prefix = shown + ":";
    for (String line : all.subList(0, Math.max(0, all.size() - 1))) {
      if (line.startsWith(prefix)) {
        String rest = line.substring(prefix.length());
        out.add(rest.startsWith(" ") ? rest.substring(1) : rest);
      }
    }
    return out;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>(Arrays.asList(text.split("\\R", -1)));
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /**
   * Runs the CLI in-process on a daemon thread, so that a hang fails this case after {@code limit}
   * instead of blocking the build, and an OutOfMemoryError or other crash fails this case instead
   * of aborting the test JVM.
   */
  private static Cli.Run runWithin(Duration limit, String... args) throws InterruptedException {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread worker =
        new Thread(
            () -> {
              try {
                result.set(Cli.run(args));
              } catch (Throwable e) { // incl. OutOfMemoryError: reported below as this case's failure
                result.set(e);
              }
            },
            "criteria-errors " + args[1]);
    worker.setDaemon(true);
    worker.start();
    worker.join(limit.toMillis());
    if (worker.isAlive()) {
      stop(worker);
      fail("egov %s did not finish within %d s (hang, or unbounded work such as an alias bomb)",
          String.join(" ", args), limit.toSeconds());
    }
    Object r = result.get();
    if (r instanceof Throwable e) {
      fail("egov " + String.join(" ", args) + " crashed in-process with " + e, e);
    }
    return (Cli.Run) r;
  }

  /** A runaway loader would keep eating heap and CPU under the other tests: stop it (JDK 17). */
  @SuppressWarnings({"deprecation", "removal"})
  private static void stop(Thread worker) throws InterruptedException {
    try {
      worker.stop();
      worker.join(5_000);
    } catch (UnsupportedOperationException e) {
      // newer JDKs cannot stop a thread; it is a daemon and dies with the test JVM
    }
  }
}
