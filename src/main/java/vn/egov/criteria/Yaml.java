package vn.egov.criteria;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.IdentityHashMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import vn.egov.model.Location;
import vn.egov.model.Problem;

/**
 * A YAML document as a tree of nodes that know their line and column (SnakeYAML's composer),
 * read under explicit limits: aliases, nesting depth and size, so hostile files fail fast.
 */
final class Yaml {
  static final int MAX_ALIASES = vn.egov.security.Limits.MAX_YAML_ALIASES;
  static final int MAX_DEPTH = vn.egov.security.Limits.MAX_YAML_DEPTH;
  static final int MAX_CODE_POINTS = vn.egov.security.Limits.MAX_YAML_CODE_POINTS;

  private final String shown;
  private final String text;

  Yaml(String shown, String text) {
    this.shown = shown;
    this.text = text;
  }

  /** The file's name as printed in problems. */
  String shown() {
    return shown;
  }

  /** Expanded values (aliases counted each time they are used) above which a file is refused. */
  static final int MAX_EXPANDED = vn.egov.security.Limits.MAX_YAML_EXPANDED;

  /** The document's root, or {@code null} with the problem reported. */
  Node compose(List<Problem> problems) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH + 10); // our own check below says where
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(true); // reported by us, with both places
    options.setAllowRecursiveKeys(false);
    org.yaml.snakeyaml.Yaml snake = new org.yaml.snakeyaml.Yaml(options);
    ScalarEvent lastQuoted = null;
    try {
      // first the events: nesting depth and syntax errors, with the place to blame
      int depth = 0;
      for (Event e : snake.parse(new StringReader(text))) {
        if (e instanceof CollectionStartEvent) {
          depth++;
          if (depth > MAX_DEPTH) {
            problems.add(Problem.error(at(e.getStartMark()), "criteria.yaml.deep", MAX_DEPTH));
            return null;
          }
        } else if (e instanceof CollectionEndEvent) {
          depth--;
        } else if (e instanceof ScalarEvent se && se.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
          lastQuoted = se;
        }
      }
      Node root = snake.compose(new StringReader(text));
      if (root == null) {
        problems.add(Problem.error(Location.at(shown, 1, 1), "criteria.empty"));
        return null;
      }
      if (expanded(root, new IdentityHashMap<>()) > MAX_EXPANDED) {
        problems.add(Problem.error(Location.at(shown, 1, 1), "criteria.yaml.aliases", MAX_EXPANDED));
        return null;
      }
      Node[] deepest = new Node[1];
      if (height(root, new IdentityHashMap<>(), deepest) > MAX_DEPTH) {
        // aliases nest collections deeper than the text shows, or forever: "&c {criteria: [*c]}"
        // overflowed the loader's stack (found by fuzzing, SECURITY.md)
        problems.add(Problem.error(at(deepest[0]), "limit.yaml_alias_depth", MAX_DEPTH));
        return null;
      }
      return root;
    } catch (MarkedYAMLException e) {
      problems.add(syntax(e, lastQuoted));
      return null;
    } catch (YAMLException e) {
      String m = String.valueOf(e.getMessage());
      String key = m.contains("aliases") ? "criteria.yaml.aliases" : "criteria.yaml";
      problems.add(Problem.error(Location.at(shown, 1, 1), key, key.equals("criteria.yaml") ? m : MAX_EXPANDED));
      return null;
    } catch (IllegalArgumentException e) {
      // SnakeYAML 2.5 throws this unmarked for a malformed tag such as "!-m+-%e" (found by fuzzing,
      // SECURITY.md): a syntax error all the same
      problems.add(Problem.error(Location.at(shown, 1, 1), "criteria.yaml", String.valueOf(e.getMessage())));
      return null;
    }
  }

  /** A syntax error said where the author can fix it. */
  private Problem syntax(MarkedYAMLException e, ScalarEvent lastQuoted) {
    Mark problem = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
    String context = e.getContext();
    Mark contextMark = e.getContextMark();
    if (lastQuoted != null
        && lastQuoted.getStartMark().getLine() < lastQuoted.getEndMark().getLine()
        && problem != null
        && problem.getLine() == lastQuoted.getEndMark().getLine()) {
      Mark end = lastQuoted.getEndMark();
      return Problem.error(
          at(lastQuoted.getStartMark()), "criteria.yaml.quote", end.getLine() + 1, end.getColumn());
    }
    if (context != null && context.contains("single document")) {
      return Problem.error(at(problem), "criteria.yaml.documents");
    }
    if (context != null && contextMark != null && (context.contains("flow sequence") || context.contains("flow mapping"))) {
      String bracket = context.contains("sequence") ? "[" : "{";
      return Problem.error(
          at(problem), "criteria.yaml.flow", what, bracket, contextMark.getLine() + 1, contextMark.getColumn() + 1);
    }
    if (what.contains("mapping values are not allowed") && problem != null) {
      String[] lines = text.split("\n", -1);
      int line = problem.getLine();
      if (line < lines.length) {
        String here = lines[line];
        int indent = indentOf(here);
        int previous = line - 1;
        while (previous >= 0 && lines[previous].isBlank()) {
          previous--;
        }
        int colon = here.indexOf(':', indent);
        if (previous >= 0 && indent > indentOf(lines[previous]) && colon > indent) {
          String key = here.substring(indent, colon).strip();
          return Problem.error(Location.at(shown, line + 1, indent + 1), "criteria.yaml.indent", key);
        }
      }
    }
    String key = plain(what);
    if (key.equals("criteria.yaml.unclosed") && contextMark != null) {
      problem = contextMark; // where the quote was opened, not the end of the file
    }
    return Problem.error(at(problem), key, what, charAt(problem));
  }

  /**
   * The message key saying in words what SnakeYAML's English {@code problem} means, and what to
   * fix; {@code criteria.yaml} (with the parser's words) for the rare ones not listed.
   */
  private static String plain(String what) {
    String w = what.toLowerCase(java.util.Locale.ROOT);
    if (w.contains("tab")) {
      return "criteria.yaml.tab";
    } else if (w.contains("expected <block end>") || w.contains("did not find expected key")
        || w.contains("did not find expected '-'")) {
      return "criteria.yaml.block";
    } else if (w.contains("could not find expected ':'")) {
      return "criteria.yaml.colon";
    } else if (w.contains("found unexpected end of stream")) {
      return "criteria.yaml.unclosed";
    } else if (w.contains("mapping values are not allowed")) {
      return "criteria.yaml.mapping_value";
    } else if (w.contains("found undefined alias")) {
      return "criteria.yaml.alias";
    } else if (w.contains("that cannot start any token")) {
      return "criteria.yaml.start";
    }
    return "criteria.yaml";
  }

  /** The character at the mark, for messages about it. */
  private String charAt(Mark m) {
    if (m == null || m.getIndex() < 0 || m.getIndex() >= text.length()) {
      return "";
    }
    return String.valueOf(text.charAt(m.getIndex()));
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '-')) {
      i++;
    }
    return i;
  }

  /**
   * How many collections deep the document nests once aliases are followed; an alias to a
   * collection that contains it counts as infinitely deep. Memoised, so each node is visited once;
   * {@code at[0]} is set to a collection where the limit is passed.
   */
  private static int height(Node n, Map<Node, Integer> memo, Node[] at) {
    if (!(n instanceof MappingNode) && !(n instanceof SequenceNode)) {
      return 0;
    }
    Integer known = memo.get(n);
    if (known != null) {
      return known; // Integer.MAX_VALUE while n is being measured: a cycle
    }
    memo.put(n, Integer.MAX_VALUE);
    int below = 0;
    if (n instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        below = Math.max(below, Math.max(height(t.getKeyNode(), memo, at), height(t.getValueNode(), memo, at)));
        if (below >= MAX_DEPTH) {
          break;
        }
      }
    } else {
      for (Node c : ((SequenceNode) n).getValue()) {
        below = Math.max(below, height(c, memo, at));
        if (below >= MAX_DEPTH) {
          break;
        }
      }
    }
    int h = below >= MAX_DEPTH ? Integer.MAX_VALUE : below + 1;
    if (h > MAX_DEPTH && at[0] == null) {
      at[0] = n;
    }
    memo.put(n, h);
    return h;
  }

  /** How many values the document has once every alias is expanded (memoised, so cheap). */
  private static long expanded(Node n, Map<Node, Long> memo) {
    Long known = memo.get(n);
    if (known != null) {
      return known;
    }
    memo.put(n, 1L); // a recursive alias counts once
    long total = 1;
    if (n instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        total += expanded(t.getKeyNode(), memo) + expanded(t.getValueNode(), memo);
        if (total > MAX_EXPANDED) {
          break;
        }
      }
    } else if (n instanceof SequenceNode s) {
      for (Node c : s.getValue()) {
        total += expanded(c, memo);
        if (total > MAX_EXPANDED) {
          break;
        }
      }
    }
    memo.put(n, total);
    return total;
  }

  Location at(Mark m) {
    return m == null ? Location.of(shown) : Location.at(shown, m.getLine() + 1, m.getColumn() + 1);
  }

  Location at(Node n) {
    return at(n.getStartMark());
  }

  /** A mapping's entries by key, with duplicates reported; keys in document order. */
  Map<String, NodeTuple> entries(MappingNode m, List<Problem> problems) {
    Map<String, NodeTuple> cached = read.get(m);
    if (cached != null) {
      return cached;
    }
    Map<String, NodeTuple> out = new LinkedHashMap<>();
    Map<String, NodeTuple> joinedValues = new LinkedHashMap<>();
    read.put(m, out);
    NodeTuple previous = null;
    for (NodeTuple t : m.getValue()) {
      String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
      if (key == null) {
        problems.add(Problem.error(at(t.getKeyNode()), "criteria.key.scalar"));
        continue;
      }
      if (previous != null
          && previous.getValueNode() instanceof ScalarNode ps
          && !ps.getValue().isEmpty()
          && isCommaContinuation(m, t)) {
        // {name: Sở, ban, ngành} — YAML reads "ban" and "ngành" as keys; the author meant text
        ScalarNode prev = (ScalarNode) previous.getValueNode();
        ScalarNode joined =
            new ScalarNode(Tag.STR, prev.getValue() + ", " + key, prev.getStartMark(), t.getKeyNode().getEndMark(), prev.getScalarStyle());
        String prevKey = ((ScalarNode) previous.getKeyNode()).getValue();
        previous = new NodeTuple(previous.getKeyNode(), joined);
        out.put(prevKey, previous);
        joinedValues.put(prevKey, previous);
        continue;
      }
      NodeTuple first = out.get(key);
      if (first != null) {
        problems.add(
            Problem.error(at(t.getKeyNode()), "criteria.key.duplicate", key, line(first.getKeyNode())));
        continue;
      }
      out.put(key, t);
      previous = t;
    }
    for (Map.Entry<String, NodeTuple> j : joinedValues.entrySet()) {
      commaWarnings.add(
          Problem.warning(
              at(j.getValue().getValueNode()),
              "criteria.flow.comma",
              j.getKey(),
              ((ScalarNode) j.getValue().getValueNode()).getValue()));
    }
    return out;
  }

  final List<Problem> commaWarnings = new ArrayList<>();

  /** Mappings already read, so that each mistake in one is reported once. */
  private final Map<MappingNode, Map<String, NodeTuple>> read = new java.util.IdentityHashMap<>();

  /**
   * Whether an entry of a flow mapping is a bare word with no ':' after a text value: the tail of
   * an unquoted value with commas.
   */
  private boolean isCommaContinuation(MappingNode m, NodeTuple t) {
    if (m.getFlowStyle() != org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW) {
      return false;
    }
    if (!(t.getValueNode() instanceof ScalarNode v) || !v.getValue().isEmpty()) {
      return false;
    }
    int end = t.getKeyNode().getEndMark().getIndex();
    for (int i = end; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return false;
      }
      if (c == ',' || c == '}') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  static int line(Node n) {
    return n.getStartMark().getLine() + 1;
  }

}
