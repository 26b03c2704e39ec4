package vn.egov.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
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
    this.zero = BigDecimal.ZERO.setScale(precision);
    this.anyGroupBest = usesGroupBest(criteria);
    this.criterionCount = criteria.allCriteria().size();
  }

  /** How many criteria there are, composite or not (to size the per-unit maps). */
  private final int criterionCount;

  private final BigDecimal zero;
  /** Whether some criterion, in some unit group, is scored against the group's best value. */
  private final boolean anyGroupBest;

  private static boolean usesGroupBest(CriteriaSet set) {
    for (Criterion c : set.allCriteria()) {
      if (c.method() != null && c.method().usesGroupBest()) {
        return true;
      }
      for (vn.egov.model.GroupOverride o : c.overrides().values()) {
        if (o.method() != null && o.method().usesGroupBest()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Scored units (not yet ranked) and warnings for undefined values. */
  public record Scored(List<UnitResult> units, List<Problem> problems) {}

  /** The value of a leaf criterion before points: its status and {@code v}. */
  private record Pre(CriterionStatus status, BigDecimal value, String note) {}

  /** Per unit: the pre-values of every criterion, by identity. */
  private record UnitPre(Subject subject, Map<Criterion, Pre> self, Map<Criterion, Pre> fin) {}

  public Scored score(List<Subject> subjects, boolean strict) {
    if (!anyGroupBest) {
      // nothing is scored against a group's best: one pass, each unit's values dropped as soon
      // as its points are known (a national run would otherwise hold them all at once)
      return collect(
          subjects.parallelStream()
              .map(s -> unit(s, s.report() == null ? null : values(s), Map.of(), Map.of(), strict))
              .toList());
    }
    // pass 1: each unit's values, units in parallel (methods and expressions are thread-safe)
    List<UnitPre> pres =
        subjects.parallelStream().filter(s -> s.report() != null).map(this::values).toList();
    Map<String, BigDecimal> selfBest = bests(pres, Variant.SELF);
    Map<String, BigDecimal> finBest = bests(pres, Variant.FINAL);
    Map<Subject, UnitPre> bySubject = new IdentityHashMap<>();
    pres.forEach(p -> bySubject.put(p.subject(), p));

    // pass 2: points and totals, in parallel; results and warnings kept in the subjects' order
    return collect(
        subjects.parallelStream().map(s -> unit(s, bySubject.get(s), selfBest, finBest, strict)).toList());
  }

  private static Scored collect(List<Scored> each) {
    List<UnitResult> out = new ArrayList<>(each.size());
    List<Problem> problems = new ArrayList<>();
    for (Scored one : each) {
      out.addAll(one.units());
      problems.addAll(one.problems());
    }
    return new Scored(out, problems);
  }

  private Scored unit(
      Subject s, UnitPre p, Map<String, BigDecimal> selfBest, Map<String, BigDecimal> finBest, boolean strict) {
    if (p == null) {
      return new Scored(
          List.of(new UnitResult(s.unit(), UnitStatus.NOT_SUBMITTED, null, null, List.of(), List.of(), null)),
          List.of());
    }
    List<Problem> problems = new ArrayList<>();
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
    return new Scored(
        List.of(new UnitResult(s.unit(), status, standing(fin), standing(self), groups, results, s.report())),
        problems);
  }

  private BigDecimal zero() {
    return zero;
  }

  private BigDecimal round(BigDecimal v) {
    return shared(v.setScale(precision, RoundingMode.HALF_UP));
  }

  /**
   * One instance per small figure (0.00 to 99.99 at precision 2): a national run holds millions
   * of points, nearly all among a few hundred values, and figures are immutable.
   */
  private BigDecimal shared(BigDecimal rounded) {
    if (rounded.signum() < 0 || rounded.scale() != precision || rounded.precision() > 9) {
      return rounded;
    }
    long unscaled = rounded.scaleByPowerOfTen(precision).longValue();
    if (unscaled >= figures.length()) {
      return rounded;
    }
    BigDecimal known = figures.get((int) unscaled);
    if (known == null) {
      figures.compareAndSet((int) unscaled, null, rounded);
      known = figures.get((int) unscaled);
    }
    return known;
  }

  private final java.util.concurrent.atomic.AtomicReferenceArray<BigDecimal> figures =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(10_000);

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

  /**
   * Both variants' values of a unit. Where none of a criterion's inputs has an appraised value
   * the final value is the self-assessed one, computed once (most reports have few appraisals).
   */
  private UnitPre values(Subject s) {
    Map<Criterion, Pre> self = values(s, Variant.SELF, null);
    boolean appraised = false;
    for (vn.egov.model.Entry e : s.report().entries().values()) {
      if (e.appraised() != null && !e.appraised().blank()) {
        appraised = true;
        break;
      }
    }
    Map<Criterion, Pre> fin = appraised ? values(s, Variant.FINAL, self) : self;
    return new UnitPre(s, self, fin);
  }

  private Map<Criterion, Pre> values(Subject s, Variant variant, Map<Criterion, Pre> self) {
    Map<Criterion, Pre> out = new IdentityHashMap<>(criterionCount);
    Map<String, BigDecimal> numbers = s.report().numbers(criteria, variant);
    String g = s.unit().group();
    for (CriteriaGroup cg : criteria.groups()) {
      for (Criterion c : cg.criteria()) {
        values(c, c, g, s.report(), variant, numbers, out, self);
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
      Map<Criterion, Pre> out,
      Map<Criterion, Pre> self) {
    for (Criterion sub : c.criteria()) {
      values(sub, top, g, r, variant, numbers, out, self);
    }
    if (c.composite()) {
      return;
    }
    if (!top.appliesTo(g)) {
      out.put(c, NOT_APPLICABLE);
      return;
    }
    ScoringMethod m = c.methodFor(g);
    if (self != null && !anyAppraised(r, m.inputs())) {
      out.put(c, self.get(c)); // no appraisal touches it: final = self
      return;
    }
    boolean na = false;
    boolean missing = false;
    for (String input : m.inputs()) {
      Value v = r.value(input, variant);
      na |= v instanceof Value.NotApplicable;
      InputDef def = criteria.inputOrNull(input);
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

  private static final Pre NOT_APPLICABLE = new Pre(CriterionStatus.NOT_APPLICABLE, null, null);

  private static boolean anyAppraised(UnitReport r, java.util.Collection<String> inputs) {
    for (String i : inputs) {
      if (appraised(r, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean appraised(UnitReport r, String input) {
    vn.egov.model.Entry e = r.entries().get(input);
    return e != null && e.appraised() != null && !e.appraised().blank();
  }

  /** The best value per (relative criterion, unit group) over the submitted units. */
  private Map<String, BigDecimal> bests(List<UnitPre> pres, Variant variant) {
    if (!anyGroupBest) {
      return Map.of(); // no relative criterion: nothing to look at
    }
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
      List<Outcome> fins = new ArrayList<>(subs.size());
      List<Outcome> selves = new ArrayList<>(subs.size());
      boolean same = true;
      for (CriterionResult sub : subs) {
        fins.add(sub.fin());
        selves.add(sub.self());
        same &= sub.fin() == sub.self();
      }
      Outcome self = combine(c, max, selves);
      // no appraisal below: the final outcome is the self-assessed one, held once
      return new CriterionResult(c, max, same ? self : combine(c, max, fins), self, subs);
    }
    Outcome self = leaf(c, g, max, p.self().get(c), selfBest);
    Pre finPre = p.fin().get(c);
    boolean same = finPre == p.self().get(c) && !c.methodFor(g).usesGroupBest();
    return new CriterionResult(c, max, same ? self : leaf(c, g, max, finPre, finBest), self, List.of());
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
    boolean anyScored = false;
    boolean allNotApplicable = true;
    boolean noneCounts = true;
    boolean anyMissing = false;
    for (Outcome o : subs) {
      anyScored |= o.status() == CriterionStatus.SCORED;
      allNotApplicable &= o.status() == CriterionStatus.NOT_APPLICABLE;
      noneCounts &= !o.status().counts();
      anyMissing |= o.status() == CriterionStatus.MISSING;
    }
    CriterionStatus status;
    if (anyScored) {
      status = CriterionStatus.SCORED;
    } else if (allNotApplicable) {
      status = CriterionStatus.NOT_APPLICABLE;
    } else if (noneCounts) {
      status = CriterionStatus.NA;
    } else if (anyMissing) {
      status = CriterionStatus.MISSING;
    } else {
      status = CriterionStatus.UNDEFINED;
    }
    if (!status.counts()) {
      return new Outcome(status, null, null, null);
    }
    return new Outcome(status, combinedPoints(c, max, subs), null, null);
  }

  /**
   * The sub-criteria's rounded points added up (or the best of them), capped at max, rounded.
   * Split out of {@link #combine} (unchanged) so that re-weighting, where the statuses cannot
   * change, recomputes only the points.
   */
  private BigDecimal combinedPoints(Criterion c, BigDecimal max, List<Outcome> subs) {
    BigDecimal points = zero();
    for (Outcome o : subs) {
      if (o.points() != null) {
        points = c.combine() == Combine.MAX ? points.max(o.points()) : points.add(o.points());
      }
    }
    return round(points.min(max));
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

  // ---- re-weighting: a hook for sensitivity analysis (vn.egov.analysis) ----
  // Added for `egov sensitivity`, which rescores the same units thousands of times with other
  // criterion weights: the method values and unrounded points are taken once, and each rescoring
  // only multiplies, rounds and totals them with this class's own rounding, combining and
  // totalling. score() does not use it; nothing above changes.

  /**
   * The group best a {@code relative} criterion's points were computed with, in one variant: the
   * method's best of that variant's values of the submitted units of the unit group, as {@link
   * #score} takes it; {@code null} when the criterion does not use a group best or no unit has a
   * value. For showing how a figure came about ({@code egov explain}).
   */
  public BigDecimal groupBest(List<UnitResult> scored, Criterion c, String unitGroup, Variant variant) {
    return resultBests(scored, variant).get(c.id() + "\u0000" + unitGroup);
  }

  /** The best value per (relative criterion, unit group) in one variant, from scored units. */
  private static Map<String, BigDecimal> resultBests(List<UnitResult> scored, Variant variant) {
    Map<String, List<BigDecimal>> values = new HashMap<>();
    Map<String, ScoringMethod> methods = new HashMap<>();
    for (UnitResult u : scored) {
      if (u.status() != UnitStatus.NOT_SUBMITTED) {
        u.criteria().forEach(r -> collectValues(r, u.unit().group(), variant, values, methods));
      }
    }
    Map<String, BigDecimal> best = new HashMap<>();
    values.forEach((k, v) -> best.put(k, methods.get(k).best(v)));
    return best;
  }

  private static void collectValues(
      CriterionResult r,
      String g,
      Variant variant,
      Map<String, List<BigDecimal>> values,
      Map<String, ScoringMethod> methods) {
    r.criteria().forEach(sub -> collectValues(sub, g, variant, values, methods));
    ScoringMethod m = r.criterion().composite() ? null : r.criterion().methodFor(g);
    Outcome o = variant == Variant.SELF ? r.self() : r.fin();
    if (m != null && m.usesGroupBest() && o.status() == CriterionStatus.SCORED) {
      String key = r.id() + "\u0000" + g;
      values.computeIfAbsent(key, k -> new ArrayList<>()).add(o.value());
      methods.put(key, m);
    }
  }

  /**
   * Prepares scored units for re-weighting (see {@link Reweighting}).
   *
   * @param scored the units as {@link #score} returned them, ranked or not
   */
  public Reweighting reweighting(List<UnitResult> scored) {
    return new Reweighting(scored);
  }

  /**
   * Scored units whose final figures can be recomputed with every top-level criterion's max
   * multiplied by a factor f ≥ 0 (its weight in the index).
   *
   * <p>What a factor means, for every method alike: the criterion weighs f × M instead of M, and a
   * unit keeps the same fraction of it. Each leaf's unrounded points (as its method computed them
   * with max M, group bests included) are multiplied by f and then rounded to the set's precision;
   * sub-criteria are combined as usual and capped at f × M; the criterion's max, and so the unit's
   * applicable max, count f × M. For {@code boolean}, {@code proportional} and {@code relative}
   * this is exactly the method evaluated with max f × M (their points are linear in M); for {@code
   * bands}, {@code choice}, {@code manual}, {@code count} and {@code formula}, whose points are
   * written in the criteria file on the scale of M, the written points (band points, option points,
   * entered points, {@code each}, {@code expr}) are read as scaled by f as well, so that a band
   * worth 8 of 10 stays worth 80 % of the criterion. Bonus and deduction criteria are scaled the
   * same way. A factor of 0 leaves the criterion out (no points, no max). Statuses do not change.
   *
   * <p>Only final figures are recomputed; self-assessed figures are passed through, without rank
   * or class. With every factor 1 the final figures are exactly those of {@link #score}.
   * Thread-safe: {@link #rescore} may run concurrently.
   */
  public final class Reweighting {
    private final List<UnitResult> units;
    private final List<Criterion> topLevel = new ArrayList<>();
    /**
     * Per unit (same index as {@code units}): its leaves in depth-first order, each with its
     * unrounded final points, {@code null} for leaves that are not scored.
     */
    private final List<Leaf[]> leaves = new ArrayList<>();

    private Reweighting(List<UnitResult> scored) {
      this.units = List.copyOf(scored);
      criteria.groups().forEach(g -> topLevel.addAll(g.criteria()));
      Map<String, BigDecimal> best = resultBests(units, Variant.FINAL);
      for (UnitResult u : units) {
        List<Leaf> out = new ArrayList<>();
        if (u.status() != UnitStatus.NOT_SUBMITTED) {
          u.criteria().forEach(r -> unrounded(r, u.unit().group(), best, out));
        }
        leaves.add(out.toArray(new Leaf[0]));
      }
    }

    private void unrounded(CriterionResult r, String g, Map<String, BigDecimal> best, List<Leaf> out) {
      if (r.criterion().composite()) {
        r.criteria().forEach(sub -> unrounded(sub, g, best, out));
      } else if (r.fin().status() == CriterionStatus.SCORED) {
        ScoringMethod m = r.criterion().methodFor(g);
        BigDecimal b = m.usesGroupBest() ? best.get(r.id() + "\u0000" + g) : null;
        out.add(Leaf.of(m.points(r.fin().value(), r.max(), b)));
      } else {
        out.add(null);
      }
    }

    /** The top-level criteria, in the order of {@link #rescore}'s factors (groups, then criteria). */
    public List<Criterion> topLevel() {
      return Collections.unmodifiableList(topLevel);
    }

    /**
     * The units with their final figures recomputed, unranked and unclassified (pass them to the
     * ranker), in the order given; units that sent nothing are returned as they were.
     *
     * @param factors one factor ≥ 0 per top-level criterion, in the order of {@link #topLevel()}
     */
    public List<UnitResult> rescore(BigDecimal[] factors) {
      if (factors.length != topLevel.size()) {
        throw new IllegalArgumentException(
            "expected " + topLevel.size() + " factors, got " + factors.length);
      }
      Factor[] f = new Factor[factors.length];
      for (int i = 0; i < factors.length; i++) {
        if (factors[i].signum() < 0) {
          throw new IllegalArgumentException("a factor below 0: " + factors[i]);
        }
        f[i] = Factor.of(factors[i]);
      }
      List<UnitResult> out = new ArrayList<>(units.size());
      for (int i = 0; i < units.size(); i++) {
        UnitResult u = units.get(i);
        out.add(u.status() == UnitStatus.NOT_SUBMITTED ? u : rescore(u, leaves.get(i), f));
      }
      return out;
    }

    private UnitResult rescore(UnitResult u, Leaf[] points, Factor[] factors) {
      CriterionResult[] results = new CriterionResult[u.criteria().size()];
      GroupResult[] groups = new GroupResult[u.groups().size()];
      BigDecimal[] fin = {zero(), zero()};
      int[] cursor = {0};
      int k = 0;
      for (int gi = 0; gi < criteria.groups().size(); gi++) {
        CriteriaGroup cg = criteria.groups().get(gi);
        BigDecimal[] gFin = {zero(), zero()};
        for (Criterion c : cg.criteria()) {
          CriterionResult r = scaled(u.criteria().get(k), factors[k], points, cursor);
          results[k++] = r;
          add(gFin, c, r.max(), r.fin());
        }
        GroupResult before = u.groups().get(gi);
        groups[gi] = new GroupResult(cg, gFin[0], gFin[1], before.selfPoints(), before.selfMax());
        fin[0] = fin[0].add(gFin[0]);
        fin[1] = fin[1].add(gFin[1]);
      }
      Standing self = u.self();
      Standing selfPlain = new Standing(self.points(), self.max(), self.score(), null, null);
      return new UnitResult(
          u.unit(), u.status(), standing(fin), selfPlain, List.of(groups), List.of(results), u.report());
    }

    private CriterionResult scaled(CriterionResult r, Factor f, Leaf[] points, int[] cursor) {
      if (f.one) {
        cursor[0] += leafCount(r);
        return r;
      }
      BigDecimal max = f.times(r.max());
      Criterion c = r.criterion();
      if (c.composite()) {
        // immutable lists from arrays: the records' List.copyOf then keeps them as they are
        CriterionResult[] subs = new CriterionResult[r.criteria().size()];
        Outcome[] outcomes = new Outcome[subs.length];
        for (int i = 0; i < subs.length; i++) {
          subs[i] = scaled(r.criteria().get(i), f, points, cursor);
          outcomes[i] = subs[i].fin();
        }
        // the statuses of the sub-criteria, and so the criterion's, do not change with the weights
        Outcome before = r.fin();
        Outcome fin =
            before.status().counts()
                ? new Outcome(before.status(), combinedPoints(c, max, List.of(outcomes)), null, null)
                : before;
        return new CriterionResult(c, max, fin, r.self(), List.of(subs));
      }
      Leaf leaf = points[cursor[0]++];
      Outcome o = r.fin();
      Outcome fin =
          o.status() == CriterionStatus.SCORED
              ? new Outcome(o.status(), scaledPoints(leaf, f), o.value(), o.note())
              : o;
      return new CriterionResult(c, max, fin, r.self(), List.of());
    }

    private int leafCount(CriterionResult r) {
      if (!r.criterion().composite()) {
        return 1;
      }
      int n = 0;
      for (CriterionResult sub : r.criteria()) {
        n += leafCount(sub);
      }
      return n;
    }

    /**
     * round(points × f), half-up to the set's precision: exactly what {@code round(points.multiply(f))}
     * gives, in long arithmetic where that is safe (the product fits, or the points are bracketed
     * within 10⁻⁶ and both ends round alike), else in {@link BigDecimal}.
     */
    private BigDecimal scaledPoints(Leaf leaf, Factor f) {
      if (leaf.fast && f.fast) {
        int scale = leaf.scale + f.scale;
        long lo = roundedProduct(leaf.unscaled, f.unscaled, scale);
        if (lo != Long.MIN_VALUE) {
          if (leaf.exact) {
            return BigDecimal.valueOf(lo, precision);
          }
          long hi = roundedProduct(leaf.unscaled + 1, f.unscaled, scale);
          if (hi == lo) {
            return BigDecimal.valueOf(lo, precision);
          }
        }
      }
      return round(leaf.value.multiply(f.value));
    }

    /** a × b (both ≥ 0, at the given scale) rounded half-up to the precision; MIN_VALUE if unsafe. */
    private long roundedProduct(long a, long b, int scale) {
      long product = a * b;
      if (Math.multiplyHigh(a, b) != 0 || product < 0) {
        return Long.MIN_VALUE;
      }
      int drop = scale - precision;
      if (drop <= 0) {
        return -drop < POWERS.length && product <= Long.MAX_VALUE / POWERS[-drop] ? product * POWERS[-drop] : Long.MIN_VALUE;
      }
      if (drop >= POWERS.length) {
        return Long.MIN_VALUE;
      }
      long unit = POWERS[drop];
      long q = product / unit;
      return (product % unit) * 2 >= unit ? q + 1 : q;
    }
  }

  private static final long[] POWERS = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
    10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
    1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L
  };

  /**
   * A leaf's unrounded points, also as a long where that is safe: {@code exact} when the points
   * have at most nine decimals, else bracketed: points in (unscaled, unscaled + 1) × 10⁻⁶.
   */
  private record Leaf(BigDecimal value, boolean fast, boolean exact, long unscaled, int scale) {
    static Leaf of(BigDecimal v) {
      if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
        return new Leaf(v, false, false, 0, 0);
      }
      BigDecimal plain = v.stripTrailingZeros();
      if (plain.scale() <= 0) {
        return new Leaf(v, true, true, plain.setScale(0).longValueExact(), 0);
      }
      if (plain.scale() <= 9) {
        return new Leaf(v, true, true, plain.unscaledValue().longValueExact(), plain.scale());
      }
      return new Leaf(v, true, false, v.setScale(6, RoundingMode.FLOOR).unscaledValue().longValueExact(), 6);
    }
  }

  /**
   * A factor, also as a long where it has at most nine decimals, with the maxes it has scaled in
   * one {@link Reweighting#rescore} call (the units of a group share their criteria's max
   * instances, so each is multiplied once per call rather than once per unit). One per call, so
   * never shared between threads.
   */
  private static final class Factor {
    final BigDecimal value;
    final boolean one;
    final boolean fast;
    final long unscaled;
    final int scale;
    private final Map<BigDecimal, BigDecimal> maxes = new IdentityHashMap<>();

    private Factor(BigDecimal value, boolean one, boolean fast, long unscaled, int scale) {
      this.value = value;
      this.one = one;
      this.fast = fast;
      this.unscaled = unscaled;
      this.scale = scale;
    }

    static Factor of(BigDecimal f) {
      boolean one = f.compareTo(BigDecimal.ONE) == 0;
      BigDecimal plain = f.stripTrailingZeros();
      if (plain.scale() < 0) {
        plain = plain.setScale(0);
      }
      if (plain.scale() <= 9 && plain.precision() <= 18) {
        return new Factor(f, one, true, plain.unscaledValue().longValueExact(), plain.scale());
      }
      return new Factor(f, one, false, 0, 0);
    }

    BigDecimal times(BigDecimal max) {
      return maxes.computeIfAbsent(max, m -> m.multiply(value));
    }
  }
}
