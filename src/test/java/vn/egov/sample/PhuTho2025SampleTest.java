package vn.egov.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/** The 2025 DTI set and its sample run clean through check, validate, assess and demo. */
class PhuTho2025SampleTest {
  static final String CRITERIA = "criteria/phu-tho-2025-dti.yaml";
  static final String DIR = "samples/phu-tho-2025/";
  static final String[] INPUTS = {DIR + "bao-cao-don-vi.csv", DIR + "so-khcn-thu-thap.csv", "--units", DIR + "units.csv"};

  @TempDir static Path tmp;
  static JsonNode results;

  @BeforeAll
  static void assess() throws IOException {
    List<String> a = new ArrayList<>(List.of("assess", "-c", CRITERIA, "-o", tmp.resolve("out").toString(), "--formats", "json"));
    a.addAll(List.of(INPUTS));
    Cli.Run run = Cli.run(a.toArray(new String[0]));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("163 đơn vị: 163 đã chấm điểm, 0 chưa nộp, 0 bị loại; 0 lỗi, 0 cảnh báo");
    results = new ObjectMapper().readTree(tmp.resolve("out/results.json").toFile());
  }

  private static JsonNode unit(String id) {
    for (JsonNode u : results.get("units")) {
      if (u.get("id").asText().equals(id)) {
        return u;
      }
    }
    throw new AssertionError(id);
  }

  private static JsonNode criterion(JsonNode unit, String id) {
    for (JsonNode c : unit.get("criteria")) {
      if (c.get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError(id);
  }

  @Test
  void checkPassesWithoutWarnings() {
    Cli.Run run = Cli.run("check", CRITERIA, "--lang", "en");
    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains("criteria/phu-tho-2025-dti.yaml: valid (0 errors, 0 warnings)");
    assertThat(run.out()).contains("7 criteria groups, 46 criteria").contains("1000.00");
  }

  @Test
  void validatePassesEveryUnit() {
    List<String> a = new ArrayList<>(List.of("validate", "-c", CRITERIA, "--lang", "en"));
    a.addAll(List.of(INPUTS));
    Cli.Run run = Cli.run(a.toArray(new String[0]));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("0 errors, 0 warnings");
  }

  @Test
  void scoresAllHundredSixtyThreeUnitsTwoUnranked() {
    JsonNode units = results.get("units");
    assertThat(units).hasSize(163);
    long scored = 0;
    long unranked = 0;
    for (JsonNode u : units) {
      scored += u.get("status").asText().equals("scored") ? 1 : 0;
      unranked += u.get("rank").isNull() ? 1 : 0;
    }
    assertThat(scored).isEqualTo(163);
    assertThat(unranked).isEqualTo(2);
    assertThat(unit("CAT").get("rank").isNull()).isTrue();
  }

  @Test
  void taggedDepartmentsAreScoredOnTheDigitalEconomyIndicator() {
    JsonNode sct = unit("SCT");
    assertThat(sct.get("max").decimalValue()).isEqualByComparingTo("1050");
    assertThat(criterion(sct, "7.8").get("status").asText()).isEqualTo("scored");
    JsonNode syt = unit("SYT");
    assertThat(syt.get("max").decimalValue()).isEqualByComparingTo("1000");
    assertThat(criterion(syt, "7.8").get("status").asText()).isEqualTo("not_applicable");
    assertThat(criterion(syt, "7.8").get("points").isNull()).isTrue();
  }

  @Test
  void naCommunesLeaveOutTheirMaxAndTiedCommunesShareARank() {
    JsonNode thuCuc = unit("X-THUCUC");
    assertThat(criterion(thuCuc, "5.1").get("status").asText()).isEqualTo("na");
    assertThat(thuCuc.get("max").decimalValue()).isEqualByComparingTo("980");
    assertThat(unit("X-LIENMINH").get("score").decimalValue()).isEqualByComparingTo(unit("X-CHITIEN").get("score").decimalValue());
    assertThat(unit("X-LIENMINH").get("rank").asInt()).isEqualTo(unit("X-CHITIEN").get("rank").asInt());
  }

  @Test
  void demoRunsTheNewSample() {
    Cli.Run run = Cli.run("demo", "--sample", "phu-tho-2025", "-o", tmp.resolve("demo").toString(), "--lang", "en");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Xã, phường (148 ranked)").contains("Sở, ban, ngành (13 ranked)");
    assertThat(run.err()).contains("163 units: 163 scored, 0 not submitted, 0 rejected; 0 errors, 0 warnings");
  }

  @Test
  void demoRefusesAnUnknownSampleWithAHint() {
    Cli.Run run = Cli.run("demo", "--sample", "phu-tho-2052", "-o", tmp.resolve("none").toString(), "--lang", "en");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--sample: error: no bundled sample 'phu-tho-2052'; did you mean 'phu-tho-2025'?");
  }
}
