package vn.egov.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/**
 * Issue 8's hostile corpus: every kind of hostile self-report in one folder beside two good
 * reports, assessed by the real command line in a separate JVM limited to 256 MB of heap. Each
 * hostile file gives one clear problem, the run ends in seconds, and the good units are scored.
 * The hostile YAML cases are criteria files, so they are checked on their own ({@code check}).
 */
class HostileCorpusTest {
  @TempDir Path tmp;

  @Test
  void hostileReportsGiveOneProblemEachAndTheGoodUnitsAreStillScored() throws Exception {
    Path in = tmp.resolve("bao-cao");
    Hostile.write(in.resolve("01-good.csv"), Hostile.HEADER + "GOOD,Sở Tốt,a,7\n");
    Hostile.write(
        in.resolve("02-utf16.csv"),
        concat(new byte[] {(byte) 0xff, (byte) 0xfe}, (Hostile.HEADER + "U16,Sở UTF-16,a,5\n").getBytes(StandardCharsets.UTF_16LE)));
    Hostile.write(in.resolve("03-injection.csv"), Hostile.HEADER + "../../x,=1+1,a,3\n\"@SUM(A1)\",<img src=x onerror=alert(1)>,a,2\n");
    Hostile.write(in.resolve("04-nul.csv"), (Hostile.HEADER + "NUL\0X,Tên\0có NUL,a,4\n").getBytes(StandardCharsets.UTF_8));
    Hostile.write(in.resolve("05-invalid-utf8.csv"), concat(Hostile.HEADER.getBytes(StandardCharsets.UTF_8), new byte[] {'B', 'A', 'D', ',', (byte) 0xc3, (byte) 0x28, ',', 'a', ',', '1', '\n'}));
    Hostile.singleLine(in.resolve("06-one-100mb-line.csv"), 100L * 1024 * 1024);
    Hostile.write(in.resolve("07-zip-bomb.xlsx"), Hostile.zipOfZeros(100));
    Hostile.write(in.resolve("08-lying-zip-bomb.xlsx"), Hostile.lyingZip(Hostile.zipOfZeros(100)));
    Hostile.write(in.resolve("09-bzip2-entry.xlsx"), Hostile.zipWithMethod(12));
    Hostile.write(in.resolve("10-garbage.xlsx"), new byte[] {1, 2, 3, 0, 5, 6, 7, 8, 9});
    Path criteria = Hostile.write(tmp.resolve("criteria.yaml"), Hostile.CRITERIA);
    Path out = tmp.resolve("ket-qua");

    long started = System.nanoTime();
    Run run = egov(256, "assess", "-c", criteria.toString(), in.toString(), "-o", out.toString(), "--formats", "json,csv,html", "--lang", "en");
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

    assertThat(seconds).as("whole run, JVM start included").isLessThan(60);
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .contains(in.resolve("05-invalid-utf8.csv") + ": error: ")
        .contains(in.resolve("06-one-100mb-line.csv") + ":1:1: error: a line of 100.0 MB, more than the limit of 1.0 MB per line")
        .contains(in.resolve("07-zip-bomb.xlsx") + ": error: the workbook's part xl/worksheets/sheet1.xml would inflate to an unreasonable size")
        .contains(in.resolve("08-lying-zip-bomb.xlsx") + ": error: the workbook's part xl/worksheets/sheet1.xml would inflate to an unreasonable size")
        .contains(in.resolve("09-bzip2-entry.xlsx") + ": error: the workbook is damaged or incomplete (zip)")
        .contains(in.resolve("10-garbage.xlsx") + ": error: ")
        .doesNotContain("Exception")
        .doesNotContain("internal error");
    for (String f : List.of("06-one-100mb-line.csv", "07-zip-bomb.xlsx", "08-lying-zip-bomb.xlsx", "09-bzip2-entry.xlsx")) {
      assertThat(run.err().lines().filter(l -> l.startsWith(in.resolve(f).toString()))).as(f).hasSize(1);
    }

    JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    assertThat(points(results, "GOOD")).isEqualTo("7");
    assertThat(points(results, "U16")).isEqualTo("5");
    assertThat(points(results, "../../x")).isEqualTo("3");
    // issue 14: control characters are not text; removed from ids and names, with a warning
    assertThat(points(results, "NULX")).isEqualTo("4");
    assertThat(name(results, "NULX")).isEqualTo("Têncó NUL");
    assertThat(run.err())
        .contains(in.resolve("04-nul.csv") + ":2:1: warning: control characters removed from this cell (U+0000)")
        .contains(in.resolve("04-nul.csv") + ":2:2: warning: control characters removed from this cell (U+0000)");
    assertThat(name(results, "@SUM(A1)")).isEqualTo("<img src=x onerror=alert(1)>"); // JSON keeps text exact

    // unit ids become file names inside scorecards/ only, and nothing is written beside the output
    List<Path> written;
    try (Stream<Path> s = Files.walk(tmp)) {
      written = s.filter(Files::isRegularFile).filter(p -> !p.startsWith(in)).map(tmp::relativize).sorted().toList();
    }
    assertThat(written)
        .allMatch(p -> p.startsWith("ket-qua") || p.toString().equals("criteria.yaml"))
        .allMatch(p -> !p.getFileName().toString().startsWith(".")); // no temporary file left
    List<String> cards = new ArrayList<>();
    try (Stream<Path> s = Files.list(out.resolve("scorecards"))) {
      s.forEach(p -> cards.add(p.getFileName().toString()));
    }
    // "../../x" keeps its dots but not its slashes; a leading dot is replaced too (no hidden file)
    assertThat(cards).containsExactlyInAnyOrder("GOOD.html", "U16.html", "NULX.html", "_SUM_A1_.html", "___.._x.html");
  }

  @Test
  void unitIdsThatLookLikePathsNameTemplatesInsideTheOutputFolderOnly() throws IOException {
    Path criteria = Hostile.write(tmp.resolve("criteria.yaml"), Hostile.CRITERIA);
    Path units = Hostile.write(tmp.resolve("units.csv"), "unit_id,unit_name,unit_group\n../../x,X,a\n..,Y,a\n/etc/passwd,Z,a\n");
    Path out = tmp.resolve("a/b/mau");
    Cli.Run run = Cli.run("template", "-c", criteria.toString(), "--units", units.toString(), "-o", out.toString(), "--format", "csv");
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> files;
    try (Stream<Path> s = Files.walk(tmp)) {
      files = s.filter(Files::isRegularFile).map(tmp::relativize).map(Path::toString).sorted().toList();
    }
    assertThat(files).containsExactly("a/b/mau/__.csv", "a/b/mau/___.._x.csv", "a/b/mau/_etc_passwd.csv", "criteria.yaml", "units.csv");
  }

  @Test
  void billionLaughsInTheCriteriaSetIsRefusedAtOnce() throws IOException {
    Path yaml = Hostile.write(tmp.resolve("laughs.yaml"), Hostile.billionLaughs());
    long started = System.nanoTime();
    Cli.Run run = Cli.run("check", yaml.toString(), "--lang", "en");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(5_000);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(yaml + ":1:1: error: ").contains("100000");
  }

  @Test
  void deeplyNestedCriteriaSetIsRefusedWhereTheNestingGoesTooDeep() throws IOException {
    Path yaml = Hostile.write(tmp.resolve("deep.yaml"), Hostile.deeplyNested(10_000));
    long started = System.nanoTime();
    Cli.Run run = Cli.run("check", yaml.toString(), "--lang", "en");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(5_000);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(yaml + ":4:").contains("40");
  }

  private static String points(JsonNode results, String unit) {
    for (JsonNode u : results.path("units")) {
      if (u.path("id").asText().equals(unit)) {
        return u.path("points").decimalValue().stripTrailingZeros().toPlainString();
      }
    }
    throw new AssertionError("no unit " + unit + " in results.json");
  }

  private static String name(JsonNode results, String unit) {
    for (JsonNode u : results.path("units")) {
      if (u.path("id").asText().equals(unit)) {
        return u.path("name").asText();
      }
    }
    throw new AssertionError("no unit " + unit + " in results.json");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  record Run(int exit, String out, String err) {}

  /** Runs egov in a new JVM with a small heap, so that the test shows memory stays bounded. */
  static Run egov(int heapMb, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heapMb + "m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("vn.egov.cli.Main");
    command.addAll(List.of(args));
    Path outFile = Files.createTempFile("egov-out", ".txt");
    Path errFile = Files.createTempFile("egov-err", ".txt");
    try {
      Process p = new ProcessBuilder(command).redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("egov did not finish within 120 s");
      }
      return new Run(p.exitValue(), Files.readString(outFile), Files.readString(errFile));
    } finally {
      Files.deleteIfExists(outFile);
      Files.deleteIfExists(errFile);
    }
  }
}
