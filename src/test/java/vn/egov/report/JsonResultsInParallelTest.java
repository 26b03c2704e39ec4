package vn.egov.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.bench.Synth;
import vn.egov.cli.Cli;

/**
 * results.json of a run with many units is rendered in chunks on both cores, units and issues:
 * the bytes must be exactly those of writing them one by one.
 */
class JsonResultsInParallelTest {
  @TempDir Path tmp;

  private byte[] assess(Path data, String out) throws IOException {
    Cli.Run run =
        Cli.run(
            "assess", "-c", data.resolve("criteria.yaml").toString(), data.resolve("long.csv").toString(),
            "--units", data.resolve("units.csv").toString(), "-o", tmp.resolve(out).toString(),
            "--formats", "json", "--quiet");
    assertThat(run.exit()).as(run.err()).isEqualTo(1); // the synthetic data has invalid values on purpose
    return Files.readAllBytes(tmp.resolve(out).resolve("results.json"));
  }

  @Test
  void unitsAndIssuesRenderedInParallelAreTheBytesOfWritingThemOneByOne() throws IOException {
    Path data = tmp.resolve("data");
    Synth.main(new String[] {"300", "12", data.toString(), "long"});
    byte[] parallel = assess(data, "parallel");
    boolean before = JsonResults.inParallel;
    JsonResults.inParallel = false;
    byte[] oneByOne;
    try {
      oneByOne = assess(data, "one-by-one");
    } finally {
      JsonResults.inParallel = before;
    }
    assertThat(parallel.length).isGreaterThan(100_000);
    assertThat(java.util.Arrays.mismatch(parallel, oneByOne)).as("first differing byte").isEqualTo(-1);
    JsonNode document = new ObjectMapper().readTree(parallel);
    assertThat(document.path("units").size()).isEqualTo(300);
    // issues are rendered in chunks too, from more than one chunk's worth
    assertThat(document.path("issues").size()).isGreaterThan(64);
  }
}
