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
 * The {@code inputs} of a criteria set, declared at the top or under the criteria that use them:
 * ids, types, limits, options with their points.
 */
final class InputsSection {
  static final Set<String> INPUT =
      Set.of("id", "label", "type", "unit", "min", "max", "required", "help", "options", "supplied_by");
  static final Set<String> OPTION = Set.of("value", "label", "points");

  private static final Pattern INPUT_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Nodes r;
  private final Declared d;

  InputsSection(Nodes r, Declared d) {
    this.r = r;
    this.d = d;
  }


  void collectCriterionInputs(Node groupsNode, List<Node> into) {
    if (!(groupsNode instanceof SequenceNode groups)) {
      return;
    }
    for (Node g : groups.getValue()) {
      if (g instanceof MappingNode gm) {
        collectCriteria(Nodes.child(gm, "criteria"), into);
      }
    }
  }

  private void collectCriteria(Node criteriaNode, List<Node> into) {
    if (!(criteriaNode instanceof SequenceNode seq)) {
      return;
    }
    for (Node c : seq.getValue()) {
      if (c instanceof MappingNode cm) {
        Node in = Nodes.child(cm, "inputs");
        if (in != null) {
          into.addAll(r.sequence(in, "inputs", false));
        }
        collectCriteria(Nodes.child(cm, "criteria"), into);
      }
    }
  }


  InputDef input(Node n) {
    Map<String, NodeTuple> m = r.mapping(n, "input", INPUT, List.of("id", "type"));
    if (m == null) {
      return null;
    }
    Node idNode = Nodes.value(m, "id");
    String id = r.string(m, "id", null);
    if (id == null) {
      return null;
    }
    if (!INPUT_ID.matcher(id).matches()) {
      r.error(idNode, "criteria.input.id", id);
      d.badInputs.add(id);
      return null;
    }
    if (id.equalsIgnoreCase("true") || id.equalsIgnoreCase("false")) {
      r.error(idNode, "criteria.input.reserved", id);
      d.badInputs.add(id);
      return null;
    }
    if (d.inputs.containsKey(id)) {
      r.error(idNode, "criteria.input.duplicate", id, Yaml.line(d.inputWhere.get(id)));
      return null;
    }
    for (String other : d.inputs.keySet()) {
      if (other.equalsIgnoreCase(id)) {
        r.error(idNode, "criteria.input.case", id, other);
      }
    }
    InputType type = r.enumValue(m, "type", InputType.class, null);
    if (type == null) {
      d.badInputs.add(id); // reported; later uses of it are not mistakes of their own
      return null;
    }
    BigDecimal min = r.number(m, "min", null);
    BigDecimal max = r.number(m, "max", null);
    if (min != null && max != null && min.compareTo(max) > 0) {
      r.error(Nodes.value(m, "max"), "criteria.min_max", min, max);
    }
    List<ChoiceOption> options = new ArrayList<>();
    Node optionsNode = Nodes.value(m, "options");
    if (type == InputType.CHOICE) {
      if (optionsNode == null) {
        r.error(n, "criteria.key.missing", "options");
      }
      Map<String, Node> seen = new LinkedHashMap<>();
      for (Node o : r.sequence(optionsNode, "options", type == InputType.CHOICE)) {
        Map<String, NodeTuple> om = r.mapping(o, "option", OPTION, List.of("value", "points"));
        if (om == null) {
          continue;
        }
        String v = r.id(om, "value", seen, "criteria.option.duplicate");
        BigDecimal pts = r.number(om, "points", null);
        if (v != null && pts != null) {
          if (pts.signum() < 0) {
            r.error(Nodes.value(om, "points"), "criteria.negative", "points", pts);
          }
          ChoiceOption option = new ChoiceOption(v, r.string(om, "label", null), pts);
          options.add(option);
          d.optionPoints.put(option, Nodes.value(om, "points"));
        }
      }
    } else if (optionsNode != null) {
      r.error(Nodes.keyNode(m, "options"), "criteria.options.not_choice", type.key());
    }
    InputDef def =
        new InputDef(
            id,
            r.string(m, "label", id),
            type,
            r.string(m, "unit", null),
            min,
            max,
            r.bool(m, "required", true),
            r.string(m, "help", null),
            options,
            r.enumValue(m, "supplied_by", vn.egov.model.SuppliedBy.class, vn.egov.model.SuppliedBy.UNIT));
    d.inputs.put(id, def);
    d.inputWhere.put(id, idNode);
    return def;
  }
}
