package vn.egov.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import vn.egov.model.ChoiceOption;
import vn.egov.model.Combine;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.InputDef;
import vn.egov.model.InputType;
import vn.egov.model.Kind;
import vn.egov.model.ScoringMethod;
import vn.egov.model.Band;
import vn.egov.text.Messages;

/**
 * A criterion's scoring rule in words, for the people filling in a template ("≥ 98: 10 điểm; ≥
 * 90: 8 điểm; …"), from the method's {@link ScoringMethod#parameters()}, for one unit group. The
 * one wording of a rule: the templates and the criteria annex ({@code check -o}) both use it.
 */
public final class RuleText {
  private final CriteriaSet set;
  private final Messages m;
  private final String group;

  public RuleText(CriteriaSet set, Messages messages, String unitGroup) {
    this.set = set;
    this.m = messages;
    this.group = unitGroup;
  }

  /** A figure as people write it: {@code 0,25} in Vietnamese, {@code 0.25} in English. */
  static String num(BigDecimal v, String language) {
    String s = v.stripTrailingZeros().toPlainString();
    return "vi".equals(language) ? s.replace('.', ',') : s;
  }

  String num(BigDecimal v) {
    return num(v, m.language());
  }

  /** The rule, then whether N/A is allowed and evidence required. */
  String describe(Criterion c, Criterion top) {
    StringJoiner out = new StringJoiner(" ");
    out.add(rule(c, top));
    if (c.evidenceRequired()) {
      out.add(m.get("template.rule.evidence"));
    }
    return out.toString();
  }

  /** The rule and whether N/A is allowed, without the evidence sentence (the annex has a column for it). */
  public String rule(Criterion c, Criterion top) {
    BigDecimal max = c.maxFor(group);
    StringJoiner out = new StringJoiner(" ");
    if (c.composite()) {
      out.add(sentence(composite(c, max)));
    } else {
      ScoringMethod method = c.methodFor(group);
      String value = (String) method.parameters().get("value");
      if (value != null && set.input(value.strip()).isEmpty()) {
        // the value is computed from several inputs: say how, by their ids (column B)
        out.add(m.get("template.rule.value", value.strip()));
      }
      out.add(sentence(method(method, max, c.kind())));
    }
    if (c == top && c.naAllowedFor(group)) {
      out.add(m.get("template.rule.na"));
    }
    return out.toString();
  }

  private static String sentence(String s) {
    if (s.isEmpty()) {
      return s;
    }
    String first = s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    return first.endsWith(".") ? first : first + ".";
  }

  private String composite(Criterion c, BigDecimal max) {
    return m.get(c.combine() == Combine.MAX ? "template.rule.max" : "template.rule.sum", num(max));
  }

  private String method(ScoringMethod method, BigDecimal max, Kind kind) {
    Map<String, Object> p = method.parameters();
    String value = (String) p.get("value");
    Optional<InputDef> single = value == null ? Optional.empty() : set.input(value.strip());
    String pct = single.filter(d -> d.type() == InputType.PERCENT).isPresent() ? "%" : "";
    return switch (method.type()) {
      case "boolean" -> m.get("template.rule.boolean", num(max));
      case "choice" -> choice(p, max);
      case "manual" -> m.get("template.rule.manual", num(max), Department.inText(set, m));
      case "formula" -> new FormulaWords(set, m).say(String.valueOf(p.get("expr")), max);
      case "bands" -> bands(p, pct);
      case "proportional" -> proportional(p, pct, max);
      case "count" -> count(p, single, max, kind);
      case "relative" ->
          m.get(
              Boolean.TRUE.equals(p.get("lower_is_better")) ? "template.rule.relative.lower" : "template.rule.relative",
              num(max));
      default -> m.get("template.rule.other", method.type());
    };
  }

  private String choice(Map<String, Object> p, BigDecimal max) {
    Optional<InputDef> def = set.input(String.valueOf(p.get("input")));
    List<String> parts = new ArrayList<>();
    for (ChoiceOption o : def.map(InputDef::options).orElse(List.of())) {
      BigDecimal points = o.points().compareTo(max) > 0 ? max : o.points();
      parts.add(m.get("template.rule.option", label(o), num(points)));
    }
    return String.join("; ", parts);
  }

  static String label(ChoiceOption o) {
    return o.label() == null || o.label().isBlank() ? o.value() : o.label();
  }

  private String bands(Map<String, Object> p, String pct) {
    List<String> parts = new ArrayList<>();
    Object list = p.get("bands");
    if (list instanceof List<?> bands) {
      for (Object o : bands) {
        Band b = (Band) o;
        String points = num(b.points());
        if (b.min() != null && b.max() != null) {
          parts.add(m.get("template.rule.band.range", num(b.min()) + pct, num(b.max()) + pct, points));
        } else if (b.min() != null) {
          parts.add(m.get("template.rule.band.min", num(b.min()) + pct, points));
        } else if (b.max() != null) {
          parts.add(m.get("template.rule.band.max", num(b.max()) + pct, points));
        } else {
          parts.add(m.get("template.rule.band.any", points));
        }
      }
    }
    return m.get("template.rule.bands", String.join("; ", parts));
  }

  private String proportional(Map<String, Object> p, String pct, BigDecimal max) {
    BigDecimal target = (BigDecimal) p.getOrDefault("target", BigDecimal.ONE);
    BigDecimal floor = (BigDecimal) p.getOrDefault("floor", BigDecimal.ZERO);
    if (target.compareTo(floor) < 0) {
      return m.get("template.rule.proportional.lower", num(target) + pct, num(floor) + pct, num(max));
    }
    if (floor.signum() == 0) {
      return m.get("template.rule.proportional", num(target) + pct, num(max));
    }
    return m.get("template.rule.proportional.floor", num(floor) + pct, num(target) + pct, num(max));
  }

  private String count(Map<String, Object> p, Optional<InputDef> single, BigDecimal max, Kind kind) {
    BigDecimal each = (BigDecimal) p.getOrDefault("each", BigDecimal.ZERO);
    String deduction = kind == Kind.DEDUCTION ? ".deduction" : "";
    String unit = single.map(InputDef::unit).filter(u -> u != null && !u.isBlank()).orElse(null);
    if (unit != null) {
      return m.get("template.rule.count" + deduction, num(each), unit.strip(), num(max));
    }
    return m.get("template.rule.count.value" + deduction, num(each), num(max));
  }
}
