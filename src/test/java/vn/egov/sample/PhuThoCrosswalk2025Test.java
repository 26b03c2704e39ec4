package vn.egov.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;
import vn.egov.ingest.CrosswalkFile;
import vn.egov.model.Crosswalk;

/**
 * The real crosswalk of the 2025 merger in Phú Thọ ({@code samples/phu-tho-2025/crosswalk-2024-2025.csv})
 * against the sample's units, in {@code compare --crosswalk} with hand-computed baselines, and the
 * check of its new ids in {@code validate/assess --previous … --crosswalk …}.
 */
class PhuThoCrosswalk2025Test {
  static final String DIR = "samples/phu-tho-2025/";
  static final Path MAP = Path.of(DIR + "crosswalk-2024-2025.csv");

  @TempDir static Path tmp;
  static Crosswalk map;

  @BeforeAll
  static void load() {
    CrosswalkFile.Loaded l = CrosswalkFile.load(MAP, MAP.toString());
    assertThat(l.problems()).isEmpty();
    map = l.crosswalk();
  }

  private static List<String[]> units() throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(DIR + "units.csv"), StandardCharsets.UTF_8).subList(1, 164)) {
      out.add(line.split(",", -1));
    }
    return out;
  }

  @Test
  void everyCommuneAndWardOfTheSampleIsANewUnitOfTheCrosswalkAndEveryOldUnitGoesSomewhere() throws IOException {
    List<String> communes = units().stream().filter(u -> u[2].equals("commune")).map(u -> u[0]).toList();
    assertThat(communes).hasSize(148);
    assertThat(communes.stream().filter(id -> id.startsWith("P-"))).hasSize(15);
    assertThat(communes.stream().filter(id -> id.startsWith("X-"))).hasSize(133);
    assertThat(map.newIds()).containsExactlyInAnyOrderElementsOf(communes);
    assertThat(map.links()).hasSize(482);
    Set<String> old = new LinkedHashSet<>();
    map.links().forEach(l -> old.add(l.oldId()));
    assertThat(old).hasSize(479);
    // the three communes the Resolution splits, at the assumed 0.5 on each side
    assertThat(map.links().stream().filter(l -> l.weight() != null).map(l -> l.oldId() + ">" + l.newId() + "×" + l.weight()))
        .containsExactly(
            "X-VAYNUA>P-THONGNHAT×0.5",
            "X-VAYNUA>X-TIENPHONG×0.5",
            "X-CAOSON-LUONGSON>X-LUONGSON×0.5",
            "X-CAOSON-LUONGSON>X-LIENSON×0.5",
            "X-DONGTAN>X-MAICHAU×0.5",
            "X-DONGTAN>X-PACO×0.5");
  }

  /** Last year's scores (precision 2): these by hand, every other old unit 50.00. */
  static final Map<String, String[]> OLD =
      Map.of(
          "P-THANHVINH", new String[] {"Phường Thanh Vinh", "81.25"},
          "P-AUCO", new String[] {"Phường Âu Cơ", "77.50"},
          "X-THANHMINH", new String[] {"Xã Thanh Minh", "70.00"},
          "TT-LUONGSON", new String[] {"Thị trấn Lương Sơn", "90.00"},
          "X-HOASON", new String[] {"Xã Hòa Sơn", "60.00"},
          "X-LAMSON-LUONGSON", new String[] {"Xã Lâm Sơn", "70.00"},
          "X-NHUANTRACH", new String[] {"Xã Nhuận Trạch", "80.00"},
          "X-TANVINH", new String[] {"Xã Tân Vinh", "65.00"},
          "X-CAOSON-LUONGSON", new String[] {"Xã Cao Sơn", "55.00"},
          "X-THUCUC", new String[] {"Xã Thu Cúc", "64.25"});
  /** This year's scores (precision 1) and ranks: these by hand, every other unit 50.0 at rank 5. */
  static final Map<String, String[]> NEW =
      Map.of(
          "P-AUCO", new String[] {"80.0", "1"},
          "X-LUONGSON", new String[] {"75.0", "2"},
          "X-THUCUC", new String[] {"60.0", "3"},
          "X-LIENSON", new String[] {"52.0", "4"});

  private static Path results(String name, String period, int precision, Map<String, String> scoreById, Map<String, String> names, Map<String, String> ranks)
      throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("{\"schema\": \"egov-results/1\", \"criteria_set\": {\"id\": \"dti\", \"title\": \"DTI\", \"period\": \"")
        .append(period)
        .append("\", \"precision\": ")
        .append(precision)
        .append(", \"unit_groups\": [{\"id\": \"commune\", \"name\": \"Xã, phường\"}], \"groups\": []}, \"units\": [\n");
    int k = 0;
    for (Map.Entry<String, String> e : scoreById.entrySet()) {
      b.append(k++ == 0 ? "" : ",\n")
          .append("{\"id\": \"").append(e.getKey()).append("\", \"name\": \"").append(names.getOrDefault(e.getKey(), e.getKey()))
          .append("\", \"group\": \"commune\", \"status\": \"scored\", \"score\": ").append(e.getValue())
          .append(", \"rank\": ").append(ranks.getOrDefault(e.getKey(), "1")).append("}");
    }
    b.append("]}\n");
    return Files.writeString(tmp.resolve(name), b.toString(), StandardCharsets.UTF_8);
  }

  private static Path lastYear() throws IOException {
    Map<String, String> scores = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    map.links().forEach(l -> scores.put(l.oldId(), OLD.containsKey(l.oldId()) ? OLD.get(l.oldId())[1] : "50.00"));
    OLD.forEach((id, v) -> names.put(id, v[0]));
    return results("2024.json", "2024", 2, scores, names, Map.of());
  }

  /**
   * By hand (baselines half-up to this year's precision 1; ranks of the baselines among this
   * year's 148, all others 50.0):
   *
   * <ul>
   *   <li>Phường Âu Cơ = Thanh Vinh 81.25, Âu Cơ 77.50, Thanh Minh 70.00: 228.75 / 3 = 76.25 → 76.3;
   *       80.0 − 76.3 = +3.7; the highest baseline: rank 1 → 1.
   *   <li>Xã Lương Sơn = TT Lương Sơn 90, Hòa Sơn 60, Lâm Sơn 70, Nhuận Trạch 80, Tân Vinh 65 and
   *       half of Cao Sơn 55: (365 + 27.5) / 5.5 = 71.3636… → 71.4; 75.0 − 71.4 = +3.6; rank 2 → 2.
   *   <li>Xã Liên Sơn = Cư Yên 50, Liên Sơn 50 and the other half of Cao Sơn 55: (100 + 27.5) / 2.5 =
   *       51.0; 52.0 − 51.0 = +1.0; baselines above it 76.3, 71.4, 64.3: rank 4 → 4.
   *   <li>Xã Thu Cúc, kept unchanged: 64.25 → 64.3; 60.0 − 64.3 = −4.3; rank 3 → 3.
   * </ul>
   */
  @Test
  void compareGivesTheBaselinesOfRealMergedWardsComputedByHand() throws IOException {
    Path old = lastYear();
    Map<String, String> scores = new LinkedHashMap<>();
    Map<String, String> ranks = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (String[] u : units()) {
      if (u[2].equals("commune")) {
        scores.put(u[0], NEW.containsKey(u[0]) ? NEW.get(u[0])[0] : "50.0");
        ranks.put(u[0], NEW.containsKey(u[0]) ? NEW.get(u[0])[1] : "5");
        names.put(u[0], u[1]);
      }
    }
    Path neu = results("2025.json", "2025", 1, scores, names, ranks);
    Path out = tmp.resolve("cmp");
    Cli.Run run = Cli.run("--lang", "en", "compare", old.toString(), neu.toString(), "--crosswalk", MAP.toString(), "-o", out.toString(), "--formats", "csv");
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> rows = Files.readAllLines(out.resolve("compare.csv"), StandardCharsets.UTF_8);
    assertThat(rows)
        .contains(
            "commune,P-AUCO,Phường Âu Cơ,merged,scored,scored,,,,,76.3,80.0,3.7,1,1,0,,,false,P-THANHVINH;P-AUCO;X-THANHMINH,",
            "commune,X-LUONGSON,Xã Lương Sơn,merged,scored,scored,,,,,71.4,75.0,3.6,2,2,0,,,false,"
                + "TT-LUONGSON;X-HOASON;X-LAMSON-LUONGSON;X-NHUANTRACH;X-TANVINH;X-CAOSON-LUONGSON,1;1;1;1;1;0.5",
            "commune,X-THUCUC,Xã Thu Cúc,merged,scored,scored,,,,,64.3,60.0,-4.3,3,3,0,,,false,X-THUCUC,",
            "commune,X-LIENSON,Xã Liên Sơn,merged,scored,scored,,,,,51.0,52.0,1.0,4,4,0,,,false,X-CUYEN;X-LIENSON-LUONGSON;X-CAOSON-LUONGSON,1;1;0.5");
    assertThat(run.out())
        .contains("Phường Âu Cơ: baseline 76.3 = mean of Phường Thanh Vinh 81.25; Phường Âu Cơ 77.5; Xã Thanh Minh 70.0")
        .contains(
            "Xã Lương Sơn: baseline 71.4 = weighted mean of Thị trấn Lương Sơn 90.0 × 1; Xã Hòa Sơn 60.0 × 1; Xã Lâm Sơn 70.0 × 1; "
                + "Xã Nhuận Trạch 80.0 × 1; Xã Tân Vinh 65.0 × 1; Xã Cao Sơn 55.0 × 0.5")
        .contains("Xã Liên Sơn: baseline 51.0 = weighted mean of X-CUYEN 50.0 × 1; X-LIENSON-LUONGSON 50.0 × 1; Xã Cao Sơn 55.0 × 0.5")
        .contains("Xã Thu Cúc: baseline 64.3 = mean of Xã Thu Cúc 64.25");
  }

  private static Path smallLastYear() throws IOException {
    return results("small-2024.json", "2024", 2, new LinkedHashMap<>(Map.of("P-THANHVINH", "81.25", "P-AUCO", "77.50")), Map.of(), Map.of());
  }

  private static String[] withPrevious(String command, Path previous, Path crosswalk, String... more) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "--lang", "en", command, "-c", "criteria/phu-tho-2025-dti.yaml", DIR + "bao-cao-don-vi.csv", DIR + "so-khcn-thu-thap.csv",
                "--units", DIR + "units.csv", "--previous", previous.toString(), "--crosswalk", crosswalk.toString()));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  @Test
  void validateWarnsOfANewIdThatIsNotAUnitThisYearAtItsLine() throws IOException {
    Path typo = Files.writeString(tmp.resolve("typo.csv"), "# a misspelt new id\nold_unit_id,new_unit_id\nP-THANHVINH,P-AUCOO\nP-AUCO,P-AUCOO\n", StandardCharsets.UTF_8);
    Cli.Run run = Cli.run(withPrevious("validate", smallLastYear(), typo));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out() + run.err())
        .contains(typo + ":3:2: warning: the crosswalk names the new unit P-AUCOO, which is not a unit this year; did you mean P-AUCO?")
        .doesNotContain(typo + ":4:2")
        // the harm it warns of: Phường Âu Cơ is matched by id to the old ward of its name alone (77.5),
        // not to the baseline of the two (the sample's fictional score is on the 1,000 scale)
        .contains("warning: the score would move from 77.5 last year to 836.94");
    assertThat(run.err()).contains("0 errors, 2 warnings");
  }

  @Test
  void assessWarnsToo() throws IOException {
    Path typo = Files.writeString(tmp.resolve("typo-vi.csv"), "P-THANHVINH,ZZZ\n", StandardCharsets.UTF_8);
    Cli.Run run = Cli.run(withPrevious("assess", smallLastYear(), typo, "-o", tmp.resolve("assess").toString(), "--formats", "json"));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains(typo + ":1:2: warning: the crosswalk names the new unit ZZZ, which is not a unit this year; its baseline is not used");
  }

  @Test
  void theRealCrosswalkNamesOnlyUnitsOfTheSample() throws IOException {
    Cli.Run run = Cli.run(withPrevious("validate", lastYear(), MAP));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out() + run.err()).doesNotContain("not a unit this year");
  }
}
