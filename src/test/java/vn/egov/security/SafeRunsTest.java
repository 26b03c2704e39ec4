package vn.egov.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.assess.Assessment;
import vn.egov.assess.InputsRead;
import vn.egov.cli.Cli;
import vn.egov.ingest.DecimalMode;
import vn.egov.ingest.InputFiles;
import vn.egov.output.Manifest;
import vn.egov.output.OutputFolder;

/**
 * SPEC §4 "Safe runs", as a Department meets them: a rerun into last year's folder with a typo,
 * inputs through symbolic links, last year's results inside the output folder, two runs with
 * different formats into one folder, concurrent runs. Every case here failed before issue 14.
 */
class SafeRunsTest {
  static final String CRITERIA = "criteria/phu-tho-2018.yaml";
  static final String WIDE = "samples/phu-tho-2018/wide";
  static final String UNITS = "samples/phu-tho-2018/units.csv";

  @TempDir Path tmp;
  Path out;

  @BeforeEach
  void goodResults() {
    out = tmp.resolve("ket-qua-2018");
    Cli.Run first = assess(WIDE, "-o", out.toString());
    assertThat(first.exit()).as(first.err()).isZero();
  }

  static Cli.Run assess(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("assess", "-c", CRITERIA, "--lang", "en"));
    args.addAll(List.of(more));
    if (!args.contains("--units")) {
      args.addAll(List.of("--units", UNITS));
    }
    return Cli.run(args.toArray(String[]::new));
  }

  /** Every file of the folder, hidden ones included, and the SHA-256 of its bytes. */
  static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(p)) {
          all.put(dir.relativize(p).toString(), Manifest.sha256(p));
        } else if (!p.equals(dir)) {
          all.put(dir.relativize(p) + "/", "folder");
        }
      }
    }
    return all;
  }

  static Cli.Run verify(Path dir) {
    return Cli.run("verify", dir.toString(), "--lang", "en");
  }

  @Test
  void aTypoInAnInputPathStopsTheRunWithADidYouMeanAndLeavesLastResultsAsTheyWere() throws IOException {
    Map<String, String> before = contents(out);
    Cli.Run typo = assess("samples/phu-tho-2018/wde", "-o", out.toString());
    assertThat(typo.exit()).isEqualTo(3);
    assertThat(typo.err())
        .contains("samples/phu-tho-2018/wde: error: no such file or folder; did you mean samples/phu-tho-2018/wide?")
        .contains("No output was written; the folder " + out + " is as it was.")
        .doesNotContain("units:");
    assertThat(contents(out)).isEqualTo(before);
    assertThat(verify(out).exit()).isZero();
  }

  @Test
  void anInputFolderWithNoReportIsAnErrorNotAnEmptyRanking() throws IOException {
    Map<String, String> before = contents(out);
    Path empty = Files.createDirectories(tmp.resolve("bao-cao-trong"));
    Cli.Run run = assess(empty.toString(), "-o", out.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains(empty + ": error: this folder holds no report (.csv, .xlsx, .xls); check the path");
    assertThat(contents(out)).isEqualTo(before);
    Cli.Run validate = Cli.run("validate", "-c", CRITERIA, empty.toString(), "--lang", "en");
    assertThat(validate.exit()).isEqualTo(3);
    assertThat(validate.out() + validate.err()).contains("this folder holds no report");
  }

  @Test
  void inputFoldersAndSubfoldersReachedThroughSymbolicLinksAreRead() throws IOException {
    String direct = Files.readString(out.resolve("ranking.csv"));
    Path linked = Files.createSymbolicLink(tmp.resolve("wide-link"), Path.of(WIDE).toAbsolutePath());
    Path viaLink = tmp.resolve("via-link");
    Cli.Run run = assess(linked.toString(), "-o", viaLink.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(viaLink.resolve("ranking.csv"))).isEqualTo(direct);

    // a folder holding a link to the reports, and a link back to itself (read once, not forever)
    Path parent = Files.createDirectories(tmp.resolve("nop"));
    Files.createSymbolicLink(parent.resolve("2018"), Path.of(WIDE).toAbsolutePath());
    Files.createSymbolicLink(parent.resolve("vong-lap"), parent);
    Path viaSub = tmp.resolve("via-sub");
    Cli.Run sub = assess(parent.toString(), "-o", viaSub.toString());
    assertThat(sub.exit()).as(sub.err()).isZero();
    assertThat(sub.err()).contains(parent.resolve("vong-lap") + ": warning: this symbolic link leads back into a folder being read");
    assertThat(Files.readString(viaSub.resolve("ranking.csv"))).isEqualTo(direct);
  }

  @Test
  void lastYearsResultsInsideTheOutputFolderAreNeverReplaced() throws IOException {
    Map<String, String> before = contents(out);
    Cli.Run run = assess(WIDE, "--previous", out.resolve("results.json").toString(), "-o", out.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(out.resolve("results.json") + " is an input of this run but lies in the output folder " + out);
    assertThat(contents(out)).isEqualTo(before);

    // a units registry saved by hand where the ranking goes: likewise
    Files.copy(Path.of(UNITS), out.resolve("ranking.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Cli.Run units = assess(WIDE, "--units", out.resolve("ranking.csv").toString(), "-o", out.toString());
    assertThat(units.exit()).isEqualTo(2);
    assertThat(Files.readString(out.resolve("ranking.csv"))).isEqualTo(Files.readString(Path.of(UNITS)));
  }

  @Test
  void theFolderHoldsOneRunAndVerifyRejectsEverythingElse() throws IOException {
    assertThat(contents(out)).containsKeys("report.html", "ranking.xlsx", "report.docx", "scorecards/STTTT.html");
    // run B with fewer formats: run A's html, xlsx, docx and scorecards go
    Cli.Run b = assess(WIDE, "-o", out.toString(), "--formats", "json,csv");
    assertThat(b.exit()).as(b.err()).isZero();
    assertThat(b.err()).contains("removed 39 files of the earlier run that this run did not write");
    assertThat(contents(out).keySet()).containsExactly("manifest.json", "ranking.csv", "results.json");
    assertThat(verify(out).exit()).isZero();

    // a file egov never wrote, under its names, is left, named in a warning, and fails verify
    Files.createDirectories(out.resolve("scorecards"));
    Files.writeString(out.resolve("scorecards/ghi-chu.html"), "<p>ghi chú của phòng</p>");
    Files.writeString(out.resolve("ghi-chu.txt"), "not egov's");
    Cli.Run c = assess(WIDE, "-o", out.toString(), "--formats", "json,csv");
    assertThat(c.err()).contains("warning: left 1 files that egov did not write (scorecards/ghi-chu.html)");
    assertThat(out.resolve("scorecards/ghi-chu.html")).exists();
    Cli.Run v = verify(out);
    assertThat(v.exit()).isEqualTo(1);
    assertThat(v.out()).isEqualTo(out.resolve("scorecards/ghi-chu.html") + ": not listed in the manifest (a file of another run, or put there by hand)\n");
  }

  @Test
  void leftoversOfAKilledRunAreRemovedAndAnInterruptedManifestFailsVerify() throws IOException {
    Files.writeString(out.resolve(".results.json.3k2j1h0g9f8e7.tmp"), "{\"half\": ");
    Files.createDirectories(out.resolve(".egov-staging-abc/scorecards"));
    Files.writeString(out.resolve(".egov-staging-abc/ranking.csv"), "half");
    Path manifest = out.resolve("manifest.json");
    String complete = Files.readString(manifest);
    Files.writeString(manifest, complete.replace("\"state\" : \"complete\"", "\"state\" : \"interrupted\""));
    Cli.Run v = verify(out);
    assertThat(v.exit()).isEqualTo(1);
    assertThat(v.out()).startsWith(manifest + ": the run writing into this folder was stopped half-way");

    Cli.Run again = assess(WIDE, "-o", out.toString());
    assertThat(again.exit()).isZero();
    assertThat(Files.readString(manifest)).isEqualTo(complete);
    assertThat(contents(out).keySet()).noneMatch(k -> k.startsWith("."));
    assertThat(verify(out).exit()).isZero();
  }

  @Test
  void aSymbolicLinkPlantedInTheOutputFolderIsNeverWrittenThrough() throws IOException {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Path cards = out.resolve("scorecards");
    try (Stream<Path> s = Files.list(cards)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Files.delete(p);
      }
    }
    Files.delete(cards);
    Files.createSymbolicLink(cards, elsewhere);
    Map<String, String> before = contents(out);
    Cli.Run run = assess(WIDE, "-o", out.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains(cards + " is a symbolic link; egov does not write through links");
    assertThat(elsewhere).isEmptyDirectory();
    assertThat(contents(out)).isEqualTo(before);
  }

  @Test
  void anOutputFolderThatIsALinkToAnInputFolderIsRefused() throws IOException {
    Path inputs = Files.createDirectories(tmp.resolve("bao-cao"));
    Files.copy(Path.of(WIDE, "tu-danh-gia-2018.csv"), inputs.resolve("tu-danh-gia-2018.csv"));
    Path link = Files.createSymbolicLink(tmp.resolve("ket-qua-link"), inputs);
    Cli.Run run = assess(inputs.toString(), "-o", link.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("would overwrite or mix with the input");
    try (Stream<Path> s = Files.list(inputs)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("tu-danh-gia-2018.csv");
    }
  }

  @Test
  void anOutputPathThatIsAFileSaysSo() throws IOException {
    Path file = Files.writeString(tmp.resolve("ket-qua.txt"), "a file");
    Cli.Run run = assess(WIDE, "-o", file.resolve("2018").toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err())
        .contains("cannot write into " + file.resolve("2018") + ": " + file + " is a file, not a folder")
        .doesNotContain("Outputs in");
    assertThat(Files.readString(file)).isEqualTo("a file");
  }

  @Test
  void aSecondRunIntoAFolderBeingWrittenIsRefusedUntilTheFirstEnds() throws Exception {
    Map<String, String> before = contents(out);
    try (OutputFolder first = OutputFolder.open(out)) {
      Cli.Run second = assess(WIDE, "-o", out.toString());
      assertThat(second.exit()).isEqualTo(3);
      assertThat(second.err()).contains("another egov run is writing into " + out + "; wait until it has finished");
    }
    assertThat(contents(out)).isEqualTo(before);
    assertThat(assess(WIDE, "-o", out.toString()).exit()).isZero();
    assertThat(contents(out)).isEqualTo(before);
  }

  @Test
  void anInputChangedAfterItWasFoundIsNeverHashedAsIfItHadBeenRead() throws IOException {
    Path report = Files.copy(Path.of(WIDE, "tu-danh-gia-2018.csv"), tmp.resolve("bao-cao.csv"));
    Files.setLastModifiedTime(report, FileTime.fromMillis(1_600_000_000_000L));
    Assessment.Request request =
        new Assessment.Request(Path.of(CRITERIA), CRITERIA, List.of(report), null, false, DecimalMode.AUTO);
    InputsRead.Snapshot snapshot = InputsRead.before(request, null);
    List<InputFiles.Input> found = InputFiles.expand(List.of(report)).files();
    assertThat(snapshot.hashIfUnchanged(found)).extracting(Manifest.FileHash::role).containsExactly("criteria", "report");

    InputsRead.Snapshot again = InputsRead.before(request, null);
    Files.writeString(report, Files.readString(report).replace("STTTT", "SOTTTX"));
    assertThat(again.hashIfUnchanged(found)).isNull();
    assertThat(again.changed()).singleElement().extracting(p -> p.location().file()).isEqualTo(report.toString());
  }
}
