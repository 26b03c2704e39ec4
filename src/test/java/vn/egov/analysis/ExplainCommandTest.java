package vn.egov.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/** {@code egov explain} on the 2018 sample: every figure it prints is results.json's. */
class ExplainCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final String[] SAMPLE = {
    "-c", "criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/wide", "--units", "samples/phu-tho-2018/units.csv"
  };

  @TempDir static Path tmp;
  static JsonNode results;

  @BeforeAll
  static void assess() throws IOException {
    Cli.Run run = Cli.run(args("assess", "-o", tmp.toString(), "--formats", "json"));
    assertThat(run.exit()).as(run.err()).isZero();
    results = JSON.readTree(tmp.resolve("results.json").toFile());
  }

  private static String[] args(String command, String... more) {
    List<String> a = new java.util.ArrayList<>(List.of(command));
    a.addAll(List.of(SAMPLE));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  private static JsonNode unit(String id) {
    for (JsonNode u : results.get("units")) {
      if (u.get("id").asText().equals(id)) {
        return u;
      }
    }
    throw new AssertionError(id);
  }

  private static void criteria(JsonNode list, Map<String, JsonNode> out) {
    for (JsonNode c : list) {
      out.put(c.get("id").asText(), c);
      if (c.has("criteria")) {
        criteria(c.get("criteria"), out);
      }
    }
  }

  private static void sameNumber(JsonNode a, JsonNode b, String what) {
    if (b == null || b.isNull()) {
      assertThat(a == null || a.isNull()).as(what).isTrue();
    } else {
      assertThat(a.decimalValue()).as(what).isEqualByComparingTo(b.decimalValue());
    }
  }

  @Test
  void everyPointsAndScoreInTheJsonExplanationIsResultsJsons() throws IOException {
    for (String id : List.of("VIETTRI", "STP", "CTHUE", "SCT", "SGTVT", "CAT", "TAMNONG", "YENLAP")) {
      Cli.Run run = Cli.run(args("explain", "--unit", id, "--format", "json"));
      assertThat(run.exit()).as(run.err()).isZero();
      JsonNode e = JSON.readTree(run.out());
      JsonNode u = unit(id);
      Map<String, JsonNode> published = new HashMap<>();
      criteria(u.get("criteria"), published);
      Map<String, JsonNode> explained = new HashMap<>();
      criteria(e.get("criteria"), explained);
      assertThat(explained.keySet()).isEqualTo(published.keySet());
      for (var entry : explained.entrySet()) {
        JsonNode p = published.get(entry.getKey());
        sameNumber(entry.getValue().get("final").get("points"), p.get("points"), id + " " + entry.getKey());
        sameNumber(entry.getValue().get("self").get("points"), p.get("self_points"), id + " " + entry.getKey() + " self");
        sameNumber(entry.getValue().get("max"), p.get("max"), id + " " + entry.getKey() + " max");
      }
      for (String f : List.of("points", "max", "score")) {
        sameNumber(e.get("final").get(f), u.get(f), id + " " + f);
        sameNumber(e.get("self").get(f), u.get("self").get(f), id + " self " + f);
      }
      assertThat(e.get("final").get("rank").isNull() ? null : e.get("final").get("rank").asInt())
          .isEqualTo(u.get("rank").isNull() ? null : u.get("rank").asInt());
      assertThat(e.get("final").get("classification").asText()).isEqualTo(u.get("classification").asText());
      for (int i = 0; i < u.get("groups").size(); i++) {
        sameNumber(e.get("groups").get(i).get("points"), u.get("groups").get(i).get("points"), id + " group " + i);
      }
    }
  }

  @Test
  void textPrintsTheEnginesFiguresFromCellToClass() {
    Cli.Run run = Cli.run(args("explain", "--unit", "viettri", "--lang", "en"));
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode u = unit("VIETTRI");
    assertThat(run.out())
        .startsWith("UBND thành phố Việt Trì (VIETTRI) — UBND huyện, thành, thị\n")
        .contains("staff_with_pc / staff_total * 100 = 258 / 260 * 100 ≈ 99.2308; in the band ≥ 98: 10 points ⇒ 10.0 points")
        .contains("records_ontime    self-assessed \"31.120\" → 31120")
        .contains("appraised (final): records_ontime / records_received * 100 = 30938 / 32052 * 100 ≈ 96.5244; proportional: 15 × 96.5244 / 100 ≈ 14.4787 ⇒ 14.5 points")
        .containsPattern("Points +" + u.get("self").get("points").decimalValue() + " +" + u.get("points").decimalValue() + " +150\\.0")
        .containsPattern("Score \\(points / max × 100\\) +" + u.get("self").get("score").decimalValue() + " +" + u.get("score").decimalValue())
        .contains("Below: rank 2 UBND huyện Lâm Thao, 90.6 (4.5 score less)")
        .contains("What would earn more points");
    assertThat(run.err()).contains("Explained 25 criteria of UBND thành phố Việt Trì (VIETTRI)");
  }

  @Test
  void vietnameseByDefaultForTheVietnameseCriteriaSet() {
    Cli.Run run = Cli.run(args("explain", "--unit", "STP", "--criterion", "3.4"));
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("3.4  Cổng/Trang thông tin điện tử đáp ứng Nghị định 43/2011/NĐ-CP [choice; tối đa 10,0]")
        .contains("thẩm định (cuối cùng): portal_compliance = \"Đáp ứng một phần\": 5 điểm ⇒ 5,0 điểm")
        .contains("Xếp loại");
  }

  @Test
  void aUnitThatSentNothingIsSaidSo() {
    Cli.Run run = Cli.run(args("explain", "--unit", "BDT", "--lang", "en"));
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("The unit sent no self-assessment");
  }

  @Test
  void unknownUnitOrCriterionIsAUsageErrorWithASuggestion() {
    Cli.Run unit = Cli.run(args("explain", "--unit", "VIETRI", "--lang", "en"));
    assertThat(unit.exit()).isEqualTo(2);
    assertThat(unit.err()).contains("no unit \"VIETRI\" in the reports or the units registry (38 units) Did you mean \"VIETTRI\"?");
    Cli.Run criterion = Cli.run(args("explain", "--unit", "STP", "--criterion", "3.44", "--lang", "en"));
    assertThat(criterion.exit()).isEqualTo(2);
    assertThat(criterion.err()).contains("no criterion \"3.44\"").contains("Did you mean \"3.4\"?");
    assertThat(Cli.run(args("explain", "--unit", "STP", "--format", "xml")).exit()).isEqualTo(2);
    Cli.Run missing = Cli.run("explain", "-c", "nope.yaml", "x.csv", "--unit", "A");
    assertThat(missing.exit()).isEqualTo(3);
  }

  @Test
  void theNewCommandsAreListedInHelp() {
    assertThat(Cli.run("--help").out()).contains("explain").contains("compare").contains("sensitivity");
  }
}
