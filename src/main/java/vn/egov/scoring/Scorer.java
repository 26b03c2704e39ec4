package vn.egov.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.CriterionResult;
import vn.egov.model.CriterionStatus;
import vn.egov.model.Evaluated;
import vn.egov.model.GroupResult;
import vn.egov.model.InputDef;
import vn.egov.model.Outcome;
import vn.egov.model.Problem;
import vn.egov.model.ScoringMethod;
import vn.egov.model.UnitReport;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.model.Value;
import vn.egov.model.Variant;
import vn.egov.model.Subject;

/**
 * Turns checked reports into points, totals and scores, twice: from self-assessed values and
 * from final values.
 *
 * <p>Guarantees: decimal arithmetic throughout; every criterion's points are rounded half-up to
 * the set's precision, and every total is a sum of rounded figures, so published tables add up;
 * a unit's points never go below 0; score = points × scale / applicable max, rounded once,
 * half-up ({@link Totals}). {@code relative} criteria are scored in a second pass over the unit group. The result
 * does not depend on the order of the subjects.
 */
public final class Scorer {
  private final CriteriaSet criteria;
  private final Totals totals;

  public Scorer(CriteriaSet criteria) {
    this.criteria = criteria;
    this.totals = new Totals(criteria);
    this.anyGroupBest = usesGroupBest(criteria);
    this.criterionCount = criteria.allCriteria().size();
    this.topLevelCount = criteria.groups().stream().mapToInt(g -> g.criteria().size()).sum();
    for (Criterion c : criteria.allCriteria()) {
      reads(c.method());
      c.overrides().values().forEach(o -> reads(o.method()));
    }
  }

  /** What a method reads: its inputs' positions in the set, ids and whether each is required. */
  private record Reads(int[] positions, String[] ids, boolean[] required) {}

  /** Every method's {@link Reads}, made once: a unit's loop over its criteria looks nothing up by id. */
  private final Map<ScoringMethod, Reads> reads = new IdentityHashMap<>();

  private void reads(ScoringMethod m) {
    if (m != null && !reads.containsKey(m)) {
      reads.put(m, readsOf(m));
    }
  }

  private Reads readsOf(ScoringMethod m) {
    int n = m.inputs().size();
    int[] positions = new int[n];
    String[] ids = new String[n];
    boolean[] required = new boolean[n];
    int k = 0;
    for (String input : m.inputs()) {
      positions[k] = criteria.inputPosition(input);
      ids[k] = input;
      InputDef def = criteria.inputOrNull(input);
      required[k] = def != null && def.required();
      k++;
    }
    return new Reads(positions, ids, required);
  }

  /** How many top-level criteria there are (to size a unit's list of results). */
  private final int topLevelCount;

  /** How many criteria there are, composite or not (to size the per-unit maps). */
  private final int criterionCount;

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
    List<CriterionResult> results = new ArrayList<>(topLevelCount);
    List<GroupResult> groups = new ArrayList<>(criteria.groups().size());
    Totals.Sum fin = totals.sum();
    Totals.Sum self = totals.sum();
    for (CriteriaGroup cg : criteria.groups()) {
      Totals.Sum gFin = totals.sum();
      Totals.Sum gSelf = totals.sum();
      List<Criterion> top = cg.criteria();
      for (int k = 0; k < top.size(); k++) { // no iterator: for every unit
        Criterion c = top.get(k);
        CriterionResult r = result(c, g, p, selfBest, finBest);
        results.add(r);
        gFin.add(c, r.max(), r.fin());
        gSelf.add(c, r.max(), r.self());
        warnUndefined(r, s, problems);
      }
      groups.add(new GroupResult(cg, gFin.points(), gFin.max(), gSelf.points(), gSelf.max()));
      fin.add(gFin.points(), gFin.max());
      self.add(gSelf.points(), gSelf.max());
    }
    UnitStatus status = s.rejected() || (strict && s.hasErrors()) ? UnitStatus.REJECTED : UnitStatus.SCORED;
    return new Scored(
        List.of(new UnitResult(s.unit(), status, fin.standing(), self.standing(), groups, results, s.report())),
        problems);
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
    for (CriteriaGroup cg : criteria.groups()) {
      List<Criterion> top = cg.criteria();
      for (int k = 0; k < top.size(); k++) { // no iterator: for every unit and variant
        values(top.get(k), top.get(k), s.unit(), s.report(), variant, numbers, out, self);
      }
    }
    return out;
  }

  private void values(
      Criterion c,
      Criterion top,
      vn.egov.model.Unit unit,
      UnitReport r,
      Variant variant,
      Map<String, BigDecimal> numbers,
      Map<Criterion, Pre> out,
      Map<Criterion, Pre> self) {
    List<Criterion> subs = c.criteria();
    for (int k = 0; k < subs.size(); k++) {
      values(subs.get(k), top, unit, r, variant, numbers, out, self);
    }
    if (c.composite()) {
      return;
    }
    String g = unit.group();
    if (!top.appliesTo(unit)) {
      out.put(c, NOT_APPLICABLE);
      return;
    }
    ScoringMethod m = c.methodFor(g);
    Reads in = reads.get(m); // made for every method of the set (read-only while units are scored)
    if (in == null) {
      in = readsOf(m); // a method the set's index does not reach (should not happen): made here, not kept
    }
    if (self != null && !anyAppraised(r, in)) {
      out.put(c, self.get(c)); // no appraisal touches it: final = self
      return;
    }
    boolean na = false;
    boolean missing = false;
    for (int k = 0; k < in.ids().length; k++) { // no iterator: called for every criterion of every unit
      vn.egov.model.Entry e = r.entryAt(in.positions()[k], in.ids()[k]);
      Value v = e == null ? null : variant.cell(e).value();
      na |= v instanceof Value.NotApplicable;
      missing |= v == null && in.required()[k];
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

  private static boolean anyAppraised(UnitReport r, Reads in) {
    for (int k = 0; k < in.ids().length; k++) {
      vn.egov.model.Entry e = r.entryAt(in.positions()[k], in.ids()[k]);
      if (e != null && e.appraised() != null && !e.appraised().blank()) {
        return true;
      }
    }
    return false;
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
          String key = GroupBests.key(e.getKey().id(), g);
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
      List<Criterion> kids = c.criteria();
      CriterionResult[] subs = new CriterionResult[kids.size()];
      Outcome[] fins = new Outcome[subs.length];
      Outcome[] selves = new Outcome[subs.length];
      boolean same = true;
      for (int k = 0; k < subs.length; k++) { // arrays, no lists: for every composite of every unit
        subs[k] = result(kids.get(k), g, p, selfBest, finBest);
        fins[k] = subs[k].fin();
        selves[k] = subs[k].self();
        same &= fins[k] == selves[k];
      }
      Outcome self = combine(c, max, selves);
      // no appraisal below: the final outcome is the self-assessed one, held once; List.of keeps
      // the array's copy as the record's list (its List.copyOf then copies nothing)
      return new CriterionResult(c, max, same ? self : combine(c, max, fins), self, List.of(subs));
    }
    Outcome self = leaf(c, g, max, p.self().get(c), selfBest);
    Pre finPre = p.fin().get(c);
    boolean same = finPre == p.self().get(c) && !c.methodFor(g).usesGroupBest();
    return new CriterionResult(c, max, same ? self : leaf(c, g, max, finPre, finBest), self, List.of());
  }

  private Outcome leaf(Criterion c, String g, BigDecimal max, Pre pre, Map<String, BigDecimal> bests) {
    return switch (pre.status()) {
      case NA, NOT_APPLICABLE ->
          pre.note() == null ? totals.plain(pre.status(), null) : new Outcome(pre.status(), null, null, pre.note());
      case MISSING, UNDEFINED ->
          pre.note() == null ? totals.plain(pre.status(), totals.zero()) : new Outcome(pre.status(), totals.zero(), null, pre.note());
      case SCORED -> {
        ScoringMethod m = c.methodFor(g);
        BigDecimal best = m.usesGroupBest() ? bests.get(GroupBests.key(c.id(), g)) : null;
        yield new Outcome(
            CriterionStatus.SCORED, totals.round(m.roundedPoints(pre.value(), max, best, totals.precision())), pre.value(), null);
      }
    };
  }

  private Outcome combine(Criterion c, BigDecimal max, Outcome[] subs) {
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
      return totals.plain(status, null);
    }
    return totals.combined(status, c, max, subs); // one instance per status and figure
  }

  /** Every criterion whose final value is undefined gets a warning: a sub-criterion too, of any kind. */
  private void warnUndefined(CriterionResult r, Subject s, List<Problem> problems) {
    if (r.criteria().isEmpty()) {
      if (r.fin().status() == CriterionStatus.UNDEFINED) {
        problems.add(
            Problem.warning(s.report().where(), "criterion.undefined", r.id(), r.fin().note())
                .about(s.unit().id(), null));
      }
      return;
    }
    List<CriterionResult> subs = r.criteria();
    for (int k = 0; k < subs.size(); k++) { // no lambda or iterator: for every criterion of every unit
      warnUndefined(subs.get(k), s, problems);
    }
  }
}
