package vn.egov.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.egov.model.Check;
import vn.egov.model.ChoiceOption;
import vn.egov.model.Combine;
import vn.egov.model.CriteriaSet;
import vn.egov.model.CriterionResult;
import vn.egov.model.CriterionStatus;
import vn.egov.model.Evaluated;
import vn.egov.model.GroupResult;
import vn.egov.model.InputDef;
import vn.egov.model.InputType;
import vn.egov.model.Kind;
import vn.egov.model.Results;
import vn.egov.model.ScoringMethod;
import vn.egov.model.Severity;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.model.Variant;
import vn.egov.model.Band;
import vn.egov.text.Messages;
import vn.egov.text.Numbers;

/**
 * Improvement hints: for every criterion where a unit is below max (or loses points to a
 * deduction), which input raised (or lowered, filled in, switched) to which value would earn how
 * many points, ordered by the points gained. Reusable by any output (scorecards, {@code explain}).
 *
 * <p>How a value is found: the criterion's method is evaluated, with the engine's expressions,
 * methods and rounding, on the unit's final numbers with one input changed. For a number the
 * smallest change that reaches a level is searched (the input's own steps: 1 for integers, 0.01
 * otherwise), assuming points move one way as the input does — true of every method of SPEC §2;
 * levels are compared before rounding, so a value is never suggested because rounding would lift
 * it (99.5 % for full points at 100 %).
 * Levels: for {@code bands} the next band up and the top band the input can reach; for the other
 * methods the most points the input can give on its own (full points where reachable, e.g. the
 * target of a proportional method, how many more items a count needs). Yes/no inputs are
 * switched; choices move to the next better and the best option. An input is moved in the
 * criterion's natural direction (up; down for deductions) and the other way only when no input can
 * help that way (lower-is-better methods). A value outside the input's {@code min}/{@code max} or
 * breaking a consistency rule of severity error (e.g. more staff with computers than staff) is
 * never suggested.
 */
public final class Hints {
  private Hints() {}

  /** The unit's hints, most points first; empty for units that sent nothing. */
  public static List<Hint> of(Results results, UnitResult unit) {
    return of(results, unit, (GroupBests) null);
  }

  /**
   * The unit's hints, with the final group bests of {@code results} found once for many units
   * ({@link GroupBests#of}; {@code null}: found when a relative criterion needs them).
   */
  public static List<Hint> of(Results results, UnitResult unit, GroupBests finalBests) {
    if (unit.status() == UnitStatus.NOT_SUBMITTED || unit.report() == null) {
      return List.of();
    }
    return new Finder(results, unit, finalBests).find();
  }

  /** The hints of one criterion (top-level or sub-criterion) only. */
  public static List<Hint> of(Results results, UnitResult unit, String criterionId) {
    return of(results, unit).stream()
        .filter(h -> h.criterionId().equals(criterionId) || h.topCriterionId().equals(criterionId))
        .toList();
  }

  /**
   * A hint in words, e.g. {@code 3.1: raise records_ontime (Số hồ sơ giải quyết đúng hạn) from
   * 30938 to 32052: +0.3 points (criterion 3.1: 14.5 → 15.0; score 95.1 → 95.3)}.
   */
  public static String describe(Hint h, Messages m, int precision) {
    String lang = m.language();
    String input = h.inputLabel() == null || h.inputLabel().isBlank() ? h.inputId() : h.inputLabel() + " (" + h.inputId() + ")";
    String to = value(h.to(), h.inputType(), lang);
    String from = h.from() == null ? m.get("hint.blank") : value(h.from(), h.inputType(), lang);
    String what =
        switch (h.action()) {
          case RAISE -> m.get("hint.raise", h.criterionId(), input, from, to);
          case LOWER -> m.get("hint.lower", h.criterionId(), input, from, to);
          case FILL -> m.get("hint.fill", h.criterionId(), input, to);
          case SET_TRUE -> m.get("hint.set_true", h.criterionId(), input);
          case SET_FALSE -> m.get("hint.set_false", h.criterionId(), input);
          case CHOOSE -> m.get("hint.choose", h.criterionId(), input, h.option());
        };
    String gain = Numbers.show(h.gain(), precision, lang);
    String before = Numbers.show(h.pointsBefore(), precision, lang);
    String after = Numbers.show(h.pointsAfter(), precision, lang);
    if (h.scoreAfter() == null) {
      return what + ": " + m.get("hint.gain.points", gain, h.topCriterionId(), before, after);
    }
    return what
        + ": "
        + m.get(
            "hint.gain",
            gain,
            h.topCriterionId(),
            before,
            after,
            Numbers.show(h.scoreBefore(), precision, lang),
            Numbers.show(h.scoreAfter(), precision, lang));
  }

  private static String value(BigDecimal v, String type, String lang) {
    String s = v.stripTrailingZeros().toPlainString();
    s = "vi".equals(lang) ? s.replace('.', ',') : s;
    return InputType.PERCENT.key().equals(type) ? s + "%" : s;
  }

  /**
   * The unit's numbers with one input changed, without copying them (a search tries many values of
   * many inputs): lookups see the change; iterating copies.
   */
  private static final class Changed extends java.util.AbstractMap<String, BigDecimal> {
    private final Map<String, BigDecimal> numbers;
    private final String var;
    private final BigDecimal x;

    Changed(Map<String, BigDecimal> numbers, String var, BigDecimal x) {
      this.numbers = numbers;
      this.var = var;
      this.x = x;
    }

    @Override
    public BigDecimal get(Object key) {
      return var.equals(key) ? x : numbers.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return var.equals(key) || numbers.containsKey(key);
    }

    @Override
    public java.util.Set<Entry<String, BigDecimal>> entrySet() {
      Map<String, BigDecimal> copy = new HashMap<>(numbers);
      copy.put(var, x);
      return copy.entrySet();
    }
  }

  /** Finds the hints of one unit. */
  private static final class Finder {
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final Results results;
    private final CriteriaSet set;
    private final UnitResult unit;
    private final String group;
    private final int precision;
    private final Map<String, BigDecimal> numbers;
    private final BigDecimal rawTotal;
    private GroupBests bests;
    private final List<Candidate> found = new ArrayList<>();
    private int order;

    /** A hint and where its criterion stands in the criteria set, for a stable order. */
    private record Candidate(Hint hint, int order, BigDecimal change) {}

    Finder(Results results, UnitResult unit, GroupBests bests) {
      this.results = results;
      this.bests = bests;
      this.set = results.criteria();
      this.unit = unit;
      this.group = unit.unit().group();
      this.precision = set.scoring().precision();
      this.numbers = unit.report().numbers(set, Variant.FINAL);
      BigDecimal sum = BigDecimal.ZERO;
      for (GroupResult g : unit.groups()) {
        sum = sum.add(g.points());
      }
      this.rawTotal = sum;
    }

    List<Hint> find() {
      for (CriterionResult top : unit.criteria()) {
        if (top.fin().status().counts()) {
          leaves(top, top);
        }
      }
      Map<String, Candidate> distinct = new LinkedHashMap<>();
      for (Candidate c : found) {
        Hint h = c.hint();
        if (h.gain().signum() > 0) {
          distinct.putIfAbsent(h.criterionId() + "\u0000" + h.inputId() + "\u0000" + h.to().stripTrailingZeros(), c);
        }
      }
      return distinct.values().stream()
          .sorted(
              Comparator.comparing((Candidate c) -> c.hint().gain(), Comparator.reverseOrder())
                  .thenComparingInt(Candidate::order)
                  .thenComparing(Candidate::change))
          .map(Candidate::hint)
          .toList();
    }

    private void leaves(CriterionResult r, CriterionResult top) {
      order++;
      if (!r.criteria().isEmpty()) {
        r.criteria().forEach(sub -> leaves(sub, top));
        return;
      }
      CriterionStatus s = r.fin().status();
      if (s != CriterionStatus.SCORED && s != CriterionStatus.MISSING) {
        return;
      }
      boolean deduction = top.criterion().kind() == Kind.DEDUCTION;
      BigDecimal now = r.fin().points();
      if (deduction ? now.signum() <= 0 : now.compareTo(r.max()) >= 0) {
        return;
      }
      leaf(r, top, deduction, now);
    }

    private void leaf(CriterionResult r, CriterionResult top, boolean deduction, BigDecimal now) {
      ScoringMethod m = r.criterion().methodFor(group);
      List<Candidate> natural = new ArrayList<>();
      List<Candidate> opposite = new ArrayList<>();
      Predicate<BigDecimal> better = p -> p != null && (deduction ? p.compareTo(now) < 0 : p.compareTo(now) > 0);
      for (String var : variables(m)) {
        InputDef def = set.input(var).orElse(null);
        if (def == null || !def.type().numeric()) {
          continue;
        }
        BigDecimal x0 = numbers.get(var);
        switch (def.type()) {
          case BOOLEAN -> {
            BigDecimal flipped = x0 != null && x0.signum() != 0 ? BigDecimal.ZERO : BigDecimal.ONE;
            BigDecimal p = points(r, var, flipped);
            if (better.test(p)) {
              Hint.Action a = flipped.signum() != 0 ? Hint.Action.SET_TRUE : Hint.Action.SET_FALSE;
              natural.add(candidate(r, top, def, a, x0, flipped, null, round(p)));
            }
          }
          case CHOICE -> choices(r, top, def, x0, better, natural);
          default -> numeric(r, top, def, m, x0, deduction, better, natural, opposite);
        }
      }
      found.addAll(natural.isEmpty() ? opposite : natural);
    }

    private void choices(
        CriterionResult r, CriterionResult top, InputDef def, BigDecimal x0, Predicate<BigDecimal> better, List<Candidate> out) {
      Candidate next = null;
      Candidate best = null;
      for (ChoiceOption o : def.options()) {
        BigDecimal p = points(r, def.id(), o.points());
        if (!better.test(p)) {
          continue;
        }
        String label = o.label() == null || o.label().isBlank() ? o.value() : o.label();
        Candidate c = candidate(r, top, def, Hint.Action.CHOOSE, x0, o.points(), label, round(p));
        if (next == null || c.hint().gain().compareTo(next.hint().gain()) < 0) {
          next = c;
        }
        if (best == null || c.hint().gain().compareTo(best.hint().gain()) > 0) {
          best = c;
        }
      }
      if (next != null) {
        out.add(next);
        if (best != next) {
          out.add(best);
        }
      }
    }

    private void numeric(
        CriterionResult r,
        CriterionResult top,
        InputDef def,
        ScoringMethod m,
        BigDecimal x0,
        boolean deduction,
        Predicate<BigDecimal> better,
        List<Candidate> natural,
        List<Candidate> opposite) {
      BigDecimal start = x0 == null ? BigDecimal.ZERO : x0;
      BigDecimal step = def.type() == InputType.INTEGER ? BigDecimal.ONE : HUNDREDTH;
      for (int dir : new int[] {deduction ? -1 : 1, deduction ? 1 : -1}) {
        BigDecimal bound = bound(def, start, dir);
        if (bound == null || (dir > 0 ? bound.compareTo(start) <= 0 : bound.compareTo(start) >= 0)) {
          continue;
        }
        BigDecimal atBound = points(r, def.id(), bound);
        if (!better.test(atBound)) {
          continue;
        }
        boolean isNatural = dir == (deduction ? -1 : 1);
        for (BigDecimal level : levels(r, m, atBound, deduction, better)) {
          Predicate<BigDecimal> reaches =
              p -> p != null && (deduction ? p.compareTo(level) <= 0 : p.compareTo(level) >= 0);
          BigDecimal x = solve(r, def.id(), start, bound, step, dir, reaches);
          if (x == null || !consistent(def.id(), x)) {
            continue;
          }
          Hint.Action a = x0 == null ? Hint.Action.FILL : dir > 0 ? Hint.Action.RAISE : Hint.Action.LOWER;
          (isNatural ? natural : opposite).add(candidate(r, top, def, a, x0, x, null, round(points(r, def.id(), x))));
        }
      }
    }

    /** The levels worth reaching: the next and the top band within reach, or the reachable best. */
    private List<BigDecimal> levels(
        CriterionResult r, ScoringMethod m, BigDecimal reachable, boolean deduction, Predicate<BigDecimal> better) {
      if (!"bands".equals(m.type()) || !(m.parameters().get("bands") instanceof List<?> bands)) {
        return List.of(reachable);
      }
      List<BigDecimal> points = new ArrayList<>();
      for (Object o : bands) {
        BigDecimal p = ((Band) o).points().min(r.max()).max(BigDecimal.ZERO);
        boolean inReach = deduction ? p.compareTo(reachable) >= 0 : p.compareTo(reachable) <= 0;
        if (better.test(p) && inReach && points.stream().noneMatch(q -> q.compareTo(p) == 0)) {
          points.add(p);
        }
      }
      if (points.isEmpty()) {
        return List.of(reachable);
      }
      points.sort(deduction ? Comparator.reverseOrder() : Comparator.naturalOrder());
      BigDecimal next = points.get(0);
      BigDecimal last = points.get(points.size() - 1);
      return next.compareTo(last) == 0 ? List.of(next) : List.of(next, last);
    }

    /** How far an input may move: its min or max, 0–100 for percents, else far (a million times). */
    private static BigDecimal bound(InputDef def, BigDecimal start, int dir) {
      if (dir > 0) {
        if (def.max() != null) {
          return def.max();
        }
        if (def.type() == InputType.PERCENT) {
          return BigDecimal.valueOf(100);
        }
        return start.abs().max(BigDecimal.ONE).multiply(MILLION).add(MILLION);
      }
      if (def.min() != null) {
        return def.min();
      }
      return BigDecimal.ZERO;
    }

    /**
     * The value nearest {@code start}, in steps of {@code step} towards {@code bound}, whose points
     * reach the level: doubling steps until it is reached, then halving the interval.
     */
    private BigDecimal solve(
        CriterionResult r, String var, BigDecimal start, BigDecimal bound, BigDecimal step, int dir, Predicate<BigDecimal> reaches) {
      long steps = bound.subtract(start).abs().divide(step, 0, RoundingMode.FLOOR).longValueExact();
      if (steps <= 0) {
        return null;
      }
      long bad = 0;
      long k = 1;
      while (true) {
        if (k > steps) {
          k = steps;
        }
        if (reaches.test(points(r, var, at(start, step, dir, k)))) {
          break;
        }
        bad = k;
        if (k == steps) {
          return null;
        }
        k *= 2;
      }
      long good = k;
      while (good - bad > 1) {
        long mid = bad + (good - bad) / 2;
        if (reaches.test(points(r, var, at(start, step, dir, mid)))) {
          good = mid;
        } else {
          bad = mid;
        }
      }
      return at(start, step, dir, good);
    }

    private static BigDecimal at(BigDecimal start, BigDecimal step, int dir, long k) {
      return start.add(step.multiply(BigDecimal.valueOf(dir * k)));
    }

    /** Whether no consistency rule of severity error that held before breaks with the new value. */
    private boolean consistent(String var, BigDecimal x) {
      Map<String, BigDecimal> changed = with(var, x);
      for (Check c : set.checks()) {
        if (c.severity() == Severity.ERROR && c.inputs().contains(var)) {
          Boolean before = c.rule().apply(numbers);
          Boolean after = c.rule().apply(changed);
          if (Boolean.FALSE.equals(after) && !Boolean.FALSE.equals(before)) {
            return false;
          }
        }
      }
      return true;
    }

    private Map<String, BigDecimal> with(String var, BigDecimal x) {
      return new Changed(numbers, var, x);
    }

    /**
     * The leaf's points with one input changed, by the engine's method, before rounding (so that a
     * value is never suggested for reaching a level only through rounding); {@code null} when still
     * missing or undefined.
     */
    private BigDecimal points(CriterionResult r, String var, BigDecimal x) {
      ScoringMethod m = r.criterion().methodFor(group);
      Map<String, BigDecimal> changed = with(var, x);
      for (String input : m.inputs()) {
        if (!changed.containsKey(input)) {
          return null; // a required input still blank: the criterion stays missing
        }
      }
      Evaluated e = m.value(changed);
      if (!e.defined()) {
        return null;
      }
      BigDecimal best = null;
      if (m.usesGroupBest()) {
        if (bests == null) {
          bests = GroupBests.of(results.units(), Variant.FINAL);
        }
        BigDecimal b = bests.best(r.criterion(), group);
        // the unit's new value takes part in the group's best, as it would when scored
        best = b == null ? m.best(List.of(e.value())) : m.best(List.of(b, e.value()));
      }
      return m.points(e.value(), r.max(), best);
    }

    private Candidate candidate(
        CriterionResult r, CriterionResult top, InputDef def, Hint.Action action, BigDecimal from, BigDecimal to, String option, BigDecimal leafAfter) {
      BigDecimal before = top.fin().points();
      BigDecimal after = topAfter(top, r, leafAfter);
      BigDecimal delta = after.subtract(before);
      BigDecimal raw = rawTotal.add(top.criterion().kind() == Kind.DEDUCTION ? delta.negate() : delta);
      BigDecimal total = raw.signum() < 0 ? BigDecimal.ZERO.setScale(precision) : raw;
      BigDecimal max = unit.fin().max();
      BigDecimal score =
          max == null || max.signum() == 0
              ? null
              : total.multiply(set.scoring().scale()).divide(max, precision, RoundingMode.HALF_UP);
      Hint h =
          new Hint(
              r.id(),
              r.criterion().name(),
              top.id(),
              def.id(),
              def.label(),
              def.type().key(),
              def.unit(),
              action,
              from,
              to,
              option,
              before,
              after,
              total.subtract(unit.fin().points()),
              unit.fin().score(),
              score);
      BigDecimal change = from == null ? to.abs() : to.subtract(from).abs();
      return new Candidate(h, order, change);
    }

    /** The top-level criterion's points with one leaf's points replaced, combined as the engine does. */
    private BigDecimal topAfter(CriterionResult r, CriterionResult leaf, BigDecimal leafPoints) {
      if (r == leaf) {
        return leafPoints;
      }
      if (r.criteria().isEmpty()) {
        return r.fin().points();
      }
      BigDecimal sum = BigDecimal.ZERO.setScale(precision);
      for (CriterionResult sub : r.criteria()) {
        BigDecimal p = topAfter(sub, leaf, leafPoints);
        if (p != null) {
          sum = r.criterion().combine() == Combine.MAX ? sum.max(p) : sum.add(p);
        }
      }
      return round(sum.min(r.max()));
    }

    private BigDecimal round(BigDecimal v) {
      return v.setScale(precision, RoundingMode.HALF_UP);
    }

    /** The inputs a method reads, in the order its expression or key names them. */
    private List<String> variables(ScoringMethod m) {
      return MethodInputs.of(m);
    }
  }
}
