package vn.egov.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares an expected JSON document with an actual one: every field the expected one has must be
 * in the actual one with the same value; numbers compare by value (19.5 = 19.50); arrays of
 * objects with an "id" are matched by id and must have the same ids; other arrays element by
 * element.
 */
final class JsonSubset {
  private JsonSubset() {}

  /** The differences, one per line with its JSON path; empty when the actual document matches. */
  static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    compare("$", expected, actual, out);
    return out;
  }

  private static void compare(String path, JsonNode e, JsonNode a, List<String> out) {
    if (a == null || a.isMissingNode()) {
      out.add(path + ": missing (expected " + e + ")");
      return;
    }
    if (e.isObject()) {
      if (!a.isObject()) {
        out.add(path + ": expected an object, got " + a);
        return;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = e.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        compare(path + "." + f.getKey(), f.getValue(), a.get(f.getKey()), out);
      }
    } else if (e.isArray()) {
      if (!a.isArray()) {
        out.add(path + ": expected an array, got " + a);
        return;
      }
      if (e.size() > 0 && e.get(0).has("id")) {
        if (e.size() != a.size()) {
          out.add(path + ": expected " + e.size() + " elements, got " + a.size());
        }
        for (JsonNode item : e) {
          String id = item.get("id").asText();
          JsonNode match = null;
          for (JsonNode candidate : a) {
            if (candidate.has("id") && candidate.get("id").asText().equals(id)) {
              match = candidate;
            }
          }
          compare(path + "[id=" + id + "]", item, match, out);
        }
      } else {
        if (e.size() != a.size()) {
          out.add(path + ": expected " + e.size() + " elements, got " + a.size());
          return;
        }
        for (int i = 0; i < e.size(); i++) {
          compare(path + "[" + i + "]", e.get(i), a.get(i), out);
        }
      }
    } else if (e.isNumber()) {
      if (!a.isNumber() || e.decimalValue().compareTo(a.decimalValue()) != 0) {
        out.add(path + ": expected " + e + ", got " + a);
      }
    } else if (!e.equals(a)) {
      out.add(path + ": expected " + e + ", got " + a);
    }
  }
}
