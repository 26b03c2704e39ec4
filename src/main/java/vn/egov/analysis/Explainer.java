package vn.egov.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.egov.scoring.Hint;
import vn.egov.scoring.Hints;
import vn.egov.expr.Expr;
import vn.egov.model.Cell;
import vn.egov.model.ClassBand;
import vn.egov.model.Combine;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.CriterionResult;
import vn.egov.model.CriterionStatus;
import vn.egov.model.Entry;
import vn.egov.model.Figure;
import vn.egov.model.GroupResult;
import vn.egov.model.InputDef;
import vn.egov.model.Location;
import vn.egov.model.Outcome;
import vn.egov.model.Results;
import vn.egov.model.ScoringMethod;
import vn.egov.model.Standing;
import vn.egov.model.UnitReport;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.model.Value;
import vn.egov.model.Variant;
import vn.egov.model.Band;
import vn.egov.scoring.GroupBests;
import vn.egov.text.Messages;

/**
 * Builds a unit's {@link Explanation} from the engine's results. Never computes a published figure
 * itself: points, totals, scores, ranks and classes are read from the {@link UnitResult}; the
 * intermediate steps are computed with the unit's own numbers ({@link UnitReport#numbers}), the
 * criteria's expressions and the scoring methods, exactly as the scorer calls them.
 */
public final class Explainer {
  /** Decimals shown for a method's unrounded value (more than any published figure). */
  static final int VALUE_DECIMALS = 4;

  private final Results results;
  private final CriteriaSet set;
  private final UnitResult unit;
  private final String group;
  private final Messages m;
  private final String lang;
  private final Map<Variant, Map<String, BigDecimal>> numbers = new EnumMap<>(Variant.class);

  private Explainer(Results results, UnitResult unit, Messages messages) {
    this.results = results;
    this.set = results.criteria();
    this.unit = unit;
    this.group = unit.unit().group();
    this.m = messages;
    this.lang = messages.language();
  }

  /**
   * Explains one unit: every criterion, or only {@code criterionId} (a top-level criterion or a
   * sub-criterion; {@code null} for all), then its totals, rank and class.
   *
   * @param messages the language of the rules in words
   */
  public static Explanation explain(Results results, UnitResult unit, String criterionId, Messages messages) {
    return new Explainer(results, unit, messages).build(criterionId);
  }

  private Explanation build(String criterionId) {
    String groupName = set.unitGroup(group).map(g -> g.name()).orElse(group);
    if (unit.status() == UnitStatus.NOT_SUBMITTED) {
      return new Explanation(
          unit.id(), unit.unit().name(), group, groupName, unit.status().key(), criterionId, List.of(), List.of(), null, null, null, null,
          List.of());
    }
    numbers.put(Variant.SELF, unit.report().numbers(set, Variant.SELF));
    numbers.put(Variant.FINAL, unit.report().numbers(set, Variant.FINAL));
    List<Explanation.CriterionTrace> traces = new ArrayList<>();
    int i = 0;
    for (CriteriaGroup cg : set.groups()) {
      for (int k = 0; k < cg.criteria().size(); k++, i++) {
        CriterionResult r = unit.criteria().get(i);
        if (criterionId == null) {
          traces.add(trace(r, cg.id(), 0));
        } else {
          CriterionResult found = find(r, criterionId);
          if (found != null) {
            traces.add(trace(found, cg.id(), 0));
          }
        }
      }
    }
    List<Explanation.GroupLine> groups = new ArrayList<>();
    for (GroupResult g : unit.groups()) {
      groups.add(new Explanation.GroupLine(g.id(), g.group().name(), g.points(), g.max(), g.selfPoints(), g.selfMax()));
    }
    List<Hint> hints = criterionId == null ? Hints.of(results, unit) : Hints.of(results, unit, criterionId);
    return new Explanation(
        unit.id(),
        unit.unit().name(),
        group,
        groupName,
        unit.status().key(),
        criterionId,
        traces,
        groups,
        totals(unit.fin(), Variant.FINAL),
        totals(unit.self(), Variant.SELF),
        neighbours(),
        nextClass(),
        hints);
  }

  private static CriterionResult find(CriterionResult r, String id) {
    if (r.id().equals(id)) {
      return r;
    }
    for (CriterionResult sub : r.criteria()) {
      CriterionResult f = find(sub, id);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  // ---- criteria ----

  private Explanation.CriterionTrace trace(CriterionResult r, String groupId, int depth) {
    Criterion c = r.criterion();
    List<Explanation.CriterionTrace> subs = new ArrayList<>();
    for (CriterionResult sub : r.criteria()) {
      subs.add(trace(sub, groupId, depth + 1));
    }
    String kind = c.kind().name().toLowerCase(java.util.Locale.ROOT);
    if (c.composite()) {
      return new Explanation.CriterionTrace(
          r.id(),
          c.name(),
          groupId,
          depth,
          kind,
          c.combine() == Combine.MAX ? "max" : "sum",
          r.max(),
          List.of(),
          composite(r, Variant.SELF),
          composite(r, Variant.FINAL),
          subs);
    }
    ScoringMethod method = c.methodFor(group);
    List<Explanation.InputTrace> inputs = new ArrayList<>();
    for (String id : Fmt.variables(method, set)) {
      inputs.add(input(id));
    }
    return new Explanation.CriterionTrace(
        r.id(), c.name(), groupId, depth, kind, method.type(), r.max(), inputs, leaf(r, method, Variant.SELF), leaf(r, method, Variant.FINAL), subs);
  }

  private Explanation.InputTrace input(String id) {
    InputDef def = set.input(id).orElseThrow();
    UnitReport report = unit.report();
    Entry e = report.entries().get(id);
    Explanation.CellTrace self;
    Explanation.CellTrace appraised = null;
    if (e == null) {
      Location blank = report.blanks().get(id);
      self = new Explanation.CellTrace(blank == null ? null : blank.toString(), "", null, null, blank == null ? "absent" : "blank");
    } else {
      self = cell(e.self());
      if (e.appraised() != null && !e.appraised().blank()) {
        appraised = cell(e.appraised());
      }
    }
    return new Explanation.InputTrace(id, def.label(), def.type().key(), def.required(), self, appraised);
  }

  private Explanation.CellTrace cell(Cell c) {
    String where = c.location() == null ? null : c.location().toString();
    if (c.blank()) {
      return new Explanation.CellTrace(where, "", null, null, "blank");
    }
    Value v = c.value();
    if (v == null) {
      return new Explanation.CellTrace(where, c.raw(), null, null, "unreadable");
    }
    if (v instanceof Value.NotApplicable) {
      return new Explanation.CellTrace(where, c.raw(), m.get("explain.value.na"), null, "na");
    }
    return new Explanation.CellTrace(where, c.raw(), words(v), v.number(), "value");
  }

  private String words(Value v) {
    if (v instanceof Value.Num n) {
      return Fmt.plain(n.value(), lang);
    }
    if (v instanceof Value.Bool b) {
      return m.get(b.value() ? "explain.value.yes" : "explain.value.no");
    }
    if (v instanceof Value.Choice ch) {
      String label = ch.option().label() == null || ch.option().label().isBlank() ? ch.option().value() : ch.option().label();
      return m.get("explain.value.choice", label, Fmt.plain(ch.option().points(), lang));
    }
    if (v instanceof Value.Text t) {
      return t.value();
    }
    return "";
  }

  private Explanation.Step leaf(CriterionResult r, ScoringMethod method, Variant variant) {
    Outcome o = variant == Variant.SELF ? r.self() : r.fin();
    Map<String, Object> p = method.parameters();
    Object text = p.containsKey("value") ? p.get("value") : p.get("expr");
    String expression = text instanceof String s ? s.strip() : null;
    String substituted = expression == null ? null : Fmt.substitute(expression, method, set, numbers.get(variant));
    if (o.status() != CriterionStatus.SCORED) {
      return new Explanation.Step(o.status(), expression, substituted, null, status(r, o), null, o.points(), o.note());
    }
    BigDecimal v = o.value();
    BigDecimal best =
        method.usesGroupBest() ? GroupBests.of(results.units(), variant).best(r.criterion(), group) : null;
    BigDecimal unrounded = method.points(v, r.max(), best);
    return new Explanation.Step(
        o.status(), expression, substituted, v, rule(r, method, variant, v, best, unrounded), unrounded, o.points(), null);
  }

  private String status(CriterionResult r, Outcome o) {
    return switch (o.status()) {
      case NA -> m.get("explain.status.na");
      case NOT_APPLICABLE -> notApplicable(r.criterion());
      case MISSING -> m.get("explain.status.missing");
      case UNDEFINED -> m.get("explain.status.undefined", o.note() == null ? "" : o.note());
      case SCORED -> "";
    };
  }

  /**
   * Why a criterion does not apply: to the unit's group, or, where its top-level criterion lists
   * tags, to what it lists (groups by name, tags as {@code tag:NAME}), which the unit is not.
   */
  private String notApplicable(Criterion c) {
    String groupName = set.unitGroup(group).map(g -> g.name()).orElse(group);
    Criterion top = c;
    for (vn.egov.model.CriteriaGroup g : set.groups()) {
      for (Criterion t : g.criteria()) {
        if (contains(t, c)) {
          top = t;
        }
      }
    }
    if (top.tags().isEmpty()) {
      return m.get("explain.status.not_applicable", groupName);
    }
    List<String> listed = new ArrayList<>();
    for (String a : top.appliesTo()) {
      listed.add(
          a.startsWith(Criterion.TAG)
              ? m.get("explain.tagged", a.substring(Criterion.TAG.length()))
              : set.unitGroup(a).map(g -> g.name()).orElse(a));
    }
    return m.get("explain.status.not_applicable.tags", groupName, String.join(", ", listed));
  }

  private static boolean contains(Criterion t, Criterion c) {
    return t == c || t.criteria().stream().anyMatch(s -> contains(s, c));
  }

  /** The method's rule for this value, in words, with the figures it used. */
  private String rule(CriterionResult r, ScoringMethod method, Variant variant, BigDecimal v, BigDecimal best, BigDecimal unrounded) {
    Map<String, Object> p = method.parameters();
    BigDecimal max = r.max();
    String vs = value(v);
    String u = value(unrounded);
    String mx = Fmt.plain(max, lang);
    return switch (method.type()) {
      case "boolean" -> v.signum() != 0 ? m.get("explain.rule.boolean.yes", mx) : m.get("explain.rule.boolean.no");
      case "choice" -> choice(p, variant, max);
      case "bands" -> band(p, v, max);
      case "proportional" -> {
        BigDecimal target = (BigDecimal) p.getOrDefault("target", BigDecimal.ONE);
        BigDecimal floor = (BigDecimal) p.getOrDefault("floor", BigDecimal.ZERO);
        BigDecimal ratio = v.subtract(floor).divide(target.subtract(floor), Expr.MATH);
        if (ratio.signum() <= 0) {
          yield m.get("explain.rule.proportional.zero", vs, Fmt.plain(floor, lang));
        }
        if (ratio.compareTo(BigDecimal.ONE) >= 0) {
          yield m.get("explain.rule.proportional.full", vs, Fmt.plain(target, lang), mx);
        }
        if (floor.signum() == 0) {
          yield m.get("explain.rule.proportional.simple", mx, vs, Fmt.plain(target, lang), eq(unrounded), u);
        }
        yield m.get("explain.rule.proportional", mx, vs, Fmt.plain(floor, lang), Fmt.plain(target, lang), eq(unrounded), u);
      }
      case "count" -> m.get("explain.rule.count", mx, vs, Fmt.plain((BigDecimal) p.get("each"), lang), eq(unrounded), u);
      case "manual" -> m.get("explain.rule.manual", vs, mx, String.valueOf(p.get("input")));
      case "formula" -> m.get("explain.rule.formula", vs, mx, u);
      case "relative" -> {
        boolean lower = Boolean.TRUE.equals(p.get("lower_is_better"));
        if (best == null || (!lower && best.signum() <= 0)) {
          yield m.get("explain.rule.relative.none", Fmt.plain(unrounded, lang));
        }
        if (lower && v.signum() <= 0) {
          yield m.get("explain.rule.relative.zero", vs, mx);
        }
        yield m.get(lower ? "explain.rule.relative.lower" : "explain.rule.relative", mx, vs, value(best), eq(unrounded), u);
      }
      default -> m.get("explain.rule.other", method.type(), u);
    };
  }

  private String choice(Map<String, Object> p, Variant variant, BigDecimal max) {
    String input = String.valueOf(p.get("input"));
    Value v = unit.report().value(input, variant);
    if (v instanceof Value.Choice ch) {
      String label = ch.option().label() == null || ch.option().label().isBlank() ? ch.option().value() : ch.option().label();
      if (ch.option().points().compareTo(max) > 0) {
        return m.get("explain.rule.choice.capped", label, Fmt.plain(ch.option().points(), lang), Fmt.plain(max, lang), input);
      }
      return m.get("explain.rule.choice", label, Fmt.plain(ch.option().points(), lang), input);
    }
    return m.get("explain.rule.other", "choice", "");
  }

  private String band(Map<String, Object> p, BigDecimal v, BigDecimal max) {
    if (p.get("bands") instanceof List<?> bands) {
      for (Object o : bands) {
        Band b = (Band) o;
        if ((b.min() == null || b.min().compareTo(v) <= 0) && (b.max() == null || v.compareTo(b.max()) <= 0)) {
          String points = Fmt.plain(b.points().min(max), lang);
          if (b.min() != null && b.max() != null) {
            return m.get("explain.rule.band.range", value(v), Fmt.plain(b.min(), lang), Fmt.plain(b.max(), lang), points);
          }
          if (b.min() != null) {
            return m.get("explain.rule.band.min", value(v), Fmt.plain(b.min(), lang), points);
          }
          if (b.max() != null) {
            return m.get("explain.rule.band.max", value(v), Fmt.plain(b.max(), lang), points);
          }
          return m.get("explain.rule.band.any", points);
        }
      }
    }
    return m.get("explain.rule.band.none", value(v));
  }

  private Explanation.Step composite(CriterionResult r, Variant variant) {
    Outcome o = variant == Variant.SELF ? r.self() : r.fin();
    if (!o.status().counts()) {
      return new Explanation.Step(o.status(), null, null, null, status(r, o), null, o.points(), null);
    }
    int p = set.scoring().precision();
    List<String> parts = new ArrayList<>();
    for (CriterionResult sub : r.criteria()) {
      Outcome so = variant == Variant.SELF ? sub.self() : sub.fin();
      if (so.points() != null) {
        parts.add(Fmt.show(so.points(), p, lang));
      }
    }
    String mx = Fmt.show(r.max(), p, lang);
    String rule =
        r.criterion().combine() == Combine.MAX
            ? m.get("explain.rule.max", String.join("; ", parts), mx)
            : m.get("explain.rule.sum", String.join(" + ", parts), mx);
    return new Explanation.Step(o.status(), null, null, null, rule, null, o.points(), null);
  }

  /** An unrounded value for reading: at most four decimals. */
  private String value(BigDecimal v) {
    return v == null ? "—" : Fmt.approx(v, VALUE_DECIMALS, lang);
  }

  /** "=" when {@link #value} shows the value exactly, else "≈". */
  static String eq(BigDecimal v) {
    return v == null || Fmt.exact(v, VALUE_DECIMALS) ? "=" : "≈";
  }

  // ---- totals, rank, class ----

  private Explanation.Totals totals(Standing s, Variant variant) {
    int ranked = 0;
    for (UnitResult u : results.units()) {
      if (u.unit().group().equals(group) && u.fin() != null) {
        Standing other = variant == Variant.SELF ? u.self() : u.fin();
        if (other.rank() != null) {
          ranked++;
        }
      }
    }
    return new Explanation.Totals(s.points(), s.max(), s.score(), s.rank(), ranked, s.classification());
  }

  private Explanation.Neighbours neighbours() {
    Figure by = set.ranking().by();
    String figure = by.name().toLowerCase(java.util.Locale.ROOT);
    Integer mine = unit.fin().rank();
    if (mine == null) {
      return new Explanation.Neighbours(figure, null, null, List.of());
    }
    BigDecimal own = unit.fin().figure(by);
    Explanation.Neighbour above = null;
    Explanation.Neighbour below = null;
    List<Explanation.Neighbour> tied = new ArrayList<>();
    for (UnitResult u : results.units()) {
      if (!u.unit().group().equals(group) || u.fin() == null || u.fin().rank() == null || u == unit) {
        continue;
      }
      int rank = u.fin().rank();
      BigDecimal f = u.fin().figure(by);
      Explanation.Neighbour n = new Explanation.Neighbour(u.id(), u.unit().name(), rank, f, f.subtract(own));
      if (rank < mine && (above == null || rank >= above.rank())) {
        above = n; // the last of the better ones in published order
      } else if (rank > mine && (below == null || rank < below.rank())) {
        below = n; // the first of the worse ones
      } else if (rank == mine) {
        tied.add(n);
      }
    }
    return new Explanation.Neighbours(figure, above, below, tied);
  }

  private Explanation.NextClass nextClass() {
    Figure by = set.classification().by();
    List<ClassBand> bands = set.classification().bandsFor(group);
    BigDecimal value = unit.fin().figure(by);
    if (bands.isEmpty() || value == null) {
      return null;
    }
    ClassBand next = null;
    for (ClassBand b : bands) {
      if (b.min().compareTo(value) > 0 && (next == null || b.min().compareTo(next.min()) < 0)) {
        next = b;
      }
    }
    if (next == null) {
      return null;
    }
    BigDecimal gap = next.min().subtract(value);
    BigDecimal needed = by == Figure.POINTS ? gap : pointsForScore(next.min()).subtract(unit.fin().points());
    return new Explanation.NextClass(next.label(), next.min(), by.name().toLowerCase(java.util.Locale.ROOT), gap, needed);
  }

  /**
   * The fewest points, at the set's precision, whose score (points × scale / max, rounded half-up)
   * is at least {@code score}.
   */
  private BigDecimal pointsForScore(BigDecimal score) {
    int p = set.scoring().precision();
    BigDecimal max = unit.fin().max();
    BigDecimal scale = set.scoring().scale();
    BigDecimal half = BigDecimal.ONE.movePointLeft(p).divide(BigDecimal.valueOf(2));
    BigDecimal points = score.subtract(half).multiply(max).divide(scale, p, RoundingMode.CEILING);
    BigDecimal unitStep = BigDecimal.ONE.movePointLeft(p);
    while (points.multiply(scale).divide(max, p, RoundingMode.HALF_UP).compareTo(score) < 0) {
      points = points.add(unitStep);
    }
    while (points.signum() > 0
        && points.subtract(unitStep).multiply(scale).divide(max, p, RoundingMode.HALF_UP).compareTo(score) >= 0) {
      points = points.subtract(unitStep);
    }
    return points;
  }
}
