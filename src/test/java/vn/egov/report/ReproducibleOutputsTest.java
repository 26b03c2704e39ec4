package vn.egov.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/** Two runs of assess on the same inputs write byte-identical files, every format included. */
class ReproducibleOutputsTest {
  @TempDir Path tmp;

  private List<Path> assess(String out) throws IOException {
    Cli.Run run =
        Cli.run(
            "assess", "-c", "criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/wide",
            "--units", "samples/phu-tho-2018/units.csv", "-o", tmp.resolve(out).toString(),
            "--formats", "json,csv,xlsx,html,docx,md", "--quiet");
    assertThat(run.exit()).as(run.err()).isZero();
    try (Stream<Path> files = Files.walk(tmp.resolve(out))) {
      return files.filter(Files::isRegularFile).map(tmp.resolve(out)::relativize).sorted().toList();
    }
  }

  @Test
  void twoRunsWriteTheSameBytesInEveryOutput() throws IOException {
    List<Path> first = assess("a");
    List<Path> second = assess("b");
    assertThat(second).isEqualTo(first);
    assertThat(first)
        .contains(Path.of("results.json"), Path.of("ranking.csv"), Path.of("ranking.xlsx"),
            Path.of("report.html"), Path.of("report.docx"), Path.of("summary.md"),
            Path.of("scorecards/VIETTRI.html"));
    for (Path f : first) {
      assertThat(Files.mismatch(tmp.resolve("a").resolve(f), tmp.resolve("b").resolve(f)))
          .as("first differing byte of %s", f)
          .isEqualTo(-1L);
    }
  }
}
