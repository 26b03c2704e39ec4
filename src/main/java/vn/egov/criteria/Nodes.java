package vn.egov.criteria;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.egov.expr.Expr;
import vn.egov.expr.ExprException;
import vn.egov.model.Check;
import vn.egov.model.ChoiceOption;
import vn.egov.model.ClassBand;
import vn.egov.model.Classification;
import vn.egov.model.Combine;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.Figure;
import vn.egov.model.InputDef;
import vn.egov.model.InputType;
import vn.egov.model.Kind;
import vn.egov.model.Location;
import vn.egov.model.GroupOverride;
import vn.egov.model.Problem;
import vn.egov.model.Ranking;
import vn.egov.model.ScoringMethod;
import vn.egov.model.Scoring;
import vn.egov.model.Severity;
import vn.egov.model.Unit;
import vn.egov.model.UnitGroup;
import vn.egov.model.Band;
import vn.egov.text.DidYouMean;

/**
 * Typed access to a criteria file's YAML nodes, reporting every mistake where it is (line and
 * column, "did you mean" for misspelt keys and values) and returning {@code null} or the default
 * so that reading goes on and further mistakes are found in the same pass. Shared by the
 * sections of the loader.
 */
final class Nodes {
  final String shown;
  final Yaml yaml;
  final Names names;
  final List<Problem> problems;

  Nodes(String shown, Yaml yaml, Names names, List<Problem> problems) {
    this.shown = shown;
    this.yaml = yaml;
    this.names = names;
    this.problems = problems;
  }


  /** The mapping's entries, or {@code null} (reported) when the node is not a mapping. */
  Map<String, NodeTuple> mapping(
      Node n, String what, Set<String> allowed, List<String> required) {
    if (!(n instanceof MappingNode mn)) {
      if (n != null) {
        error(n, "criteria.type.mapping", what);
      }
      return null;
    }
    Map<String, NodeTuple> m = yaml.entries(mn, problems);
    Set<String> suggested = new java.util.HashSet<>();
    for (Map.Entry<String, NodeTuple> e : m.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        hint(e.getValue().getKeyNode(), "criteria.key.unknown", e.getKey(), allowed, what, allowed);
        String s = DidYouMean.suggest(e.getKey(), allowed);
        if (s != null) {
          suggested.add(s);
        }
      }
    }
    for (String r : required) {
      if (!m.containsKey(r) && suggested.contains(r)) {
        continue; // "did you mean 'max'?" already says it
      }
      if (!m.containsKey(r)) {
        error(n, "criteria.key.missing", r);
      } else if (isNull(m.get(r).getValueNode())) {
        error(m.get(r).getKeyNode(), "criteria.key.empty", r);
      }
    }
    return m;
  }

  List<Node> sequence(Node n, String what, boolean nonEmpty) {
    if (n == null || isNull(n)) {
      return List.of();
    }
    if (!(n instanceof SequenceNode s)) {
      error(n, "criteria.type.list", what);
      return List.of();
    }
    if (nonEmpty && s.getValue().isEmpty()) {
      error(n, "criteria.list.empty", what);
    }
    return s.getValue();
  }

  static boolean isNull(Node n) {
    return n instanceof ScalarNode s && (s.getValue().isEmpty() || s.getTag().getValue().endsWith(":null")) && s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
  }

  static Node value(Map<String, NodeTuple> m, String key) {
    NodeTuple t = m.get(key);
    return t == null || isNull(t.getValueNode()) ? null : t.getValueNode();
  }

  static Node keyNode(Map<String, NodeTuple> m, String key) {
    return m.get(key).getKeyNode();
  }

  String scalar(Node n, String what) {
    return scalar(n, what, Names.limit(what));
  }

  /** The text of a scalar, stripped, in NFC, without control characters and not over {@code limit}. */
  String scalar(Node n, String what, int limit) {
    if (n == null) {
      return null;
    }
    if (!(n instanceof ScalarNode s)) {
      error(n, "criteria.type.scalar", what);
      return null;
    }
    String text = names.text(s, what, limit, problems);
    if (text == null) {
      return null;
    }
    String v = text.strip();
    if (v.isEmpty()) {
      error(n, "criteria.key.empty", what);
      return null;
    }
    return v;
  }

  String string(Map<String, NodeTuple> m, String key, String defaultValue) {
    return string(m, key, defaultValue, Names.limit(key));
  }

  String string(Map<String, NodeTuple> m, String key, String defaultValue, int limit) {
    Node n = value(m, key);
    String s = n == null ? null : scalar(n, key, limit);
    return s == null ? defaultValue : s;
  }

  /** An id, unique among {@code seen} (reported with the first place). */
  String id(Map<String, NodeTuple> m, Map<String, Node> seen, String duplicateKey) {
    return id(m, "id", seen, duplicateKey);
  }

  String id(Map<String, NodeTuple> m, String key, Map<String, Node> seen, String duplicateKey) {
    Node n = value(m, key);
    String id = n == null ? null : scalar(n, key);
    if (id == null) {
      return null;
    }
    if (seen.containsKey(id)) {
      error(n, duplicateKey, id, Yaml.line(seen.get(id)));
      return null;
    }
    seen.put(id, n);
    return id;
  }

  BigDecimal number(Map<String, NodeTuple> m, String key, BigDecimal defaultValue) {
    Node n = value(m, key);
    if (n == null) {
      return defaultValue;
    }
    String s = scalar(n, key);
    if (s == null) {
      return defaultValue;
    }
    try {
      BigDecimal v = new BigDecimal(s.replace("_", ""));
      long orders = v.signum() == 0 ? 0 : (long) v.precision() - v.scale() - 1;
      if (Math.abs(orders) > vn.egov.security.Limits.MAX_NUMBER_ORDERS) {
        // 1e1000000500 would be written out digit by digit in messages and results: out of memory
        // (found by fuzzing, SECURITY.md)
        error(n, "limit.number", key, s, vn.egov.security.Limits.MAX_NUMBER_ORDERS);
        return defaultValue;
      }
      return v;
    } catch (NumberFormatException e) {
      error(n, "criteria.number", key, s);
      return defaultValue;
    }
  }

  BigDecimal positive(Map<String, NodeTuple> m, String key) {
    BigDecimal v = number(m, key, null);
    if (v != null && v.signum() <= 0) {
      error(value(m, key), "criteria.positive", key, v);
      return null;
    }
    return v;
  }

  boolean bool(Map<String, NodeTuple> m, String key, boolean defaultValue) {
    Node n = value(m, key);
    String s = n == null ? null : scalar(n, key);
    if (s == null) {
      return defaultValue;
    }
    switch (s.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on" -> {
        return true;
      }
      case "false", "no", "off" -> {
        return false;
      }
      default -> {
        error(n, "criteria.enum", key, s, "true, false");
        return defaultValue;
      }
    }
  }

  String choiceOf(Map<String, NodeTuple> m, String key, Set<String> allowed, String defaultValue) {
    Node n = value(m, key);
    String s = n == null ? null : scalar(n, key);
    if (s == null) {
      return defaultValue;
    }
    if (!allowed.contains(s)) {
      String hint = DidYouMean.suggest(s, allowed);
      error(n, hint == null ? "criteria.enum" : "criteria.enum.hint", key, s, String.join(", ", new java.util.TreeSet<>(allowed)), hint);
      return defaultValue;
    }
    return s;
  }

  <E extends Enum<E>> E enumValue(Map<String, NodeTuple> m, String key, Class<E> type, E defaultValue) {
    Set<String> names = new java.util.LinkedHashSet<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(java.util.Locale.ROOT));
    }
    String s = choiceOf(m, key, names, null);
    return s == null ? defaultValue : Enum.valueOf(type, s.toUpperCase(java.util.Locale.ROOT));
  }


  void hint(Node n, String key, String word, java.util.Collection<String> known, Object... more) {
    String suggestion = DidYouMean.suggest(word, known);
    Object[] args = new Object[2 + more.length];
    args[0] = word;
    for (int i = 0; i < more.length; i++) {
      args[1 + i] = more[i] instanceof java.util.Collection<?> c ? String.join(", ", c.stream().map(String::valueOf).sorted().toList()) : more[i];
    }
    args[args.length - 1] = suggestion;
    problems.add(Problem.error(yaml.at(n), suggestion == null ? key : key + ".hint", args));
  }

  void error(Node n, String key, Object... args) {
    problems.add(Problem.error(n == null ? Location.of(shown) : yaml.at(n), key, args));
  }

  /** The value under {@code key} of a mapping read without reporting (for a look ahead). */
  static Node child(MappingNode m, String key) {
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
        return t.getValueNode();
      }
    }
    return null;
  }
}
