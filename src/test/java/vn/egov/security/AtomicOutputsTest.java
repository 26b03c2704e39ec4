package vn.egov.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;
import vn.egov.output.AtomicFiles;
import vn.egov.output.Manifest;

/**
 * A failed or interrupted write leaves the previous output whole and no temporary file; inputs
 * are never written; {@code -o} may not point at an input.
 */
class AtomicOutputsTest {
  @TempDir Path tmp;

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aWriterThatFailsHalfwayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(tmp.resolve("results.json"), "{\"old\": true}");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write("{\"new\": tr".getBytes(StandardCharsets.UTF_8)); // half written
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("{\"old\": true}");
    assertThat(names(tmp)).containsExactly("results.json");
  }

  @Test
  void anOutputGetsThePermissionsOfAnyNewFileOfTheUserNotPrivateOnes() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.createFile(tmp.resolve("plain.txt")); // made under the user's umask
    Path target = AtomicFiles.write(tmp.resolve("ranking.csv"), out -> out.write('x'));
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    // and it is replaced with the same permissions
    AtomicFiles.write(target, out -> out.write('y'));
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    assertThat(Files.readString(target)).isEqualTo("y");
    assertThat(names(tmp)).containsExactly("plain.txt", "ranking.csv");
  }

  @Test
  void aMoveThatFailsLeavesTheTargetAndNoTemporaryFile() throws IOException {
    Path target = Files.createDirectories(tmp.resolve("report.html"));
    Files.writeString(target.resolve("keep.txt"), "x");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write('x'))).isInstanceOf(IOException.class);
    assertThat(names(tmp)).containsExactly("report.html");
    assertThat(names(target)).containsExactly("keep.txt");
  }

  @Test
  void aRunThatCannotWriteAnOutputLeavesTheFolderAsItWas() throws IOException {
    Path criteria = Hostile.write(tmp.resolve("criteria.yaml"), Hostile.CRITERIA);
    Path reports = Hostile.write(tmp.resolve("in/reports.csv"), Hostile.HEADER + "A,Sở A,a,7\n");
    Path out = tmp.resolve("out");
    String[] assess = {"assess", "-c", criteria.toString(), reports.toString(), "-o", out.toString(), "--formats", "json,csv,md", "--lang", "en"};
    assertThat(Cli.run(assess).exit()).isZero();
    String firstCsv = Files.readString(out.resolve("ranking.csv"));
    String firstJson = Files.readString(out.resolve("results.json"));
    String firstManifest = Files.readString(out.resolve("manifest.json"));

    // the second run changes a figure, and summary.md cannot be written (a folder is in the way)
    Files.writeString(reports, Hostile.HEADER + "A,Sở A,a,8\n");
    Files.delete(out.resolve("summary.md"));
    Files.createDirectories(out.resolve("summary.md/in-the-way"));
    Cli.Run failed = Cli.run(assess);

    // SPEC §4 "Safe runs": exit 3, and the folder byte for byte as it was — no new figure beside
    // old ones, no temporary file, no staging folder, no lock file
    assertThat(failed.exit()).isEqualTo(3);
    assertThat(failed.err())
        .contains(out + ": error: cannot write into " + out + ": a folder has the name of the output file")
        .contains("No output was written; the folder " + out + " is as it was.");
    assertThat(Files.readString(out.resolve("ranking.csv"))).isEqualTo(firstCsv).contains("A,Sở A,7.0");
    assertThat(Files.readString(out.resolve("results.json"))).isEqualTo(firstJson);
    assertThat(Files.readString(out.resolve("manifest.json"))).isEqualTo(firstManifest);
    assertThat(names(out)).containsExactly("manifest.json", "ranking.csv", "results.json", "summary.md");
    Cli.Run verify = Cli.run("verify", out.toString(), "--lang", "en");
    assertThat(verify.exit()).isEqualTo(1);
    assertThat(verify.out().lines().map(l -> l.substring(0, l.indexOf(':'))))
        .containsExactlyInAnyOrder(
            reports.toString(), // the input changed
            out.resolve("summary.md").toString()); // gone: the test put a folder in its place
  }

  @Test
  void inputsAreNeverWritten() throws IOException {
    Path criteria = Hostile.write(tmp.resolve("criteria.yaml"), Hostile.CRITERIA);
    Path reports = Hostile.write(tmp.resolve("in/reports.csv"), Hostile.HEADER + "A,Sở A,a,7\n");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(criteria, old);
    Files.setLastModifiedTime(reports, old);
    String before = Manifest.sha256(criteria) + Manifest.sha256(reports);
    Cli.run("assess", "-c", criteria.toString(), tmp.resolve("in").toString(), "-o", tmp.resolve("out").toString());
    assertThat(Manifest.sha256(criteria) + Manifest.sha256(reports)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(criteria)).isEqualTo(old);
    assertThat(Files.getLastModifiedTime(reports)).isEqualTo(old);
    assertThat(names(tmp.resolve("in"))).containsExactly("reports.csv");
  }

  @Test
  void outputOnAnInputFileOrInsideAFolderOfInputsIsRefused() throws IOException {
    Path criteria = Hostile.write(tmp.resolve("criteria.yaml"), Hostile.CRITERIA);
    Path in = tmp.resolve("in");
    Path reports = Hostile.write(in.resolve("reports.csv"), Hostile.HEADER + "A,Sở A,a,7\n");
    for (Path o : List.of(reports, in, in.resolve("ket-qua"), criteria)) {
      Cli.Run run = Cli.run("assess", "-c", criteria.toString(), in.toString(), reports.toString(), "-o", o.toString(), "--lang", "en");
      assertThat(run.exit()).as(o.toString()).isEqualTo(2);
      assertThat(run.err()).contains("would overwrite or mix with the input");
    }
    assertThat(names(in)).containsExactly("reports.csv");
    assertThat(Files.readString(reports)).isEqualTo(Hostile.HEADER + "A,Sở A,a,7\n");
  }
}
