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
 * Reads a criteria set (SPEC §2) and reports every mistake at once, each with its line and
 * column and, for misspelt keys and ids, the closest known one. Never throws for bad content.
 */
public final class CriteriaLoader {
  static final String SCHEMA = "egov-criteria/1";
  private static final Pattern INPUT_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static final Set<String> TOP =
      Set.of("schema", "id", "title", "source", "period", "deadline", "language", "unit_groups", "units",
          "inputs", "scoring", "ranking", "classification", "groups", "checks");
  private static final Set<String> UNIT_GROUP = Set.of("id", "name");
  private static final Set<String> UNIT = Set.of("id", "name", "group", "ranked");
  private static final Set<String> INPUT =
      Set.of("id", "label", "type", "unit", "min", "max", "required", "help", "options");
  private static final Set<String> OPTION = Set.of("value", "label", "points");
  private static final Set<String> SCORING = Set.of("scale", "precision");
  private static final Set<String> RANKING = Set.of("by", "ties", "tiebreak");
  private static final Set<String> CLASSIFICATION = Set.of("by", "bands", "overrides");
  private static final Set<String> CLASS_BAND = Set.of("min", "label");
  private static final Set<String> CLASS_OVERRIDE = Set.of("bands");
  private static final Set<String> GROUP = Set.of("id", "name", "criteria");
  private static final Set<String> CRITERION =
      Set.of("id", "name", "max", "applies_to", "kind", "na", "evidence", "inputs", "method",
          "criteria", "combine", "overrides");
  private static final Set<String> OVERRIDE = Set.of("max", "method", "na");
  private static final Set<String> BAND = Set.of("min", "max", "points");
  private static final Set<String> CHECK = Set.of("rule", "message", "severity");
  private static final Set<String> COMMON_METHOD_KEYS = Set.of("type", "on_undefined");

  private final String shown;
  private final List<Problem> problems = new ArrayList<>();
  private Yaml yaml;
  private Names names;
  private final Map<String, InputDef> inputs = new LinkedHashMap<>();
  private final Map<String, Node> inputWhere = new LinkedHashMap<>();
  /** Inputs declared with a mistake already reported: using them is not reported again. */
  private final Set<String> badInputs = new java.util.HashSet<>();
  /** Where each choice option's points are written, for "above max" problems. */
  private final Map<ChoiceOption, Node> optionPoints = new IdentityHashMap<>();
  private final Map<String, Node> unitGroupWhere = new LinkedHashMap<>();
  private final Map<String, Node> criterionWhere = new LinkedHashMap<>();
  private final Map<String, Node> groupWhere = new LinkedHashMap<>();

  private CriteriaLoader(String shown) {
    this.shown = shown;
  }

  /** A criteria set, or {@code null} when it has errors; problems sorted by line and column. */
  public record Loaded(CriteriaSet criteria, List<Problem> problems) {
    public boolean ok() {
      return criteria != null;
    }
  }

  /** Loads a file; {@code shown} is its name as printed in problems. */
  public static Loaded load(Path file, String shown) {
    CriteriaLoader l = new CriteriaLoader(shown);
    byte[] bytes;
    try {
      if (Files.size(file) > vn.egov.security.Limits.MAX_FILE_BYTES) { // a wrong path, e.g. a video
        long mb = vn.egov.security.Limits.MAX_FILE_BYTES >> 20;
        return new Loaded(null, List.of(Problem.error(Location.of(shown), "limit.file_size", Files.size(file) >> 20, mb)));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return new Loaded(null, List.of(Problem.io(Location.of(shown), file, e)));
    }
    String text;
    try {
      int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      return new Loaded(null, List.of(notUtf8(bytes, shown)));
    }
    return l.parse(text);
  }

  /** Points at the first byte that is not UTF-8. */
  private static Problem notUtf8(byte[] bytes, String shown) {
    java.nio.charset.CharsetDecoder d =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    d.decode(in, out, true);
    out.flip();
    int line = 1;
    int column = 1;
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else if (c != '\ufeff') {
        column++;
      }
    }
    return Problem.error(Location.at(shown, line, column), "criteria.not_utf8");
  }

  /** Loads YAML text. */
  public static Loaded parse(String text, String shown) {
    return new CriteriaLoader(shown).parse(text);
  }

  private Loaded parse(String text) {
    yaml = new Yaml(shown, text);
    names = new Names(yaml, text);
    Node root = yaml.compose(problems);
    CriteriaSet set = null;
    if (root != null) {
      set = document(root);
    }
    problems.addAll(yaml.commaWarnings);
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(CriteriaLoader::line).thenComparingInt(CriteriaLoader::column));
    boolean errors = sorted.stream().anyMatch(Problem::isError);
    return new Loaded(errors ? null : set, sorted);
  }

  private static int line(Problem p) {
    return part(p, 0);
  }

  private static int column(Problem p) {
    return part(p, 1);
  }

  private static int part(Problem p, int i) {
    String[] parts = p.location().where().split(":");
    try {
      return parts.length > i ? Integer.parseInt(parts[i]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  // ---- the document ----

  private CriteriaSet document(Node root) {
    Map<String, NodeTuple> top = mapping(root, "criteria set", TOP, List.of("schema", "id", "unit_groups", "groups"));
    if (top == null) {
      return null;
    }
    String schema = string(top, "schema", null);
    if (schema != null && !schema.equals(SCHEMA)) {
      error(value(top, "schema"), "criteria.schema", schema, SCHEMA);
    }
    String id = string(top, "id", null);
    String title = string(top, "title", id);
    String language = string(top, "language", "vi");
    if (!language.equals("vi") && !language.equals("en")) {
      error(value(top, "language"), "criteria.enum", "language", language, "vi, en");
      language = "vi";
    }
    List<UnitGroup> unitGroups = unitGroups(value(top, "unit_groups"));
    List<Unit> units = units(value(top, "units"));
    // inputs first, from everywhere: a criterion may use an input declared under another one
    List<Node> inputNodes = new ArrayList<>();
    inputNodes.addAll(sequence(value(top, "inputs"), "inputs", false));
    collectCriterionInputs(value(top, "groups"), inputNodes);
    // in document order, so "declared twice (first on line N)" names the earlier place
    inputNodes.sort(Comparator.comparingInt(node -> node.getStartMark().getIndex()));
    inputNodes.forEach(this::input);
    Scoring scoring = scoring(value(top, "scoring"));
    List<CriteriaGroup> groups = groups(value(top, "groups"));
    Ranking ranking = ranking(value(top, "ranking"));
    Classification classification = classification(value(top, "classification"));
    List<Check> checks = checks(value(top, "checks"));
    if (id == null || unitGroups.isEmpty() || groups.isEmpty()) {
      return null;
    }
    return new CriteriaSet(
        shown,
        id,
        title,
        string(top, "source", null),
        string(top, "period", null),
        string(top, "deadline", null),
        language,
        unitGroups,
        units,
        List.copyOf(inputs.values()),
        scoring,
        ranking,
        classification,
        groups,
        checks);
  }

  private List<UnitGroup> unitGroups(Node n) {
    List<UnitGroup> out = new ArrayList<>();
    for (Node item : sequence(n, "unit_groups", true)) {
      Map<String, NodeTuple> m = mapping(item, "unit group", UNIT_GROUP, List.of("id"));
      if (m == null) {
        continue;
      }
      String id = id(m, unitGroupWhere, "criteria.unit_group.duplicate");
      if (id != null) {
        out.add(new UnitGroup(id, string(m, "name", id, Names.UNIT_NAME)));
      }
    }
    return out;
  }

  private List<Unit> units(Node n) {
    List<Unit> out = new ArrayList<>();
    Map<String, Node> seen = new LinkedHashMap<>();
    for (Node item : sequence(n, "units", false)) {
      Map<String, NodeTuple> m = mapping(item, "unit", UNIT, List.of("id", "group"));
      if (m == null) {
        continue;
      }
      String id = id(m, seen, "criteria.unit.duplicate");
      String group = unitGroupRef(value(m, "group"));
      if (id != null && group != null) {
        out.add(new Unit(id, string(m, "name", id, Names.UNIT_NAME), group, bool(m, "ranked", true)));
      }
    }
    return out;
  }

  // ---- inputs ----

  private void collectCriterionInputs(Node groupsNode, List<Node> into) {
    if (!(groupsNode instanceof SequenceNode groups)) {
      return;
    }
    for (Node g : groups.getValue()) {
      if (g instanceof MappingNode gm) {
        collectCriteria(child(gm, "criteria"), into);
      }
    }
  }

  private void collectCriteria(Node criteriaNode, List<Node> into) {
    if (!(criteriaNode instanceof SequenceNode seq)) {
      return;
    }
    for (Node c : seq.getValue()) {
      if (c instanceof MappingNode cm) {
        Node in = child(cm, "inputs");
        if (in != null) {
          into.addAll(sequence(in, "inputs", false));
        }
        collectCriteria(child(cm, "criteria"), into);
      }
    }
  }

  private static Node child(MappingNode m, String key) {
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
        return t.getValueNode();
      }
    }
    return null;
  }

  private InputDef input(Node n) {
    Map<String, NodeTuple> m = mapping(n, "input", INPUT, List.of("id", "type"));
    if (m == null) {
      return null;
    }
    Node idNode = value(m, "id");
    String id = string(m, "id", null);
    if (id == null) {
      return null;
    }
    if (!INPUT_ID.matcher(id).matches()) {
      error(idNode, "criteria.input.id", id);
      badInputs.add(id);
      return null;
    }
    if (id.equalsIgnoreCase("true") || id.equalsIgnoreCase("false")) {
      error(idNode, "criteria.input.reserved", id);
      badInputs.add(id);
      return null;
    }
    if (inputs.containsKey(id)) {
      error(idNode, "criteria.input.duplicate", id, Yaml.line(inputWhere.get(id)));
      return null;
    }
    for (String other : inputs.keySet()) {
      if (other.equalsIgnoreCase(id)) {
        error(idNode, "criteria.input.case", id, other);
      }
    }
    InputType type = enumValue(m, "type", InputType.class, null);
    if (type == null) {
      badInputs.add(id); // reported; later uses of it are not mistakes of their own
      return null;
    }
    BigDecimal min = number(m, "min", null);
    BigDecimal max = number(m, "max", null);
    if (min != null && max != null && min.compareTo(max) > 0) {
      error(value(m, "max"), "criteria.min_max", min, max);
    }
    List<ChoiceOption> options = new ArrayList<>();
    Node optionsNode = value(m, "options");
    if (type == InputType.CHOICE) {
      if (optionsNode == null) {
        error(n, "criteria.key.missing", "options");
      }
      Map<String, Node> seen = new LinkedHashMap<>();
      for (Node o : sequence(optionsNode, "options", type == InputType.CHOICE)) {
        Map<String, NodeTuple> om = mapping(o, "option", OPTION, List.of("value", "points"));
        if (om == null) {
          continue;
        }
        String v = id(om, "value", seen, "criteria.option.duplicate");
        BigDecimal pts = number(om, "points", null);
        if (v != null && pts != null) {
          if (pts.signum() < 0) {
            error(value(om, "points"), "criteria.negative", "points", pts);
          }
          ChoiceOption option = new ChoiceOption(v, string(om, "label", null), pts);
          options.add(option);
          optionPoints.put(option, value(om, "points"));
        }
      }
    } else if (optionsNode != null) {
      error(keyNode(m, "options"), "criteria.options.not_choice", type.key());
    }
    InputDef d =
        new InputDef(
            id,
            string(m, "label", id),
            type,
            string(m, "unit", null),
            min,
            max,
            bool(m, "required", true),
            string(m, "help", null),
            options);
    inputs.put(id, d);
    inputWhere.put(id, idNode);
    return d;
  }

  // ---- groups and criteria ----

  private List<CriteriaGroup> groups(Node n) {
    List<CriteriaGroup> out = new ArrayList<>();
    for (Node item : sequence(n, "groups", true)) {
      Map<String, NodeTuple> m = mapping(item, "group", GROUP, List.of("id", "name", "criteria"));
      if (m == null) {
        continue;
      }
      String id = id(m, groupWhere, "criteria.group.duplicate");
      List<Criterion> criteria = new ArrayList<>();
      for (Node c : sequence(value(m, "criteria"), "criteria", true)) {
        Criterion cr = criterion(c, null);
        if (cr != null) {
          criteria.add(cr);
        }
      }
      if (id != null) {
        out.add(new CriteriaGroup(id, string(m, "name", id), criteria));
      }
    }
    return out;
  }

  /** @param top the enclosing top-level criterion's node map, or {@code null} for a top-level one */
  private Criterion criterion(Node n, Map<String, NodeTuple> top) {
    Map<String, NodeTuple> m = mapping(n, "criterion", CRITERION, List.of("id", "name", "max"));
    if (m == null) {
      return null;
    }
    String id = id(m, criterionWhere, "criteria.criterion.duplicate");
    BigDecimal max = positive(m, "max");
    if (top != null) {
      for (String key : List.of("applies_to", "na", "kind")) {
        if (m.containsKey(key)) {
          error(keyNode(m, key), "criteria.top_level_only", key);
        }
      }
    }
    Map<String, NodeTuple> topMap = top == null ? m : top;
    boolean naAllowed = "allowed".equals(choiceOf(topMap, "na", Set.of("forbidden", "allowed"), "forbidden"));
    List<String> appliesTo = new ArrayList<>();
    for (Node g : sequence(value(m, "applies_to"), "applies_to", false)) {
      String ref = unitGroupRef(g);
      if (ref != null) {
        appliesTo.add(ref);
      }
    }
    Kind kind = Kind.valueOf(choiceOf(m, "kind", Set.of("normal", "bonus", "deduction"), "normal").toUpperCase(java.util.Locale.ROOT));
    boolean evidence = "required".equals(choiceOf(m, "evidence", Set.of("optional", "required"), "optional"));
    List<String> own = new ArrayList<>();
    List<Node> declaredHere =
        value(m, "inputs") instanceof SequenceNode seq ? seq.getValue() : List.of();
    for (Node in : declaredHere) {
      if (in instanceof MappingNode im && child(im, "id") instanceof ScalarNode s && inputs.containsKey(s.getValue())) {
        own.add(s.getValue());
      }
    }
    Node methodNode = value(m, "method");
    Node subsNode = value(m, "criteria");
    ScoringMethod method = null;
    List<Criterion> subs = new ArrayList<>();
    Combine combine = Combine.SUM;
    if (methodNode != null && subsNode != null) {
      error(keyNode(m, "criteria"), "criteria.method_and_criteria", id);
    } else if (methodNode == null && subsNode == null) {
      error(n, "criteria.no_method", id, String.join(", ", MethodCatalog.installed().names()));
    }
    if (methodNode != null) {
      method = method(methodNode, max, topMap);
    } else if (subsNode != null) {
      for (Node s : sequence(subsNode, "criteria", true)) {
        Criterion sub = criterion(s, topMap);
        if (sub != null) {
          subs.add(sub);
        }
      }
      combine = Combine.valueOf(choiceOf(m, "combine", Set.of("sum", "max"), "sum").toUpperCase(java.util.Locale.ROOT));
    }
    if (m.containsKey("combine") && subsNode == null) {
      error(keyNode(m, "combine"), "criteria.combine.no_criteria");
    }
    Map<String, GroupOverride> overrides =
        overrides(value(m, "overrides"), max, topMap, subsNode != null, top == null);
    if (id == null || max == null || (method == null && subs.isEmpty())) {
      return null;
    }
    return new Criterion(id, string(m, "name", id), max, appliesTo, kind, naAllowed, evidence, own, method, combine, subs, overrides);
  }

  private Map<String, GroupOverride> overrides(
      Node n, BigDecimal max, Map<String, NodeTuple> top, boolean composite, boolean topLevel) {
    Map<String, GroupOverride> out = new LinkedHashMap<>();
    if (n == null) {
      return out;
    }
    if (!(n instanceof MappingNode mn)) {
      error(n, "criteria.type.mapping", "overrides");
      return out;
    }
    for (Map.Entry<String, NodeTuple> e : yaml.entries(mn, problems).entrySet()) {
      String group = unitGroupRef(e.getValue().getKeyNode());
      Map<String, NodeTuple> o = mapping(e.getValue().getValueNode(), "override", OVERRIDE, List.of());
      if (group == null || o == null) {
        continue;
      }
      BigDecimal oMax = o.containsKey("max") ? positive(o, "max") : null;
      ScoringMethod method = null;
      if (o.containsKey("method")) {
        if (composite) {
          error(keyNode(o, "method"), "criteria.override.method_composite");
        } else {
          method = method(value(o, "method"), oMax != null ? oMax : max, top);
        }
      }
      Boolean na = null;
      if (o.containsKey("na")) {
        if (topLevel) {
          na = "allowed".equals(choiceOf(o, "na", Set.of("forbidden", "allowed"), "forbidden"));
        } else {
          error(keyNode(o, "na"), "criteria.top_level_only", "na");
        }
      }
      out.put(group, new GroupOverride(oMax, method, na));
    }
    return out;
  }

  // ---- methods ----

  private ScoringMethod method(Node n, BigDecimal max, Map<String, NodeTuple> top) {
    if (!(n instanceof MappingNode mn)) {
      error(n, "criteria.type.mapping", "method");
      return null;
    }
    Map<String, NodeTuple> raw = yaml.entries(mn, problems);
    if (!raw.containsKey("type")) {
      error(n, "criteria.key.missing", "type");
      return null;
    }
    String typeName = scalar(value(raw, "type"), "type");
    if (typeName == null) {
      return null;
    }
    MethodType type = MethodCatalog.installed().type(typeName).orElse(null);
    if (type == null) {
      hint(value(raw, "type"), "criteria.method.unknown", typeName, MethodCatalog.installed().names(), MethodCatalog.installed().names());
      return null;
    }
    java.util.Set<String> allowed = new java.util.HashSet<>(type.keys());
    allowed.addAll(COMMON_METHOD_KEYS);
    Map<String, NodeTuple> m = mapping(n, "method " + typeName, allowed, List.of());
    String onUndefined = choiceOf(m, "on_undefined", Set.of("zero", "na"), "zero");
    boolean naOnUndefined = onUndefined.equals("na");
    if (naOnUndefined && !"allowed".equals(choiceOf(top, "na", Set.of("forbidden", "allowed"), "forbidden"))) {
      error(keyNode(m, "on_undefined"), "criteria.on_undefined.na");
    }
    int before = problems.size();
    ScoringMethod method = type.create(new Config(m, n, max), naOnUndefined);
    return problems.size() > before ? null : method;
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
      Node n = value(m, key);
      if (n == null) {
        CriteriaLoader.this.error(where, "criteria.key.missing", key);
        return null;
      }
      String text = scalar(n, key);
      if (text == null) {
        return null;
      }
      return expression(n, text);
    }

    @java.lang.Override
    public String input(String key, InputType... allowedTypes) {
      Node n = value(m, key);
      if (n == null) {
        CriteriaLoader.this.error(where, "criteria.key.missing", key);
        return null;
      }
      String id = scalar(n, key);
      if (id == null) {
        return null;
      }
      InputDef d = inputs.get(id);
      if (d == null) {
        if (!badInputs.contains(id)) {
          hint(n, "criteria.input.unknown", id, inputs.keySet());
        }
        return null;
      }
      if (allowedTypes.length > 0 && !List.of(allowedTypes).contains(d.type())) {
        CriteriaLoader.this.error(n, "criteria.input.type", id, d.type().key(), allowedTypes[0].key());
        return null;
      }
      if (d.type() == InputType.CHOICE && max != null) {
        for (ChoiceOption o : d.options()) {
          if (o.points().compareTo(max) > 0) {
            CriteriaLoader.this.error(optionPoints.getOrDefault(o, n), "criteria.option.above_max", id, o.value(), o.points(), max);
          }
        }
      }
      return id;
    }

    @java.lang.Override
    public BigDecimal number(String key, BigDecimal defaultValue) {
      return CriteriaLoader.this.number(m, key, defaultValue);
    }

    @java.lang.Override
    public boolean flag(String key, boolean defaultValue) {
      return bool(m, key, defaultValue);
    }

    @java.lang.Override
    public List<Band> bands(String key) {
      Node n = value(m, key);
      if (n == null) {
        CriteriaLoader.this.error(where, "criteria.key.missing", key);
        return null;
      }
      List<Band> out = new ArrayList<>();
      for (Node b : sequence(n, key, true)) {
        Map<String, NodeTuple> bm = mapping(b, "band", BAND, List.of("points"));
        if (bm == null) {
          continue;
        }
        BigDecimal bMin = CriteriaLoader.this.number(bm, "min", null);
        BigDecimal bMax = CriteriaLoader.this.number(bm, "max", null);
        BigDecimal pts = CriteriaLoader.this.number(bm, "points", null);
        if (pts != null && max != null && pts.compareTo(max) > 0) {
          CriteriaLoader.this.error(value(bm, "points"), "criteria.band.above_max", pts, max);
        }
        if (pts != null && pts.signum() < 0) {
          CriteriaLoader.this.error(value(bm, "points"), "criteria.negative", "points", pts);
        }
        if (bMin != null && bMax != null && bMin.compareTo(bMax) > 0) {
          CriteriaLoader.this.error(value(bm, "max"), "criteria.min_max", bMin, bMax);
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
      Node n = value(m, key);
      CriteriaLoader.this.error(n != null ? n : where, messageKey, args);
    }
  }

  private Expr expression(Node n, String text) {
    try {
      Expr e = Expr.compile(text);
      boolean ok = true;
      for (String v : e.variables()) {
        InputDef d = inputs.get(v);
        if (d == null) {
          if (!badInputs.contains(v)) {
            hint(n, "criteria.expr.unknown", v, inputs.keySet());
          }
          ok = false;
        } else if (!d.type().numeric()) {
          error(n, "criteria.expr.text", v);
          ok = false;
        }
      }
      return ok ? e : null;
    } catch (ExprException ex) {
      error(n, "criteria.expr.syntax", text, ex.getMessage(), ex.position());
      return null;
    }
  }

  // ---- scoring, ranking, classification, checks ----

  private Scoring scoring(Node n) {
    Map<String, NodeTuple> m = n == null ? Map.of() : mapping(n, "scoring", SCORING, List.of());
    if (m == null) {
      m = Map.of();
    }
    BigDecimal scale = m.containsKey("scale") ? positive(m, "scale") : BigDecimal.valueOf(100);
    int precision = 2;
    if (m.containsKey("precision")) {
      BigDecimal p = number(m, "precision", null);
      if (p != null && (p.stripTrailingZeros().scale() > 0 || p.signum() < 0 || p.compareTo(BigDecimal.TEN) > 0)) {
        error(value(m, "precision"), "criteria.precision", p);
      } else if (p != null) {
        precision = p.intValue();
      }
    }
    return new Scoring(scale == null ? BigDecimal.valueOf(100) : scale, precision);
  }

  private Ranking ranking(Node n) {
    Map<String, NodeTuple> m = n == null ? Map.of() : mapping(n, "ranking", RANKING, List.of());
    if (m == null) {
      m = Map.of();
    }
    Figure by = Figure.valueOf(choiceOf(m, "by", Set.of("score", "points"), "score").toUpperCase(java.util.Locale.ROOT));
    choiceOf(m, "ties", Set.of("shared"), "shared");
    List<String> tiebreak = new ArrayList<>();
    for (Node t : sequence(value(m, "tiebreak"), "tiebreak", false)) {
      String id = scalar(t, "tiebreak");
      if (id == null) {
        continue;
      }
      if (groupWhere.containsKey(id) || criterionWhere.containsKey(id)) {
        tiebreak.add(id);
      } else {
        List<String> known = new ArrayList<>(groupWhere.keySet());
        known.addAll(criterionWhere.keySet());
        hint(t, "criteria.tiebreak.unknown", id, known);
      }
    }
    return new Ranking(by, tiebreak);
  }

  private Classification classification(Node n) {
    if (n == null) {
      return new Classification(Figure.SCORE, List.of(), Map.of());
    }
    Map<String, NodeTuple> m = mapping(n, "classification", CLASSIFICATION, List.of("bands"));
    if (m == null) {
      return new Classification(Figure.SCORE, List.of(), Map.of());
    }
    Figure by = Figure.valueOf(choiceOf(m, "by", Set.of("score", "points"), "score").toUpperCase(java.util.Locale.ROOT));
    List<ClassBand> bands = classBands(value(m, "bands"));
    Map<String, List<ClassBand>> overrides = new LinkedHashMap<>();
    Node o = value(m, "overrides");
    if (o instanceof MappingNode om) {
      for (NodeTuple t : yaml.entries(om, problems).values()) {
        String group = unitGroupRef(t.getKeyNode());
        Map<String, NodeTuple> gm = mapping(t.getValueNode(), "classification override", CLASS_OVERRIDE, List.of("bands"));
        if (group != null && gm != null) {
          overrides.put(group, classBands(value(gm, "bands")));
        }
      }
    } else if (o != null) {
      error(o, "criteria.type.mapping", "overrides");
    }
    return new Classification(by, bands, overrides);
  }

  private List<ClassBand> classBands(Node n) {
    List<ClassBand> out = new ArrayList<>();
    BigDecimal previous = null;
    for (Node b : sequence(n, "bands", true)) {
      Map<String, NodeTuple> m = mapping(b, "band", CLASS_BAND, List.of("min", "label"));
      if (m == null) {
        continue;
      }
      BigDecimal min = number(m, "min", null);
      String label = string(m, "label", null);
      if (min != null && previous != null && min.compareTo(previous) >= 0) {
        error(value(m, "min"), "criteria.class.order", min, previous);
      }
      if (min != null && label != null) {
        out.add(new ClassBand(min, label));
        previous = min;
      }
    }
    return out;
  }

  private List<Check> checks(Node n) {
    List<Check> out = new ArrayList<>();
    for (Node item : sequence(n, "checks", false)) {
      Map<String, NodeTuple> m = mapping(item, "check", CHECK, List.of("rule", "message"));
      if (m == null) {
        continue;
      }
      Node ruleNode = value(m, "rule");
      String text = scalar(ruleNode, "rule");
      Expr rule = text == null ? null : expression(ruleNode, text);
      Severity severity = Severity.valueOf(choiceOf(m, "severity", Set.of("error", "warning"), "error").toUpperCase(java.util.Locale.ROOT));
      if (rule != null) {
        out.add(
            new Check(
                text,
                List.copyOf(rule.variables()),
                numbers -> {
                  var r = rule.evaluate(numbers);
                  return r.defined() ? r.value().signum() != 0 : null;
                },
                string(m, "message", text),
                severity,
                yaml.at(item)));
      }
    }
    return out;
  }

  // ---- typed access with reporting ----

  /** The mapping's entries, or {@code null} (reported) when the node is not a mapping. */
  private Map<String, NodeTuple> mapping(
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

  private List<Node> sequence(Node n, String what, boolean nonEmpty) {
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

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode s && (s.getValue().isEmpty() || s.getTag().getValue().endsWith(":null")) && s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
  }

  private static Node value(Map<String, NodeTuple> m, String key) {
    NodeTuple t = m.get(key);
    return t == null || isNull(t.getValueNode()) ? null : t.getValueNode();
  }

  private static Node keyNode(Map<String, NodeTuple> m, String key) {
    return m.get(key).getKeyNode();
  }

  private String scalar(Node n, String what) {
    return scalar(n, what, Names.limit(what));
  }

  /** The text of a scalar, stripped, in NFC, without control characters and not over {@code limit}. */
  private String scalar(Node n, String what, int limit) {
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

  private String string(Map<String, NodeTuple> m, String key, String defaultValue) {
    return string(m, key, defaultValue, Names.limit(key));
  }

  private String string(Map<String, NodeTuple> m, String key, String defaultValue, int limit) {
    Node n = value(m, key);
    String s = n == null ? null : scalar(n, key, limit);
    return s == null ? defaultValue : s;
  }

  /** An id, unique among {@code seen} (reported with the first place). */
  private String id(Map<String, NodeTuple> m, Map<String, Node> seen, String duplicateKey) {
    return id(m, "id", seen, duplicateKey);
  }

  private String id(Map<String, NodeTuple> m, String key, Map<String, Node> seen, String duplicateKey) {
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

  private BigDecimal number(Map<String, NodeTuple> m, String key, BigDecimal defaultValue) {
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

  private BigDecimal positive(Map<String, NodeTuple> m, String key) {
    BigDecimal v = number(m, key, null);
    if (v != null && v.signum() <= 0) {
      error(value(m, key), "criteria.positive", key, v);
      return null;
    }
    return v;
  }

  private boolean bool(Map<String, NodeTuple> m, String key, boolean defaultValue) {
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

  private String choiceOf(Map<String, NodeTuple> m, String key, Set<String> allowed, String defaultValue) {
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

  private <E extends Enum<E>> E enumValue(Map<String, NodeTuple> m, String key, Class<E> type, E defaultValue) {
    Set<String> names = new java.util.LinkedHashSet<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(java.util.Locale.ROOT));
    }
    String s = choiceOf(m, key, names, null);
    return s == null ? defaultValue : Enum.valueOf(type, s.toUpperCase(java.util.Locale.ROOT));
  }

  private String unitGroupRef(Node n) {
    String id = scalar(n, "group");
    if (id == null) {
      return null;
    }
    if (!unitGroupWhere.containsKey(id)) {
      hint(n, "criteria.unit_group.unknown", id, unitGroupWhere.keySet(), unitGroupWhere.keySet());
      return null;
    }
    return id;
  }

  private void hint(Node n, String key, String word, java.util.Collection<String> known, Object... more) {
    String suggestion = DidYouMean.suggest(word, known);
    Object[] args = new Object[2 + more.length];
    args[0] = word;
    for (int i = 0; i < more.length; i++) {
      args[1 + i] = more[i] instanceof java.util.Collection<?> c ? String.join(", ", c.stream().map(String::valueOf).sorted().toList()) : more[i];
    }
    args[args.length - 1] = suggestion;
    problems.add(Problem.error(yaml.at(n), suggestion == null ? key : key + ".hint", args));
  }

  private void error(Node n, String key, Object... args) {
    problems.add(Problem.error(n == null ? Location.of(shown) : yaml.at(n), key, args));
  }
}
