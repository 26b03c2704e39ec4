package vn.egov.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.model.Combine;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.CriterionResult;
import vn.egov.model.CriterionStatus;
import vn.egov.model.Evaluated;
import vn.egov.model.GroupResult;
import vn.egov.model.InputDef;
import vn.egov.model.Kind;
import vn.egov.model.Outcome;
import vn.egov.model.Problem;
import vn.egov.model.ScoringMethod;
import vn.egov.model.Standing;
import vn.egov.model.UnitReport;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.model.Value;
import vn.egov.model.Variant;
import vn.egov.validate.Subject;

/**
 * Turns checked reports into points, totals and scores, twice: from self-assessed values and
 * from final values.
 *
 * <p>Guarantees: decimal arithmetic throughout; every criterion's points are rounded half-up to
 * the set's precision, and every total is a sum of rounded figures, so published tables add up;
 * a unit's points never go below 0; score = points × scale / applicable max, rounded once,
 * half-up. {@code relative} criteria are scored in a second pass over the unit group. The result
 * does not depend on the order of the subjects.
 */
public final class Scorer {
  private final CriteriaSet criteria;
  private final int precision;

  public Scorer(CriteriaSet criteria) {
    this.criteria = criteria;
    this.precision = criteria.scoring().precision();
  }

  /** Scored units (not yet ranked) and warnings for undefined values. */
  public record Scored(List<UnitResult> units, List<Problem> problems) {}

  /** The value of a leaf criterion before points: its status and {@code v}. */
  private record Pre(CriterionStatus status, BigDecimal value, String note) {}

  /** Per unit: the pre-values of every criterion, by identity. */
  private record UnitPre(Subject subject, Map<Criterion, Pre> self, Map<Criterion, Pre> fin) {}

  public Scored score(List<Subject> subjects, boolean strict) {
    List<UnitPre> pres = new ArrayList<>();
    for (Subject s : subjects) {
      if (s.report() != null) {
        pres.add(
            new UnitPre(s, values(s, Variant.SELF), values(s, Variant.FINAL)));
      }
    }
    Map<String, BigDecimal> selfBest = bests(pres, Variant.SELF);
    Map<String, BigDecimal> finBest = bests(pres, Variant.FINAL);
    Map<Subject, UnitPre> bySubject = new IdentityHashMap<>();
    pres.forEach(p -> bySubject.put(p.subject(), p));

    List<UnitResult> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Subject s : subjects) {
      UnitPre p = bySubject.get(s);
      if (p == null) {
        out.add(new UnitResult(s.unit(), UnitStatus.NOT_SUBMITTED, null, null, List.of(), List.of(), null));
        continue;
      }
      String g = s.unit().group();
      List<CriterionResult> results = new ArrayList<>();
      List<GroupResult> groups = new ArrayList<>();
      BigDecimal[] fin = {zero(), zero()};
      BigDecimal[] self = {zero(), zero()};
      for (CriteriaGroup cg : criteria.groups()) {
        BigDecimal[] gFin = {zero(), zero()};
        BigDecimal[] gSelf = {zero(), zero()};
        for (Criterion c : cg.criteria()) {
          CriterionResult r = result(c, g, p, selfBest, finBest);
          results.add(r);
          add(gFin, c, r.max(), r.fin());
          add(gSelf, c, r.max(), r.self());
          warnUndefined(r, s, problems);
        }
        groups.add(new GroupResult(cg, gFin[0], gFin[1], gSelf[0], gSelf[1]));
        fin[0] = fin[0].add(gFin[0]);
        fin[1] = fin[1].add(gFin[1]);
        self[0] = self[0].add(gSelf[0]);
        self[1] = self[1].add(gSelf[1]);
      }
      UnitStatus status = strict && s.hasErrors() ? UnitStatus.REJECTED : UnitStatus.SCORED;
      out.add(new UnitResult(s.unit(), status, standing(fin), standing(self), groups, results, s.report()));
    }
    return new Scored(out, problems);
  }

  private BigDecimal zero() {
    return BigDecimal.ZERO.setScale(precision);
  }

  private BigDecimal round(BigDecimal v) {
    return v.setScale(precision, RoundingMode.HALF_UP);
  }

  private static void add(BigDecimal[] acc, Criterion c, BigDecimal max, Outcome o) {
    BigDecimal pts = o.points() == null ? BigDecimal.ZERO : o.points();
    switch (c.kind()) {
      case NORMAL -> {
        acc[0] = acc[0].add(pts);
        if (o.status().counts()) {
          acc[1] = acc[1].add(max);
        }
      }
      case BONUS -> acc[0] = acc[0].add(pts);
      case DEDUCTION -> acc[0] = acc[0].subtract(pts);
    }
  }

  private Standing standing(BigDecimal[] totals) {
    BigDecimal points = totals[0].signum() < 0 ? zero() : totals[0];
    BigDecimal max = totals[1];
    BigDecimal score =
        max.signum() == 0
            ? null
            : points
                .multiply(criteria.scoring().scale())
                .divide(max, precision, RoundingMode.HALF_UP);
    return new Standing(points, max, score, null, null);
  }

  // ---- pass 1: values ----

  private Map<Criterion, Pre> values(Subject s, Variant variant) {
    Map<Criterion, Pre> out = new IdentityHashMap<>();
    Map<String, BigDecimal> numbers = s.report().numbers(criteria, variant);
    String g = s.unit().group();
    for (CriteriaGroup cg : criteria.groups()) {
      for (Criterion c : cg.criteria()) {
        values(c, c, g, s.report(), variant, numbers, out);
      }
    }
    return out;
  }

  private void values(
      Criterion c,
      Criterion top,
      String g,
      UnitReport r,
      Variant variant,
      Map<String, BigDecimal> numbers,
      Map<Criterion, Pre> out) {
    for (Criterion sub : c.criteria()) {
      values(sub, top, g, r, variant, numbers, out);
    }
    if (c.composite()) {
      return;
    }
    if (!top.appliesTo(g)) {
      out.put(c, new Pre(CriterionStatus.NOT_APPLICABLE, null, null));
      return;
    }
    ScoringMethod m = c.methodFor(g);
    boolean na = false;
    boolean missing = false;
    for (String input : m.inputs()) {
      Value v = r.value(input, variant);
      na |= v instanceof Value.NotApplicable;
      InputDef def = criteria.input(input).orElseThrow();
      missing |= v == null && def.required();
    }
    if (na) {
      out.put(c, new Pre(CriterionStatus.NA, null, null));
    } else if (missing) {
      out.put(c, new Pre(CriterionStatus.MISSING, null, null));
    } else {
      Evaluated e = m.value(numbers);
      if (e.defined()) {
        out.put(c, new Pre(CriterionStatus.SCORED, e.value(), null));
      } else if (m.naOnUndefined() && top.naAllowedFor(g)) {
        out.put(c, new Pre(CriterionStatus.NA, null, e.undefinedReason()));
      } else {
        out.put(c, new Pre(CriterionStatus.UNDEFINED, null, e.undefinedReason()));
      }
    }
  }

  /** The best value per (relative criterion, unit group) over the submitted units. */
  private Map<String, BigDecimal> bests(List<UnitPre> pres, Variant variant) {
    Map<String, List<BigDecimal>> values = new HashMap<>();
    Map<String, ScoringMethod> methods = new HashMap<>();
    for (UnitPre p : pres) {
      String g = p.subject().unit().group();
      Map<Criterion, Pre> map = variant == Variant.SELF ? p.self() : p.fin();
      for (Map.Entry<Criterion, Pre> e : map.entrySet()) {
        ScoringMethod m = e.getKey().methodFor(g);
        if (m != null && m.usesGroupBest() && e.getValue().status() == CriterionStatus.SCORED) {
          String key = e.getKey().id() + "\u0000" + g;
          values.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getValue().value());
          methods.put(key, m);
        }
      }
    }
    Map<String, BigDecimal> best = new HashMap<>();
    values.forEach((k, v) -> best.put(k, methods.get(k).best(v)));
    return best;
  }

  // ---- pass 2: points ----

  private CriterionResult result(
      Criterion c, String g, UnitPre p, Map<String, BigDecimal> selfBest, Map<String, BigDecimal> finBest) {
    BigDecimal max = c.maxFor(g);
    if (c.composite()) {
      List<CriterionResult> subs = new ArrayList<>();
      for (Criterion sub : c.criteria()) {
        subs.add(result(sub, g, p, selfBest, finBest));
      }
      return new CriterionResult(
          c,
          max,
          combine(c, max, subs.stream().map(CriterionResult::fin).toList()),
          combine(c, max, subs.stream().map(CriterionResult::self).toList()),
          subs);
    }
    return new CriterionResult(
        c,
        max,
        leaf(c, g, max, p.fin().get(c), finBest),
        leaf(c, g, max, p.self().get(c), selfBest),
        List.of());
  }

  private Outcome leaf(Criterion c, String g, BigDecimal max, Pre pre, Map<String, BigDecimal> bests) {
    return switch (pre.status()) {
      case NA, NOT_APPLICABLE -> new Outcome(pre.status(), null, null, pre.note());
      case MISSING, UNDEFINED -> new Outcome(pre.status(), zero(), null, pre.note());
      case SCORED -> {
        ScoringMethod m = c.methodFor(g);
        BigDecimal best = m.usesGroupBest() ? bests.get(c.id() + "\u0000" + g) : null;
        yield new Outcome(
            CriterionStatus.SCORED, round(m.points(pre.value(), max, best)), pre.value(), null);
      }
    };
  }

  private Outcome combine(Criterion c, BigDecimal max, List<Outcome> subs) {
    CriterionStatus status;
    if (subs.stream().anyMatch(o -> o.status() == CriterionStatus.SCORED)) {
      status = CriterionStatus.SCORED;
    } else if (subs.stream().allMatch(o -> o.status() == CriterionStatus.NOT_APPLICABLE)) {
      status = CriterionStatus.NOT_APPLICABLE;
    } else if (subs.stream().allMatch(o -> !o.status().counts())) {
      status = CriterionStatus.NA;
    } else if (subs.stream().anyMatch(o -> o.status() == CriterionStatus.MISSING)) {
      status = CriterionStatus.MISSING;
    } else {
      status = CriterionStatus.UNDEFINED;
    }
    if (!status.counts()) {
      return new Outcome(status, null, null, null);
    }
    BigDecimal points = zero();
    for (Outcome o : subs) {
      if (o.points() != null) {
        points = c.combine() == Combine.MAX ? points.max(o.points()) : points.add(o.points());
      }
    }
    return new Outcome(status, round(points.min(max)), null, null);
  }

  private void warnUndefined(CriterionResult r, Subject s, List<Problem> problems) {
    if (r.criterion().kind() != Kind.NORMAL && r.fin().status() != CriterionStatus.UNDEFINED) {
      return;
    }
    if (r.criteria().isEmpty()) {
      if (r.fin().status() == CriterionStatus.UNDEFINED) {
        problems.add(
            Problem.warning(s.report().where(), "criterion.undefined", r.id(), r.fin().note())
                .about(s.unit().id(), null));
      }
      return;
    }
    r.criteria().forEach(sub -> warnUndefined(sub, s, problems));
  }
}
