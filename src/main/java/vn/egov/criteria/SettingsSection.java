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
import vn.egov.model.Issuer;
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
 * The settings of a criteria set around its criteria: {@code scoring} (scale, precision),
 * {@code ranking} (by, ties, tiebreak), {@code classification} (bands, per-group overrides) and
 * the cross-input {@code checks}.
 */
final class SettingsSection {
  static final Set<String> SCORING = Set.of("scale", "precision");
  static final Set<String> RANKING = Set.of("by", "ties", "tiebreak");
  static final Set<String> CLASSIFICATION = Set.of("by", "bands", "overrides");
  static final Set<String> CLASS_BAND = Set.of("min", "label");
  static final Set<String> CLASS_OVERRIDE = Set.of("bands");
  static final Set<String> CHECK = Set.of("rule", "message", "severity");
  static final Set<String> ISSUER = Set.of("parent", "name", "code", "place", "signer", "recipients");
  static final Set<String> SIGNER = Set.of("title", "name", "on_behalf");

  private final Nodes r;
  private final Declared d;

  SettingsSection(Nodes r, Declared d) {
    this.r = r;
    this.d = d;
  }


  /** {@code issuer}: who publishes the results; {@code null} when absent. */
  Issuer issuer(Node n) {
    Map<String, NodeTuple> m = n == null ? null : r.mapping(n, "issuer", ISSUER, List.of());
    if (m == null) {
      return null;
    }
    Issuer.Signer signer = null;
    Node s = Nodes.value(m, "signer");
    Map<String, NodeTuple> sm = s == null ? null : r.mapping(s, "signer", SIGNER, List.of("title"));
    if (sm != null) {
      String onBehalf = r.string(sm, "on_behalf", null);
      if (onBehalf != null && onBehalf.regionMatches(true, 0, "KT.", 0, 3)) {
        onBehalf = onBehalf.substring(3).strip();
      }
      signer = new Issuer.Signer(r.string(sm, "title", null), r.string(sm, "name", null), onBehalf);
    }
    List<String> recipients = new ArrayList<>();
    for (Node item : r.sequence(Nodes.value(m, "recipients"), "recipients", false)) {
      String text = r.scalar(item, "recipients");
      if (text != null) {
        recipients.add(text);
      }
    }
    return new Issuer(
        r.string(m, "parent", null),
        r.string(m, "name", null),
        r.string(m, "code", null),
        r.string(m, "place", null),
        signer,
        recipients);
  }

  Scoring scoring(Node n) {
    Map<String, NodeTuple> m = n == null ? Map.of() : r.mapping(n, "scoring", SCORING, List.of());
    if (m == null) {
      m = Map.of();
    }
    BigDecimal scale = m.containsKey("scale") ? r.positive(m, "scale") : BigDecimal.valueOf(100);
    int precision = 2;
    if (m.containsKey("precision")) {
      BigDecimal p = r.number(m, "precision", null);
      if (p != null && (p.stripTrailingZeros().scale() > 0 || p.signum() < 0 || p.compareTo(BigDecimal.TEN) > 0)) {
        r.error(Nodes.value(m, "precision"), "criteria.precision", p);
      } else if (p != null) {
        precision = p.intValue();
      }
    }
    return new Scoring(scale == null ? BigDecimal.valueOf(100) : scale, precision);
  }

  Ranking ranking(Node n) {
    Map<String, NodeTuple> m = n == null ? Map.of() : r.mapping(n, "ranking", RANKING, List.of());
    if (m == null) {
      m = Map.of();
    }
    Figure by = Figure.valueOf(r.choiceOf(m, "by", Set.of("score", "points"), "score").toUpperCase(java.util.Locale.ROOT));
    r.choiceOf(m, "ties", Set.of("shared"), "shared");
    List<String> tiebreak = new ArrayList<>();
    for (Node t : r.sequence(Nodes.value(m, "tiebreak"), "tiebreak", false)) {
      String id = r.scalar(t, "tiebreak");
      if (id == null) {
        continue;
      }
      if (d.groupWhere.containsKey(id) || d.criterionWhere.containsKey(id)) {
        tiebreak.add(id);
      } else {
        List<String> known = new ArrayList<>(d.groupWhere.keySet());
        known.addAll(d.criterionWhere.keySet());
        r.hint(t, "criteria.tiebreak.unknown", id, known);
      }
    }
    return new Ranking(by, tiebreak);
  }

  Classification classification(Node n) {
    if (n == null) {
      return new Classification(Figure.SCORE, List.of(), Map.of());
    }
    Map<String, NodeTuple> m = r.mapping(n, "classification", CLASSIFICATION, List.of("bands"));
    if (m == null) {
      return new Classification(Figure.SCORE, List.of(), Map.of());
    }
    Figure by = Figure.valueOf(r.choiceOf(m, "by", Set.of("score", "points"), "score").toUpperCase(java.util.Locale.ROOT));
    List<ClassBand> bands = classBands(Nodes.value(m, "bands"));
    Map<String, List<ClassBand>> overrides = new LinkedHashMap<>();
    Node o = Nodes.value(m, "overrides");
    if (o instanceof MappingNode om) {
      for (NodeTuple t : r.yaml.entries(om, r.problems).values()) {
        String group = d.unitGroupRef(t.getKeyNode());
        Map<String, NodeTuple> gm = r.mapping(t.getValueNode(), "classification override", CLASS_OVERRIDE, List.of("bands"));
        if (group != null && gm != null) {
          overrides.put(group, classBands(Nodes.value(gm, "bands")));
        }
      }
    } else if (o != null) {
      r.error(o, "criteria.type.mapping", "overrides");
    }
    return new Classification(by, bands, overrides);
  }

  private List<ClassBand> classBands(Node n) {
    List<ClassBand> out = new ArrayList<>();
    BigDecimal previous = null;
    for (Node b : r.sequence(n, "bands", true)) {
      Map<String, NodeTuple> m = r.mapping(b, "band", CLASS_BAND, List.of("min", "label"));
      if (m == null) {
        continue;
      }
      BigDecimal min = r.number(m, "min", null);
      String label = r.string(m, "label", null);
      if (min != null && previous != null && min.compareTo(previous) >= 0) {
        r.error(Nodes.value(m, "min"), "criteria.class.order", min, previous);
      }
      if (min != null && label != null) {
        out.add(new ClassBand(min, label));
        previous = min;
      }
    }
    return out;
  }

  List<Check> checks(Node n) {
    List<Check> out = new ArrayList<>();
    for (Node item : r.sequence(n, "checks", false)) {
      Map<String, NodeTuple> m = r.mapping(item, "check", CHECK, List.of("rule", "message"));
      if (m == null) {
        continue;
      }
      Node ruleNode = Nodes.value(m, "rule");
      String text = r.scalar(ruleNode, "rule");
      Expr rule = text == null ? null : d.expression(ruleNode, text);
      Severity severity = Severity.valueOf(r.choiceOf(m, "severity", Set.of("error", "warning"), "error").toUpperCase(java.util.Locale.ROOT));
      if (rule != null) {
        out.add(
            new Check(
                text,
                List.copyOf(rule.variables()),
                numbers -> {
                  var r = rule.evaluate(numbers);
                  return r.defined() ? r.value().signum() != 0 : null;
                },
                r.string(m, "message", text),
                severity,
                r.yaml.at(item)));
      }
    }
    return out;
  }
}
