package vn.egov.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/**
 * {@code egov trend} across two reorganisations, on hand-written results files. By hand:
 *
 * <ul>
 *   <li>2023 → 2024: P is made of A (80.5) and B (70.0): 75.25 → 75.3 (2024's precision 1).
 *   <li>2024 → 2025: X is made of P (weight 0.6) and C (0.4). X in 2024: 76.0 × 0.6 + 66.0 × 0.4
 *       = 45.6 + 26.4 = 72.0. X in 2023, one gap at a time: 75.3 × 0.6 + 65.45 × 0.4 = 45.18 +
 *       26.18 = 71.36 → 71.4 (from the unrounded 75.25 it would be 71.33 → 71.3: the test tells
 *       the two apart).
 *   <li>G stops after 2023 (gone); Z is new in 2025. Baselines have no rank and no class.
 *   <li>Means per year over the units with a figure: 2023 (90 + 71.4 + 60 + 40) / 4 = 65.35; 2024
 *       (88 + 72 + 61) / 3 = 73.666… → 73.67; 2025 (85 + 79 + 70 + 50) / 4 = 71.
 * </ul>
 */
class TrendTest {
  @TempDir static Path tmp;

  static Path y2023;
  static Path y2024;
  static Path y2025;
  static Path map1;
  static Path map2;

  static String results(String period, int precision, String units) {
    return "{\"schema\": \"egov-results/1\", \"criteria_set\": {\"id\": \"s" + period + "\", \"title\": \"Bộ " + period + "\", \"period\": \""
        + period + "\", \"precision\": " + precision + ", \"unit_groups\": [{\"id\": \"xa\", \"name\": \"Xã, phường\"}], \"groups\": []}, \"units\": ["
        + units + "]}";
  }

  static String unit(String id, String score, int rank, String cls) {
    return "{\"id\": \"" + id + "\", \"name\": \"Xã " + id + "\", \"group\": \"xa\", \"status\": \"scored\", \"score\": " + score + ", \"rank\": " + rank
        + (cls == null ? "" : ", \"classification\": \"" + cls + "\"") + "}";
  }

  @BeforeAll
  static void files() throws IOException {
    y2023 = write("2023.json", results("2023", 2, String.join(",", unit("D", "90.0", 1, "Tốt"), unit("A", "80.5", 2, null), unit("B", "70.0", 3, null),
        unit("C", "65.45", 4, null), unit("E", "60.0", 5, null), unit("G", "40.0", 6, null))));
    y2024 = write("2024.json", results("2024", 1, String.join(",", unit("D", "88.0", 1, null), unit("P", "76.0", 2, null), unit("C", "66.0", 3, null),
        unit("E", "61.0", 4, null))));
    y2025 = write("2025.json", results("2025", 1, String.join(",", unit("D", "85.0", 1, null), unit("X", "79.0", 2, null), unit("E", "70.0", 3, null),
        unit("Z", "50.0", 4, null))));
    map1 = write("map1.csv", "old_unit_id,new_unit_id\nA,P\nB,P\n");
    map2 = write("map2.csv", "old_unit_id,new_unit_id,weight\nP,X,0.6\nC,X,0.4\n");
  }

  static Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void baselinesAreCarriedOneGapAtATime() throws IOException {
    Path out = tmp.resolve("trend");
    Cli.Run run =
        Cli.run("--lang", "en", "trend", y2023.toString(), y2024.toString(), y2025.toString(), "--crosswalk", map1.toString(), "--crosswalk",
            map2.toString(), "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(out.resolve("trend.csv"), StandardCharsets.UTF_8))
        .isEqualTo(
            "\ufeffunit_group,unit_id,unit_name,2023_score,2023_rank,2023_class,2023_from,2024_score,2024_rank,2024_class,2024_from,"
                + "2025_score,2025_rank,2025_class,2025_from\r\n"
                + "xa,D,Xã D,90.00,1,Tốt,,88.0,1,,,85.0,1,,\r\n"
                + "xa,X,Xã X,71.40,,,A;B;C,72.0,,,P;C,79.0,2,,\r\n"
                + "xa,E,Xã E,60.00,5,,,61.0,4,,,70.0,3,,\r\n"
                + "xa,Z,Xã Z,,,,,,,,,50.0,4,,\r\n"
                + "xa,G,Xã G,40.00,6,,,,,,,,,,\r\n");
    assertThat(run.out()).contains("Xã, phường: 5 units; mean score 65.35 → 73.67 → 71");
    String html = Files.readString(out.resolve("trend.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<i title=\"from A, B, C\">71.40</i>").contains("<svg class=\"chart\"").doesNotContain("<script");
  }

  @Test
  void withoutCrosswalksUnitsAreFollowedById() throws IOException {
    Path out = tmp.resolve("by-id");
    Cli.Run run = Cli.run("--lang", "en", "trend", y2023.toString(), y2024.toString(), y2025.toString(), "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(out.resolve("trend.csv"), StandardCharsets.UTF_8))
        .contains("xa,X,Xã X,,,,,,,,,79.0,2,,\r\n")
        .contains("xa,A,Xã A,80.50,2,,,,,,,,,,\r\n")
        .contains("xa,P,Xã P,,,,,76.0,2,,,,,,\r\n");
  }

  @Test
  void oneCrosswalkPerGapOrNone() {
    Cli.Run run = Cli.run("--lang", "en", "trend", y2023.toString(), y2024.toString(), y2025.toString(), "--crosswalk", map2.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("3 years need 2 --crosswalk (one per gap between consecutive years, in order; \"-\" for a gap without reorganisation) or none; 1 given");
    Cli.Run dash = Cli.run("--lang", "en", "trend", y2023.toString(), y2024.toString(), y2025.toString(), "--crosswalk", "-", "--crosswalk", map2.toString());
    assertThat(dash.exit()).as(dash.err()).isZero();
    Cli.Run two = Cli.run("--lang", "en", "trend", y2023.toString(), y2024.toString());
    assertThat(two.exit()).isEqualTo(2);
    assertThat(two.err()).contains("trend needs at least three results.json files");
  }

  @Test
  void trendFilesAreReproducible() throws IOException {
    Path a = tmp.resolve("r1");
    Path b = tmp.resolve("r2");
    for (Path out : new Path[] {a, b}) {
      Cli.Run run = Cli.run("trend", y2023.toString(), y2024.toString(), y2025.toString(), "--crosswalk", map1.toString(), "--crosswalk", map2.toString(), "-o", out.toString());
      assertThat(run.exit()).as(run.err()).isZero();
    }
    for (String f : new String[] {"trend.csv", "trend.xlsx", "trend.html"}) {
      assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
  }
}
