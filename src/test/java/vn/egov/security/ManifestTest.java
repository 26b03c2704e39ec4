package vn.egov.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/** {@code manifest.json}, the run record of every assess, and {@code egov verify}. */
class ManifestTest {
  @TempDir Path tmp;
  Path criteria;
  Path reports;
  Path units;

  @BeforeEach
  void inputs() throws IOException {
    criteria = Hostile.write(tmp.resolve("criteria.yaml"), Hostile.CRITERIA);
    reports = Hostile.write(tmp.resolve("in/a.csv"), Hostile.HEADER + "A,Sở A,a,7\n");
    Hostile.write(tmp.resolve("in/b.csv"), Hostile.HEADER + "B,Sở B,a,9\n");
    units = Hostile.write(tmp.resolve("units.csv"), "unit_id,unit_name,unit_group\nA,Sở A,a\nB,Sở B,a\n");
  }

  static String sha256(Path f) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
  }

  Cli.Run assess(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("assess", "-c", criteria.toString(), tmp.resolve("in").toString(), "-o", out.toString(), "--units", units.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void recordsToolOptionsAndTheSha256OfEveryInputAndOutput() throws Exception {
    Path last = tmp.resolve("2021");
    assertThat(assess(last, "--formats", "json").exit()).isZero();
    Path out = tmp.resolve("2022");
    assertThat(assess(out, "--formats", "json,csv", "--previous", last.resolve("results.json").toString(), "--strict", "--lang", "en").exit()).isZero();

    JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(m.path("schema").asText()).isEqualTo("egov-manifest/1");
    assertThat(m.path("tool").path("version").asText()).isEqualTo(vn.egov.cli.Cli.run("--version").out().lines().findFirst().orElseThrow().replace("egov ", ""));
    assertThat(m.path("options").toString())
        .isEqualTo("{\"formats\":[\"json\",\"csv\"],\"strict\":true,\"decimal\":\"auto\",\"lang\":\"en\",\"date\":null}");
    List<String> inputs = new ArrayList<>();
    m.path("inputs").forEach(f -> inputs.add(f.path("role").asText() + " " + f.path("path").asText() + " " + f.path("sha256").asText()));
    assertThat(inputs)
        .containsExactly(
            "criteria " + criteria + " " + sha256(criteria),
            "report " + tmp.resolve("in/a.csv") + " " + sha256(tmp.resolve("in/a.csv")),
            "report " + tmp.resolve("in/b.csv") + " " + sha256(tmp.resolve("in/b.csv")),
            "units " + units + " " + sha256(units),
            "previous " + last.resolve("results.json") + " " + sha256(last.resolve("results.json")));
    List<String> outputs = new ArrayList<>();
    m.path("outputs").forEach(f -> outputs.add(f.path("path").asText() + " " + f.path("bytes").asLong() + " " + f.path("sha256").asText()));
    assertThat(outputs)
        .containsExactly(
            "ranking.csv " + Files.size(out.resolve("ranking.csv")) + " " + sha256(out.resolve("ranking.csv")),
            "results.json " + Files.size(out.resolve("results.json")) + " " + sha256(out.resolve("results.json")));
  }

  @Test
  void isWrittenWhateverTheFormatsAndIsByteIdenticalOnARerun() throws IOException {
    assertThat(assess(tmp.resolve("one"), "--formats", "md").exit()).isZero();
    assertThat(assess(tmp.resolve("two"), "--formats", "md").exit()).isZero();
    String one = Files.readString(tmp.resolve("one/manifest.json"));
    assertThat(one).isEqualTo(Files.readString(tmp.resolve("two/manifest.json"))).contains("\"date\" : null");
    assertThat(assess(tmp.resolve("dated"), "--formats", "md", "--date", "2022-03-05").exit()).isZero();
    assertThat(Files.readString(tmp.resolve("dated/manifest.json"))).contains("\"date\" : \"2022-03-05\"");
  }

  @Test
  void verifyPassesOnAnUntouchedRunAndNamesEveryChangedOrMissingFile() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(assess(out, "--formats", "json,csv,html", "--lang", "en").exit()).isZero();
    Cli.Run ok = Cli.run("verify", out.toString());
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).isEmpty();
    assertThat(ok.err()).contains(out + ": all 5 outputs and 4 inputs match the manifest");

    Files.writeString(out.resolve("ranking.csv"), "edited in Excel\n");
    Files.delete(out.resolve("scorecards/B.html"));
    Files.writeString(reports, Hostile.HEADER + "A,Sở A,a,10\n"); // a report changed after the run
    Cli.Run bad = Cli.run("verify", out.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.out().lines().toList())
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).startsWith(out.resolve("ranking.csv") + ": changed since the run (SHA-256 "))
        .anySatisfy(l -> assertThat(l).isEqualTo(out.resolve("scorecards/B.html") + ": missing (listed in the manifest)"))
        .anySatisfy(l -> assertThat(l).startsWith(reports + ": changed since the run"));
    assertThat(bad.err()).contains(out + ": 3 of 9 files differ from the manifest");
  }

  @Test
  void verifySkipsInputsThatAreNoLongerThere() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(assess(out, "--formats", "json", "--lang", "en").exit()).isZero();
    Files.move(tmp.resolve("in"), tmp.resolve("archived"));
    Cli.Run run = Cli.run("verify", out.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains("2 inputs are no longer at their paths and were not checked").contains("all 1 outputs and 2 inputs match");
  }

  @Test
  void verifyRefusesAManifestThatPointsOutsideTheOutputFolder() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(assess(out, "--formats", "json", "--lang", "en").exit()).isZero();
    Path manifest = out.resolve("manifest.json");
    Files.writeString(manifest, Files.readString(manifest).replace("\"path\" : \"results.json\"", "\"path\" : \"../criteria.yaml\""));
    Cli.Run run = Cli.run("verify", out.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "../criteria.yaml: not a file of the output folder; the manifest is not trusted\n"
                + out.resolve("results.json")
                + ": not listed in the manifest (a file of another run, or put there by hand)\n");
  }

  @Test
  void verifyWithoutAReadableManifestExitsWith3() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("empty"));
    Cli.Run missing = Cli.run("verify", out.toString(), "--lang", "en");
    assertThat(missing.exit()).isEqualTo(3);
    assertThat(missing.err()).isEqualTo(out.resolve("manifest.json") + ": no manifest.json (egov assess writes one with every run)\n");
    Files.writeString(out.resolve("manifest.json"), "{\"schema\": \"egov-manifest/1\", \"outputs\": [{\"path\": \"x\"}");
    Cli.Run broken = Cli.run("verify", out.toString(), "--lang", "en");
    assertThat(broken.exit()).isEqualTo(3);
    assertThat(broken.err()).startsWith(out.resolve("manifest.json") + ": the manifest cannot be read: ");
  }
}
