package vn.egov.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/**
 * One unit, one report (issue 14, SPEC §3): two files holding the same inputs of a unit are two
 * versions of its report, one error naming both, and the unit gets no value from either; files
 * holding different inputs of a unit (its report and the Department's own figures) combine.
 * Through the real command line, on the bad-reports criteria set.
 */
class OneUnitOneReportTest {
  static final String CRITERIA = BadReportsTest.CRITERIA;

  @TempDir Path tmp;
  Path in;

  /** Hạ Hòa's report: 52 of 65 points (8 + 5 + 5 + 9 + 8 + 10 + 0 + 7), score 80. */
  static final String HAHOA =
      """
      unit_id,input_id,value,evidence
      HAHOA,staff_total,100,
      HAHOA,staff_with_pc,95,
      HAHOA,broadband,có,
      HAHOA,video_conference,có,
      HAHOA,records_received,200,
      HAHOA,records_ontime,180,
      HAHOA,edoc_rate,80,
      HAHOA,portal,full,
      HAHOA,security_points,7,QĐ 12/QĐ-UBND
      """;

  /** The corrected version Hạ Hòa sent later: one value changed, one left blank. */
  static final String HAHOA_V2 = HAHOA.replace("records_ontime,180", "records_ontime,190").replace("staff_with_pc,95", "staff_with_pc,");

  @BeforeEach
  void reports() throws IOException {
    in = Files.createDirectories(tmp.resolve("bao-cao"));
    Files.writeString(in.resolve("HAHOA.csv"), HAHOA);
    Files.writeString(in.resolve("VIETTRI.csv"), HAHOA.replace("HAHOA", "VIETTRI"));
  }

  private String overlapLine() {
    return in.resolve("HAHOA_v2.csv") + ":2:3: error: two reports of this unit hold the same inputs: "
        + in.resolve("HAHOA.csv") + " and " + in.resolve("HAHOA_v2.csv")
        + " both give staff_total, broadband, video_conference, records_received, records_ontime, … (8 in all);"
        + " no value of the unit is taken from either file, and it is rejected (not ranked) until one of the files is removed [unit HAHOA]";
  }

  @Test
  void twoVersionsOfAUnitsReportAreOneErrorAndTheUnitIsRejectedWithNoValueFromEither() throws IOException {
    Files.writeString(in.resolve("HAHOA_v2.csv"), HAHOA_V2);
    Path out = tmp.resolve("ket-qua");
    Cli.Run run = Cli.run("assess", "-c", CRITERIA, in.toString(), "-o", out.toString(), "--formats", "json,csv", "--lang", "en");

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    List<String> hahoa = run.err().lines().filter(l -> l.contains("HAHOA")).toList();
    assertThat(hahoa).containsExactly(overlapLine()); // one line, not one per input given twice
    assertThat(run.err()).doesNotContain("second time");

    JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    JsonNode unit = unit(results, "HAHOA");
    assertThat(unit.path("status").asText()).isEqualTo("rejected");
    assertThat(unit.path("rank").isNull()).isTrue();
    assertThat(unit.path("points").decimalValue()).isEqualByComparingTo("0"); // nothing taken
    assertThat(unit.path("inputs").size()).isZero();
    // the other unit of the folder is untouched: 52 of 65 points, ranked first of its group
    assertThat(unit(results, "VIETTRI").path("score").decimalValue()).isEqualByComparingTo("80");
    assertThat(unit(results, "VIETTRI").path("rank").asInt()).isEqualTo(1);

    List<JsonNode> issues = new ArrayList<>();
    results.path("issues").forEach(i -> {
      if ("HAHOA".equals(i.path("unit").asText())) {
        issues.add(i);
      }
    });
    assertThat(issues).hasSize(1);
    JsonNode issue = issues.get(0);
    assertThat(issue.path("severity").asText()).isEqualTo("error");
    assertThat(issue.path("file").asText()).isEqualTo(in.resolve("HAHOA_v2.csv").toString());
    assertThat(issue.path("location").asText()).isEqualTo("2:3");
    assertThat(issue.path("input").isNull()).isTrue();
    assertThat(issue.path("message").asText())
        .contains(in.resolve("HAHOA.csv") + " and " + in.resolve("HAHOA_v2.csv") + " both give staff_total");
  }

  @Test
  void removingOneVersionScoresTheUnitFromTheOther() throws IOException {
    Files.writeString(in.resolve("HAHOA.csv"), HAHOA_V2.replace("staff_with_pc,", "staff_with_pc,95"));
    Path out = tmp.resolve("ket-qua");
    Cli.Run run = Cli.run("assess", "-c", CRITERIA, in.toString(), "-o", out.toString(), "--formats", "json", "--lang", "en");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode unit = unit(new ObjectMapper().readTree(out.resolve("results.json").toFile()), "HAHOA");
    // 190 of 200 on time: 9.5 points instead of 9 → 52.5 of 65 = 80.77
    assertThat(unit.path("status").asText()).isEqualTo("scored");
    assertThat(unit.path("points").decimalValue()).isEqualByComparingTo("52.5");
    assertThat(unit.path("score").decimalValue()).isEqualByComparingTo("80.77");
  }

  @Test
  void aUnitsReportAndTheDepartmentsOwnFiguresStillCombine() throws IOException {
    // the Department collects it_budget itself, in one wide table for every unit
    Files.writeString(in.resolve("so-lieu-cua-so.csv"), "Mã đơn vị;it_budget\nHAHOA;600\nVIETTRI;50\n");
    Path out = tmp.resolve("ket-qua");
    Cli.Run run = Cli.run("assess", "-c", CRITERIA, in.toString(), "-o", out.toString(), "--formats", "json", "--lang", "en");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("error:");
    JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    JsonNode unit = unit(results, "HAHOA");
    // 600 ≥ 500: 5 more points → 57 of 65 = 87.69
    assertThat(unit.path("status").asText()).isEqualTo("scored");
    assertThat(unit.path("score").decimalValue()).isEqualByComparingTo("87.69");
    assertThat(unit.path("inputs").path("it_budget").path("final").decimalValue()).isEqualByComparingTo("600");
    assertThat(unit.path("inputs").path("staff_total").path("final").decimalValue()).isEqualByComparingTo("100");
    assertThat(unit(results, "VIETTRI").path("score").decimalValue()).isEqualByComparingTo("80");
  }

  @Test
  void validateSaysTheSameErrorAndExitsWithOne() throws IOException {
    Files.writeString(in.resolve("HAHOA_v2.csv"), HAHOA_V2);
    Cli.Run run = Cli.run("validate", "-c", CRITERIA, in.toString(), "--lang", "en");
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.out().lines().filter(l -> l.contains("HAHOA")).toList())
        .containsExactly(
            overlapLine(),
            "HAHOA UBND huyện Hạ Hòa: rejected, no provisional score (two of its reports hold the same inputs; see the error above)");
  }

  private static JsonNode unit(JsonNode results, String id) {
    for (JsonNode u : results.path("units")) {
      if (u.path("id").asText().equals(id)) {
        return u;
      }
    }
    throw new AssertionError("no unit " + id);
  }
}
