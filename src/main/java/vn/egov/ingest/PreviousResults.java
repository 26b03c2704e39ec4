package vn.egov.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.model.Crosswalk;
import vn.egov.model.Location;
import vn.egov.model.Previous;
import vn.egov.model.Problem;

/** Reads a {@code results.json} written by {@code egov assess} (schema {@code egov-results/1}). */
public final class PreviousResults {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private PreviousResults() {}

  /** The results, or {@code null} with the problem. */
  public record Loaded(Previous previous, List<Problem> problems) {}

  public static Loaded load(Path file, String shown) {
    JsonNode root;
    try {
      long size = java.nio.file.Files.size(file);
      if (size > vn.egov.security.Limits.MAX_FILE_BYTES) { // SECURITY.md
        return new Loaded(null, List.of(Problem.error(Location.of(shown), "limit.file_size", size >> 20, vn.egov.security.Limits.MAX_FILE_BYTES >> 20)));
      }
      root = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      return bad(shown, "previous.not_results");
    } catch (IOException e) {
      return new Loaded(null, List.of(Problem.io(Location.of(shown), file, e)));
    }
    if (root == null || !"egov-results/1".equals(root.path("schema").asText())) {
      return bad(shown, "previous.not_results");
    }
    Map<String, Previous.Unit> units = new LinkedHashMap<>();
    for (JsonNode u : root.path("units")) {
      Map<String, BigDecimal> inputs = new HashMap<>();
      u.path("inputs").fields().forEachRemaining(e -> {
        JsonNode v = e.getValue().path("final");
        if (v.isNumber()) {
          inputs.put(e.getKey(), v.decimalValue());
        } else if (v.isBoolean()) {
          inputs.put(e.getKey(), v.asBoolean() ? BigDecimal.ONE : BigDecimal.ZERO);
        }
      });
      String id = u.path("id").asText();
      units.put(
          id,
          new Previous.Unit(
              id,
              u.path("name").asText(id),
              u.path("group").asText(""),
              u.path("status").asText(""),
              number(u.get("points")),
              number(u.get("score")),
              u.path("rank").isInt() ? u.get("rank").asInt() : null,
              u.path("classification").isTextual() ? u.get("classification").asText() : null,
              inputs));
    }
    JsonNode set = root.path("criteria_set");
    return new Loaded(
        new Previous(shown, set.path("id").asText(""), set.path("period").asText(""), units, set.path("precision").asInt(2)),
        List.of());
  }

  /**
   * Last year's results seen through a crosswalk (after a reorganisation): each new unit the map
   * names gets a unit whose score and points are the baselines {@link Crosswalk#baseline} of its
   * old units (rounded to last year's precision, the one the file says), its class when it had
   * one old unit, and its input values only when it had one old unit (counts add up and shares
   * average when units merge, so no single rule holds for all inputs); units the map does not
   * name keep their own figures. No unit keeps a rank: last year's ranks are of another ranking
   * ({@code compare --crosswalk} ranks the baselines within this year's).
   */
  public static Previous through(Previous last, Crosswalk map) {
    Map<String, Previous.Unit> units = new LinkedHashMap<>();
    Map<String, BigDecimal> scores = new HashMap<>();
    Map<String, BigDecimal> points = new HashMap<>();
    last.units().forEach((id, u) -> {
      if (u.score() != null) {
        scores.put(id, u.score());
      }
      if (u.points() != null) {
        points.put(id, u.points());
      }
      units.put(id, new Previous.Unit(id, u.name(), u.group(), u.status(), u.points(), u.score(), null, u.classification(), u.inputs()));
    });
    for (String id : map.newIds()) {
      List<Crosswalk.Link> from = map.sources(id);
      Previous.Unit single = from.size() == 1 ? last.units().get(from.get(0).oldId()) : null;
      Previous.Unit first = last.units().get(from.get(0).oldId());
      BigDecimal score = Crosswalk.baseline(from, scores, last.precision());
      units.put(
          id,
          new Previous.Unit(
              id,
              id,
              first == null ? "" : first.group(),
              score == null ? "not_submitted" : "scored",
              Crosswalk.baseline(from, points, last.precision()),
              score,
              null,
              single == null ? null : single.classification(),
              single == null ? Map.of() : single.inputs()));
    }
    return new Previous(last.file() + " + " + map.file(), last.criteriaSetId(), last.period(), units, last.precision(), map);
  }

  /** The ids last year's results hold, for checking a crosswalk. */
  public static java.util.Set<String> ids(Previous last) {
    return last.units().keySet();
  }

  private static BigDecimal number(JsonNode n) {
    return n != null && n.isNumber() ? n.decimalValue() : null;
  }

  private static Loaded bad(String shown, String key) {
    return new Loaded(null, List.of(Problem.error(Location.of(shown), key)));
  }
}
