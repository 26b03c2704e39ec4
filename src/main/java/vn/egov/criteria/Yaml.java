package vn.egov.criteria;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
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
  static final int MAX_ALIASES = 100;
  static final int MAX_DEPTH = 40;
  static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

  private final String shown;
  private final String text;

  Yaml(String shown, String text) {
    this.shown = shown;
    this.text = text;
  }

  /** The document's root, or {@code null} with the problem reported. */
  Node compose(List<Problem> problems) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(true); // reported by us, with both places
    options.setAllowRecursiveKeys(false);
    try {
      Node root = new org.yaml.snakeyaml.Yaml(options).compose(new StringReader(text));
      if (root == null) {
        problems.add(Problem.error(Location.at(shown, 1, 1), "criteria.empty"));
      }
      return root;
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
      problems.add(Problem.error(at(m), "criteria.yaml", what));
      return null;
    } catch (YAMLException e) {
      problems.add(Problem.error(Location.at(shown, 1, 1), "criteria.yaml", e.getMessage()));
      return null;
    }
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
