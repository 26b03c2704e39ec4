package vn.egov.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.cli.Cli;

/**
 * Every folder under {@code src/test/resources/golden} is one case: criteria, inputs and the
 * expected results (see the README there). The backbone of the test suite.
 */
class GoldenCasesTest {
  static final Path ROOT = Path.of("src/test/resources/golden");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void producesTheExpectedResults(String name, @TempDir Path out) throws IOException {
    Path dir = ROOT.resolve(name);
    List<String> args = new ArrayList<>(List.of("assess", "-c", dir.resolve("criteria.yaml").toString()));
    Path inputs = dir.resolve("inputs");
    if (Files.isDirectory(inputs)) {
      args.add(inputs.toString());
    } else {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.getFileName().toString().startsWith("reports"))
            .sorted()
            .forEach(p -> args.add(p.toString()));
      }
    }
    if (Files.exists(dir.resolve("units.csv"))) {
      args.addAll(List.of("--units", dir.resolve("units.csv").toString()));
    }
    if (Files.exists(dir.resolve("args.txt"))) {
      Files.readAllLines(dir.resolve("args.txt")).stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(args::add);
    }
    args.addAll(List.of("-o", out.toString()));

    Cli.Run run = Cli.run(args.toArray(String[]::new));

    int exit = Files.exists(dir.resolve("expected-exit.txt"))
        ? Integer.parseInt(Files.readString(dir.resolve("expected-exit.txt")).strip())
        : 0;
    assertThat(run.exit()).as("exit code; stderr:%n%s", run.err()).isEqualTo(exit);
    Path problems = dir.resolve("expected-problems.txt");
    if (Files.exists(problems)) {
      for (String line : Files.readAllLines(problems, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          assertThat(run.err()).contains(line.replace("{dir}", dir.toString()));
        }
      }
    }
    JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
    JsonNode actual = JSON.readTree(out.resolve("results.json").toFile());
    assertThat(JsonSubset.differences(expected, actual)).as("results.json of %s", name).isEmpty();
  }
}
