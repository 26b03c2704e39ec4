package vn.egov.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.cli.Cli;

/**
 * The bad self-report corpus ({@code src/test/resources/bad-reports}, see its README): every case
 * through {@code egov validate -c criteria.yaml CASE --lang en}, compared line by line with its
 * hand-checked {@code .expected} file.
 */
class BadReportsTest {
  static final Path DIR = Path.of("src/test/resources/bad-reports");
  static final String CRITERIA = DIR.resolve("criteria.yaml").toString();

  private static final Pattern CASE = Pattern.compile("\\d\\d-[^.]+(\\.(csv|xlsx|xls))?");
  /** A provisional-score line: a unit id, then its name and figures. */
  private static final Pattern SCORE = Pattern.compile("[A-Za-z0-9_]+ .*provisional.*");
  /** FILE[:LOCATION]: error|warning: message — FILE ends with a report or criteria extension. */
  private static final Pattern PROBLEM =
      Pattern.compile("(?<file>.+?\\.(?:csv|xlsx|xlsm|xls|yaml))(?::(?<where>.+?))?: (?:error|warning): .+");
  private static final Pattern LINE_COLUMN = Pattern.compile("\\d+:\\d+");
  private static final Pattern CELL = Pattern.compile(".+![A-Z]{1,3}[1-9][0-9]*");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> CASE.matcher(n).matches()).sorted().toList().stream();
    }
  }

  private static String base(String name) {
    return name.replaceFirst("\\.(csv|xlsx|xls)$", "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validateReportsEveryProblemAtItsPlace(String name) throws IOException {
    Path input = DIR.resolve(name);
    String shown = input.toString();
    Path expectedFile = DIR.resolve(base(name) + ".expected");
    assertThat(expectedFile).as("every case has its .expected file").exists();
    List<String> expected =
        Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .map(l -> l.replace("{criteria}", CRITERIA).replace("{file}", shown))
            .toList();
    Path exitFile = DIR.resolve(base(name) + ".exit");
    int expectedExit =
        Files.exists(exitFile)
            ? Integer.parseInt(Files.readString(exitFile).strip())
            : expected.stream().anyMatch(l -> l.contains(": error: ")) ? 1 : 0;

    Cli.Run run = Cli.run("validate", "-c", CRITERIA, shown, "--lang", "en");
    List<String> actual =
        run.out().lines().filter(l -> !l.isBlank()).filter(l -> !SCORE.matcher(l).matches()).toList();

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(actual).as("problem lines of %s%nstderr:%n%s", name, run.err()).containsExactlyElementsOf(expected);
    soft.assertThat(run.exit()).as("exit code of %s", name).isEqualTo(expectedExit);
    for (String output : List.of(run.out(), run.err())) {
      soft.assertThat(output).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
    }
    for (String line : actual) {
      Matcher m = PROBLEM.matcher(line);
      soft.assertThat(m.matches()).as("a problem line: %s", line).isTrue();
      if (!m.matches()) {
        continue;
      }
      String where = m.group("where");
      if (where == null) {
        String file = m.group("file");
        // whole-file problems: of the input itself, or of the registry (units that sent nothing)
        soft.assertThat(file.equals(shown) || file.startsWith(shown + java.io.File.separator) || file.equals(CRITERIA))
            .as("a line without location is a whole-file problem of the input or the registry: %s", line)
            .isTrue();
      } else {
        soft.assertThat(LINE_COLUMN.matcher(where).matches() || CELL.matcher(where).matches())
            .as("location is LINE:COLUMN or Sheet!A1: %s", line)
            .isTrue();
      }
    }
    soft.assertAll();
  }
}
