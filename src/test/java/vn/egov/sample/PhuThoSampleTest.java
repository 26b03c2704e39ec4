package vn.egov.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/**
 * The bundled Phú Thọ 2018 sample: the wide and the long table carry the same data and must give
 * the same figures; a few figures are checked by hand.
 */
class PhuThoSampleTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final String CRITERIA = "criteria/phu-tho-2018.yaml";
  private static final String UNITS = "samples/phu-tho-2018/units.csv";

  @TempDir Path tmp;

  private JsonNode assess(String input, String out) throws IOException {
    Cli.Run run = Cli.run("assess", "-c", CRITERIA, input, "--units", UNITS, "-o", tmp.resolve(out).toString(), "--lang", "en");
    assertThat(run.exit()).as(run.err()).isZero();
    return JSON.readTree(tmp.resolve(out).resolve("results.json").toFile());
  }

  private static JsonNode unit(JsonNode results, String id) {
    for (JsonNode u : results.get("units")) {
      if (u.get("id").asText().equals(id)) {
        return u;
      }
    }
    throw new AssertionError("no unit " + id);
  }

  private static JsonNode criterion(JsonNode unit, String id) {
    for (JsonNode c : unit.get("criteria")) {
      if (c.get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no criterion " + id);
  }

  @Test
  void wideAndLongTablesGiveIdenticalResults() throws IOException {
    JsonNode wide = assess("samples/phu-tho-2018/wide", "wide");
    JsonNode lng = assess("samples/phu-tho-2018/long", "long");
    // the long table also carries notes ("ghi chú"), which the wide one has no column for
    for (JsonNode u : lng.get("units")) {
      if (u.has("inputs")) {
        u.get("inputs").forEach(i -> ((com.fasterxml.jackson.databind.node.ObjectNode) i).remove("note"));
      }
    }
    assertThat(wide.get("units")).hasSize(38);
    for (int i = 0; i < 38; i++) {
      JsonNode w = wide.get("units").get(i);
      assertThat(lng.get("units").get(i).equals(w)).as("unit %s differs", w.get("id")).isTrue();
    }
  }

  @Test
  void vietTriFiguresMatchAHandComputation() throws IOException {
    JsonNode vt = unit(assess("samples/phu-tho-2018/wide", "wide"), "VIETTRI");
    // 3.1 on-time records: self 31.120 / 32.052 × 15 = 14.56 → 14.6; appraised 30.938 → 14.48 → 14.5
    assertThat(criterion(vt, "3.1").get("self_points").decimalValue()).isEqualByComparingTo("14.6");
    assertThat(criterion(vt, "3.1").get("points").decimalValue()).isEqualByComparingTo("14.5");
    // 2.3.b external e-documents 75 % of a target of 80 %: 10 × 75 / 80 = 9.375 → 9.4 (half-up)
    assertThat(criterion(vt, "2.3").get("criteria").get(1).get("points").decimalValue()).isEqualByComparingTo("9.4");
    // 4.2 proficient 252 / 260 = 96.92 %, floor 50, target 98: 10 × 46.92 / 48 = 9.776 → 9.8
    assertThat(criterion(vt, "4.2").get("points").decimalValue()).isEqualByComparingTo("9.8");
    assertThat(vt.get("points").decimalValue()).isEqualByComparingTo("142.7");
    assertThat(vt.get("self").get("points").decimalValue()).isEqualByComparingTo("142.8");
    assertThat(vt.get("max").decimalValue()).isEqualByComparingTo("150");
    assertThat(vt.get("score").decimalValue()).isEqualByComparingTo("95.1"); // 142.7 / 150 × 100 = 95.13
    assertThat(vt.get("rank").asInt()).isEqualTo(1);
    assertThat(vt.get("classification").asText()).isEqualTo("Tốt");
  }

  @Test
  void aVerticalAgencyWithoutOneStopShopIsScoredOnARebasedMax() throws IOException {
    JsonNode tax = unit(assess("samples/phu-tho-2018/wide", "wide"), "CTHUE");
    assertThat(criterion(tax, "3.1").get("status").asText()).isEqualTo("na");
    assertThat(criterion(tax, "3.1").get("points").isNull()).isTrue();
    assertThat(criterion(tax, "1.3").get("status").asText()).isEqualTo("not_applicable");
    assertThat(tax.get("max").decimalValue()).isEqualByComparingTo("135");
    assertThat(tax.get("points").decimalValue()).isEqualByComparingTo("121.8");
    assertThat(tax.get("score").decimalValue()).isEqualByComparingTo("90.2"); // 121.8 / 135 × 100 = 90.22
  }

  @Test
  void unitsThatSentNothingAndUnrankedUnitsAreListed() throws IOException {
    JsonNode r = assess("samples/phu-tho-2018/wide", "wide");
    assertThat(unit(r, "BDT").get("status").asText()).isEqualTo("not_submitted");
    assertThat(unit(r, "TANSON").get("status").asText()).isEqualTo("not_submitted");
    assertThat(unit(r, "CAT").get("rank").isNull()).isTrue();
    assertThat(unit(r, "CAT").get("status").asText()).isEqualTo("scored");
    assertThat(unit(r, "SCT").get("rank").asInt()).isEqualTo(4);
    assertThat(unit(r, "SXD").get("rank").asInt()).isEqualTo(4);
    assertThat(unit(r, "SCT").get("score").decimalValue()).isEqualByComparingTo("89.9");
  }
}
