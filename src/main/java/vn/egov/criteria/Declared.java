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
 * What a criteria file declares, by id, with where each is declared: filled by one section of the
 * loader and read by the later ones (a method names inputs, a tiebreak names groups and criteria,
 * an override names unit groups), so that every reference is checked with a "did you mean".
 */
final class Declared {
  private final Nodes r;
  final Map<String, InputDef> inputs = new LinkedHashMap<>();
  final Map<String, Node> inputWhere = new LinkedHashMap<>();
  /** Inputs declared with a mistake already reported: using them is not reported again. */
  final Set<String> badInputs = new java.util.HashSet<>();
  /** Where each choice option's points are written, for "above max" problems. */
  final Map<ChoiceOption, Node> optionPoints = new IdentityHashMap<>();
  final Map<String, Node> unitGroupWhere = new LinkedHashMap<>();
  final Map<String, Node> criterionWhere = new LinkedHashMap<>();
  final Map<String, Node> groupWhere = new LinkedHashMap<>();
  /** Tags carried by the units of the file's registry, with where each is first given. */
  final Map<String, Node> tagWhere = new LinkedHashMap<>();
  /** Whether the file declares units: then a tag no unit carries is a mistake. */
  boolean hasUnits;

  /** Letters, digits, {@code _ . -}: a tag fits in a CSV cell list and in {@code tag:NAME}. */
  static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_.-]+");

  Declared(Nodes r) {
    this.r = r;
  }

  /** A unit group's id where one is referred to, checked against those declared. */
  String unitGroupRef(Node n) {
    String id = r.scalar(n, "group");
    if (id == null) {
      return null;
    }
    if (!unitGroupWhere.containsKey(id)) {
      r.hint(n, "criteria.unit_group.unknown", id, unitGroupWhere.keySet(), unitGroupWhere.keySet());
      return null;
    }
    return id;
  }

  /**
   * An {@code applies_to} entry: a unit group's id, or {@code tag:NAME} naming a tag that some
   * unit of the file's registry carries (any tag when the file has no units: the registry then
   * comes with {@code --units}, which checks it).
   */
  String appliesToRef(Node n) {
    if (n instanceof ScalarNode s && s.getValue().startsWith(Criterion.TAG)) {
      String tag = s.getValue().substring(Criterion.TAG.length());
      if (!TAG.matcher(tag).matches()) {
        r.error(n, "criteria.tag.invalid", s.getValue());
        return null;
      }
      if (hasUnits && !tagWhere.containsKey(tag)) {
        r.hint(n, "criteria.tag.unknown", tag, tagWhere.keySet(), tagWhere.keySet());
        return null;
      }
      return s.getValue();
    }
    return unitGroupRef(n);
  }

  /** An expression over declared numeric inputs, or {@code null} (reported). */
  Expr expression(Node n, String text) {
    try {
      Expr e = Expr.compile(text);
      boolean ok = true;
      for (String v : e.variables()) {
        InputDef d = inputs.get(v);
        if (d == null) {
          if (!badInputs.contains(v)) {
            r.hint(n, "criteria.expr.unknown", v, inputs.keySet());
          }
          ok = false;
        } else if (!d.type().numeric()) {
          r.error(n, "criteria.expr.text", v);
          ok = false;
        }
      }
      return ok ? e : null;
    } catch (ExprException ex) {
      r.error(n, "criteria.expr.syntax", text, ex.getMessage(), ex.position());
      return null;
    }
  }
}
