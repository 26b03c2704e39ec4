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
 * The {@code groups} of a criteria set and their criteria, sub-criteria, per-group overrides and
 * scoring methods. A method's keys are read through {@link Config}, the {@link MethodConfig} the
 * methods of {@code vn.egov.scoring} are built from.
 */
final class CriteriaSection {
  static final Set<String> GROUP = Set.of("id", "name", "criteria");
  static final Set<String> CRITERION =
      Set.of("id", "name", "max", "applies_to", "kind", "na", "evidence", "inputs", "method",
          "criteria", "combine", "overrides");
  static final Set<String> OVERRIDE = Set.of("max", "method", "na");
  static final Set<String> BAND = Set.of("min", "max", "points");
  static final Set<String> COMMON_METHOD_KEYS = Set.of("type", "on_undefined");

  private final Nodes r;
  private final Declared d;

  CriteriaSection(Nodes r, Declared d) {
    this.r = r;
    this.d = d;
  }


  List<CriteriaGroup> groups(Node n) {
    List<CriteriaGroup> out = new ArrayList<>();
    for (Node item : r.sequence(n, "groups", true)) {
      Map<String, NodeTuple> m = r.mapping(item, "group", GROUP, List.of("id", "name", "criteria"));
      if (m == null) {
        continue;
      }
      String id = r.id(m, d.groupWhere, "criteria.group.duplicate");
      List<Criterion> criteria = new ArrayList<>();
      for (Node c : r.sequence(Nodes.value(m, "criteria"), "criteria", true)) {
        Criterion cr = criterion(c, null);
        if (cr != null) {
          criteria.add(cr);
        }
      }
      if (id != null) {
        out.add(new CriteriaGroup(id, r.string(m, "name", id), criteria));
      }
    }
    return out;
  }

  /** @param top the enclosing top-level criterion's node map, or {@code null} for a top-level one */
  private Criterion criterion(Node n, Map<String, NodeTuple> top) {
    Map<String, NodeTuple> m = r.mapping(n, "criterion", CRITERION, List.of("id", "name", "max"));
    if (m == null) {
      return null;
    }
    String id = r.id(m, d.criterionWhere, "criteria.criterion.duplicate");
    BigDecimal max = r.positive(m, "max");
    if (top != null) {
      for (String key : List.of("applies_to", "na", "kind")) {
        if (m.containsKey(key)) {
          r.error(Nodes.keyNode(m, key), "criteria.top_level_only", key);
        }
      }
    }
    Map<String, NodeTuple> topMap = top == null ? m : top;
    boolean naAllowed = "allowed".equals(r.choiceOf(topMap, "na", Set.of("forbidden", "allowed"), "forbidden"));
    List<String> appliesTo = new ArrayList<>();
    for (Node g : r.sequence(Nodes.value(m, "applies_to"), "applies_to", false)) {
      String ref = d.appliesToRef(g);
      if (ref != null && !appliesTo.contains(ref)) {
        appliesTo.add(ref);
      }
    }
    Kind kind = Kind.valueOf(r.choiceOf(m, "kind", Set.of("normal", "bonus", "deduction"), "normal").toUpperCase(java.util.Locale.ROOT));
    boolean evidence = "required".equals(r.choiceOf(m, "evidence", Set.of("optional", "required"), "optional"));
    List<String> own = new ArrayList<>();
    List<Node> declaredHere =
        Nodes.value(m, "inputs") instanceof SequenceNode seq ? seq.getValue() : List.of();
    for (Node in : declaredHere) {
      if (in instanceof MappingNode im && Nodes.child(im, "id") instanceof ScalarNode s && d.inputs.containsKey(s.getValue())) {
        own.add(s.getValue());
      }
    }
    Node methodNode = Nodes.value(m, "method");
    Node subsNode = Nodes.value(m, "criteria");
    ScoringMethod method = null;
    List<Criterion> subs = new ArrayList<>();
    Combine combine = Combine.SUM;
    if (methodNode != null && subsNode != null) {
      r.error(Nodes.keyNode(m, "criteria"), "criteria.method_and_criteria", id);
    } else if (methodNode == null && subsNode == null) {
      r.error(n, "criteria.no_method", id, String.join(", ", MethodCatalog.installed().names()));
    }
    if (methodNode != null) {
      method = method(methodNode, max, topMap);
    } else if (subsNode != null) {
      for (Node s : r.sequence(subsNode, "criteria", true)) {
        Criterion sub = criterion(s, topMap);
        if (sub != null) {
          subs.add(sub);
        }
      }
      combine = Combine.valueOf(r.choiceOf(m, "combine", Set.of("sum", "max"), "sum").toUpperCase(java.util.Locale.ROOT));
    }
    if (m.containsKey("combine") && subsNode == null) {
      r.error(Nodes.keyNode(m, "combine"), "criteria.combine.no_criteria");
    }
    Map<String, GroupOverride> overrides =
        overrides(Nodes.value(m, "overrides"), max, topMap, subsNode != null, top == null);
    if (id == null || max == null || (method == null && subs.isEmpty())) {
      return null;
    }
    return new Criterion(id, r.string(m, "name", id), max, appliesTo, kind, naAllowed, evidence, own, method, combine, subs, overrides);
  }

  private Map<String, GroupOverride> overrides(
      Node n, BigDecimal max, Map<String, NodeTuple> top, boolean composite, boolean topLevel) {
    Map<String, GroupOverride> out = new LinkedHashMap<>();
    if (n == null) {
      return out;
    }
    if (!(n instanceof MappingNode mn)) {
      r.error(n, "criteria.type.mapping", "overrides");
      return out;
    }
    for (Map.Entry<String, NodeTuple> e : r.yaml.entries(mn, r.problems).entrySet()) {
      String group = d.unitGroupRef(e.getValue().getKeyNode());
      Map<String, NodeTuple> o = r.mapping(e.getValue().getValueNode(), "override", OVERRIDE, List.of());
      if (group == null || o == null) {
        continue;
      }
      BigDecimal oMax = o.containsKey("max") ? r.positive(o, "max") : null;
      ScoringMethod method = null;
      if (o.containsKey("method")) {
        if (composite) {
          r.error(Nodes.keyNode(o, "method"), "criteria.override.method_composite");
        } else {
          method = method(Nodes.value(o, "method"), oMax != null ? oMax : max, top);
        }
      }
      Boolean na = null;
      if (o.containsKey("na")) {
        if (topLevel) {
          na = "allowed".equals(r.choiceOf(o, "na", Set.of("forbidden", "allowed"), "forbidden"));
        } else {
          r.error(Nodes.keyNode(o, "na"), "criteria.top_level_only", "na");
        }
      }
      out.put(group, new GroupOverride(oMax, method, na));
    }
    return out;
  }


  private ScoringMethod method(Node n, BigDecimal max, Map<String, NodeTuple> top) {
    if (!(n instanceof MappingNode mn)) {
      r.error(n, "criteria.type.mapping", "method");
      return null;
    }
    Map<String, NodeTuple> raw = r.yaml.entries(mn, r.problems);
    if (!raw.containsKey("type")) {
      r.error(n, "criteria.key.missing", "type");
      return null;
    }
    String typeName = r.scalar(Nodes.value(raw, "type"), "type");
    if (typeName == null) {
      return null;
    }
    MethodType type = MethodCatalog.installed().type(typeName).orElse(null);
    if (type == null) {
      r.hint(Nodes.value(raw, "type"), "criteria.method.unknown", typeName, MethodCatalog.installed().names(), MethodCatalog.installed().names());
      return null;
    }
    java.util.Set<String> allowed = new java.util.HashSet<>(type.keys());
    allowed.addAll(COMMON_METHOD_KEYS);
    Map<String, NodeTuple> m = r.mapping(n, "method " + typeName, allowed, List.of());
    String onUndefined = r.choiceOf(m, "on_undefined", Set.of("zero", "na"), "zero");
    boolean naOnUndefined = onUndefined.equals("na");
    if (naOnUndefined && !"allowed".equals(r.choiceOf(top, "na", Set.of("forbidden", "allowed"), "forbidden"))) {
      r.error(Nodes.keyNode(m, "on_undefined"), "criteria.on_undefined.na");
    }
    int before = r.problems.size();
    ScoringMethod method = type.create(new Config(m, n, max), naOnUndefined);
    return r.problems.size() > before ? null : method;
  }

  /** A method's keys read from YAML, with mistakes reported where they are. */
  private final class Config implements MethodConfig {
    private final Map<String, NodeTuple> m;
    private final Node where;
    private final BigDecimal max;

    Config(Map<String, NodeTuple> m, Node where, BigDecimal max) {
      this.m = m;
      this.where = where;
      this.max = max;
    }

    @java.lang.Override
    public Expr expr(String key) {
      Node n = Nodes.value(m, key);
      if (n == null) {
        r.error(where, "criteria.key.missing", key);
        return null;
      }
      String text = r.scalar(n, key);
      if (text == null) {
        return null;
      }
      return d.expression(n, text);
    }

    @java.lang.Override
    public String input(String key, InputType... allowedTypes) {
      Node n = Nodes.value(m, key);
      if (n == null) {
        r.error(where, "criteria.key.missing", key);
        return null;
      }
      String id = r.scalar(n, key);
      if (id == null) {
        return null;
      }
      InputDef def = d.inputs.get(id);
      if (def == null) {
        if (!d.badInputs.contains(id)) {
          r.hint(n, "criteria.input.unknown", id, d.inputs.keySet());
        }
        return null;
      }
      if (allowedTypes.length > 0 && !List.of(allowedTypes).contains(def.type())) {
        r.error(n, "criteria.input.type", id, def.type().key(), allowedTypes[0].key());
        return null;
      }
      if (def.type() == InputType.CHOICE && max != null) {
        for (ChoiceOption o : def.options()) {
          if (o.points().compareTo(max) > 0) {
            r.error(d.optionPoints.getOrDefault(o, n), "criteria.option.above_max", id, o.value(), o.points(), max);
          }
        }
      }
      return id;
    }

    @java.lang.Override
    public BigDecimal number(String key, BigDecimal defaultValue) {
      return r.number(m, key, defaultValue);
    }

    @java.lang.Override
    public boolean flag(String key, boolean defaultValue) {
      return r.bool(m, key, defaultValue);
    }

    @java.lang.Override
    public List<Band> bands(String key) {
      Node n = Nodes.value(m, key);
      if (n == null) {
        r.error(where, "criteria.key.missing", key);
        return null;
      }
      List<Band> out = new ArrayList<>();
      for (Node b : r.sequence(n, key, true)) {
        Map<String, NodeTuple> bm = r.mapping(b, "band", BAND, List.of("points"));
        if (bm == null) {
          continue;
        }
        BigDecimal bMin = r.number(bm, "min", null);
        BigDecimal bMax = r.number(bm, "max", null);
        BigDecimal pts = r.number(bm, "points", null);
        if (pts != null && max != null && pts.compareTo(max) > 0) {
          r.error(Nodes.value(bm, "points"), "criteria.band.above_max", pts, max);
        }
        if (pts != null && pts.signum() < 0) {
          r.error(Nodes.value(bm, "points"), "criteria.negative", "points", pts);
        }
        if (bMin != null && bMax != null && bMin.compareTo(bMax) > 0) {
          r.error(Nodes.value(bm, "max"), "criteria.min_max", bMin, bMax);
        }
        if (pts != null) {
          out.add(new Band(bMin, bMax, pts));
        }
      }
      return out;
    }

    @java.lang.Override
    public BigDecimal max() {
      return max;
    }

    @java.lang.Override
    public void error(String key, String messageKey, Object... args) {
      Node n = Nodes.value(m, key);
      r.error(n != null ? n : where, messageKey, args);
    }
  }
}
