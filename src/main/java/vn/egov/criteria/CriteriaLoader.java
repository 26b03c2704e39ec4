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
import vn.egov.model.Issuer;
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

  private static final Set<String> TOP =
      Set.of("schema", "id", "title", "source", "period", "deadline", "language", "unit_groups", "units",
          "inputs", "scoring", "ranking", "classification", "groups", "checks", "issuer");
  private static final Set<String> UNIT_GROUP = Set.of("id", "name");
  private static final Set<String> UNIT = Set.of("id", "name", "group", "ranked", "tags");

  private final String shown;
  private final List<Problem> problems = new ArrayList<>();
  private Nodes r;
  private Declared d;

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
    Yaml yaml = new Yaml(shown, text);
    r = new Nodes(shown, yaml, new Names(yaml, text), problems);
    d = new Declared(r);
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


  private CriteriaSet document(Node root) {
    Map<String, NodeTuple> top = r.mapping(root, "criteria set", TOP, List.of("schema", "id", "unit_groups", "groups"));
    if (top == null) {
      return null;
    }
    String schema = r.string(top, "schema", null);
    if (schema != null && !schema.equals(SCHEMA)) {
      r.error(Nodes.value(top, "schema"), "criteria.schema", schema, SCHEMA);
    }
    String id = r.string(top, "id", null);
    String title = r.string(top, "title", id);
    String language = r.string(top, "language", "vi");
    if (!language.equals("vi") && !language.equals("en")) {
      r.error(Nodes.value(top, "language"), "criteria.enum", "language", language, "vi, en");
      language = "vi";
    }
    List<UnitGroup> unitGroups = unitGroups(Nodes.value(top, "unit_groups"));
    List<Unit> units = units(Nodes.value(top, "units"));
    InputsSection in = new InputsSection(r, d);
    // inputs first, from everywhere: a criterion may use an input declared under another one
    List<Node> inputNodes = new ArrayList<>();
    inputNodes.addAll(r.sequence(Nodes.value(top, "inputs"), "inputs", false));
    in.collectCriterionInputs(Nodes.value(top, "groups"), inputNodes);
    // in document order, so "declared twice (first on line N)" names the earlier place
    inputNodes.sort(Comparator.comparingInt(node -> node.getStartMark().getIndex()));
    inputNodes.forEach(in::input);
    SettingsSection settings = new SettingsSection(r, d);
    Scoring scoring = settings.scoring(Nodes.value(top, "scoring"));
    List<CriteriaGroup> groups = new CriteriaSection(r, d).groups(Nodes.value(top, "groups"));
    Ranking ranking = settings.ranking(Nodes.value(top, "ranking"));
    Classification classification = settings.classification(Nodes.value(top, "classification"));
    List<Check> checks = settings.checks(Nodes.value(top, "checks"));
    Issuer issuer = settings.issuer(Nodes.value(top, "issuer"));
    if (id == null || unitGroups.isEmpty() || groups.isEmpty()) {
      return null;
    }
    return new CriteriaSet(
        shown,
        id,
        title,
        r.string(top, "source", null),
        r.string(top, "period", null),
        r.string(top, "deadline", null),
        language,
        unitGroups,
        units,
        List.copyOf(d.inputs.values()),
        scoring,
        ranking,
        classification,
        groups,
        checks,
        issuer);
  }

  private List<UnitGroup> unitGroups(Node n) {
    List<UnitGroup> out = new ArrayList<>();
    for (Node item : r.sequence(n, "unit_groups", true)) {
      Map<String, NodeTuple> m = r.mapping(item, "unit group", UNIT_GROUP, List.of("id"));
      if (m == null) {
        continue;
      }
      String id = r.id(m, d.unitGroupWhere, "criteria.unit_group.duplicate");
      if (id != null) {
        out.add(new UnitGroup(id, r.string(m, "name", id, Names.UNIT_NAME)));
      }
    }
    return out;
  }

  private List<Unit> units(Node n) {
    List<Unit> out = new ArrayList<>();
    Map<String, Node> seen = new LinkedHashMap<>();
    for (Node item : r.sequence(n, "units", false)) {
      Map<String, NodeTuple> m = r.mapping(item, "unit", UNIT, List.of("id", "group"));
      if (m == null) {
        continue;
      }
      String id = r.id(m, seen, "criteria.unit.duplicate");
      String group = d.unitGroupRef(Nodes.value(m, "group"));
      List<String> tags = tags(Nodes.value(m, "tags"));
      if (id != null && group != null) {
        out.add(new Unit(id, r.string(m, "name", id, Names.UNIT_NAME), group, r.bool(m, "ranked", true), tags));
      }
    }
    d.hasUnits = !out.isEmpty();
    return out;
  }

  /** A unit's {@code tags: [..]}, each checked and remembered for {@code applies_to}. */
  private List<String> tags(Node n) {
    List<String> out = new ArrayList<>();
    for (Node t : r.sequence(n, "tags", false)) {
      String tag = r.scalar(t, "tags");
      if (tag == null) {
        continue;
      }
      if (!Declared.TAG.matcher(tag).matches()) {
        r.error(t, "criteria.tag.invalid", tag);
      } else if (!out.contains(tag)) {
        out.add(tag);
        d.tagWhere.putIfAbsent(tag, t);
      }
    }
    return out;
  }
}
