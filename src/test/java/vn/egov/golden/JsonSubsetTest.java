package vn.egov.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The golden comparison must catch every kind of difference, or the golden tests prove nothing. */
class JsonSubsetTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  @Test
  void acceptsEqualNumbersWrittenDifferentlyAndExtraFields() throws Exception {
    assertThat(JsonSubset.differences(json("{'a': 19.5, 'u': [{'id': 'x', 'p': 1}]}"),
            json("{'a': 19.50, 'b': 2, 'u': [{'id': 'x', 'p': 1.0, 'q': 3}]}")))
        .isEmpty();
  }

  @Test
  void reportsAWrongNumberAMissingFieldAMissingIdAndANonNull() throws Exception {
    assertThat(JsonSubset.differences(
            json("{'a': 19.5, 'c': 1, 'n': null, 'u': [{'id': 'x', 'p': 1}, {'id': 'y'}]}"),
            json("{'a': 19.49, 'n': 0, 'u': [{'id': 'x', 'p': 2}, {'id': 'z'}]}")))
        .containsExactly(
            "$.a: expected 19.5, got 19.49",
            "$.c: missing (expected 1)",
            "$.n: expected null, got 0",
            "$.u[id=x].p: expected 1, got 2",
            "$.u[id=y]: missing (expected {\"id\":\"y\"})");
  }

  @Test
  void reportsExtraElementsInIdArrays() throws Exception {
    assertThat(JsonSubset.differences(json("{'u': [{'id': 'x'}]}"), json("{'u': [{'id': 'x'}, {'id': 'y'}]}")))
        .containsExactly("$.u: expected 1 elements, got 2");
  }
}
