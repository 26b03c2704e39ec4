package vn.egov.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.model.Location;
import vn.egov.model.Problem;

/** Reads a {@code results.json} written by {@code egov assess} into a {@link Snapshot}. */
public final class ResultsFile {
  private static final ObjectMapper JSON = mapper();

  private ResultsFile() {}

  private static ObjectMapper mapper() {
    ObjectMapper m = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    // results.json nests criteria a few levels deep; anything deeper is not ours
    m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    return m;
  }

  /**
   * The snapshot, or {@code null} with the problem (the file cannot be read: {@code unreadable};
   * or it is not a results file).
   */
  public record Loaded(Snapshot snapshot, List<Problem> problems, boolean unreadable) {}

  public static Loaded load(Path file, String shown) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      return bad(shown);
    } catch (IOException e) {
      return new Loaded(null, List.of(Problem.io(Location.of(shown), file, e)), true);
    }
    if (root == null || !root.isObject() || !"egov-results/1".equals(root.path("schema").asText())) {
      return bad(shown);
    }
    JsonNode set = root.path("criteria_set");
    List<Snapshot.Named> unitGroups = new ArrayList<>();
    for (JsonNode g : set.path("unit_groups")) {
      unitGroups.add(new Snapshot.Named(g.path("id").asText(), g.path("name").asText(g.path("id").asText())));
    }
    List<Snapshot.Named> groups = new ArrayList<>();
    Map<String, String> criteria = new LinkedHashMap<>();
    for (JsonNode g : set.path("groups")) {
      groups.add(new Snapshot.Named(g.path("id").asText(), g.path("name").asText(g.path("id").asText())));
      names(g.path("criteria"), criteria);
    }
    List<Snapshot.Unit> units = new ArrayList<>();
    for (JsonNode u : root.path("units")) {
      Map<String, BigDecimal> gp = new LinkedHashMap<>();
      Map<String, BigDecimal> gm = new LinkedHashMap<>();
      for (JsonNode g : u.path("groups")) {
        gp.put(g.path("id").asText(), number(g.get("points")));
        gm.put(g.path("id").asText(), number(g.get("max")));
      }
      Map<String, BigDecimal> cp = new LinkedHashMap<>();
      Map<String, BigDecimal> cm = new LinkedHashMap<>();
      criteria(u.path("criteria"), cp, cm);
      String id = u.path("id").asText();
      units.add(
          new Snapshot.Unit(
              id,
              u.path("name").asText(id),
              u.path("group").asText(""),
              u.path("status").asText(""),
              u.path("ranked").asBoolean(true),
              number(u.get("points")),
              number(u.get("max")),
              number(u.get("score")),
              u.path("rank").isInt() ? u.get("rank").asInt() : null,
              u.path("classification").isTextual() ? u.get("classification").asText() : null,
              gp,
              gm,
              cp,
              cm));
    }
    return new Loaded(
        new Snapshot(
            shown,
            set.path("id").asText(""),
            set.path("title").asText(""),
            set.path("period").isTextual() ? set.path("period").asText() : null,
            set.path("language").asText("vi"),
            set.path("precision").asInt(2),
            unitGroups,
            groups,
            criteria,
            units),
        List.of(),
        false);
  }

  private static void names(JsonNode list, Map<String, String> out) {
    for (JsonNode c : list) {
      out.put(c.path("id").asText(), c.path("name").asText(c.path("id").asText()));
      names(c.path("criteria"), out);
    }
  }

  private static void criteria(JsonNode list, Map<String, BigDecimal> points, Map<String, BigDecimal> max) {
    for (JsonNode c : list) {
      points.put(c.path("id").asText(), number(c.get("points")));
      max.put(c.path("id").asText(), number(c.get("max")));
      criteria(c.path("criteria"), points, max);
    }
  }

  private static BigDecimal number(JsonNode n) {
    return n != null && n.isNumber() ? n.decimalValue() : null;
  }

  private static Loaded bad(String shown) {
    return new Loaded(null, List.of(Problem.error(Location.of(shown), "previous.not_results")), false);
  }
}
