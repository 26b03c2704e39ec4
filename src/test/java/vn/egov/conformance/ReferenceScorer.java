package vn.egov.conformance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.conformance.SetSpec.Cell;
import vn.egov.conformance.SetSpec.ClassBand;
import vn.egov.conformance.SetSpec.Criterion;
import vn.egov.conformance.SetSpec.Group;
import vn.egov.conformance.SetSpec.Input;
import vn.egov.conformance.SetSpec.Method;
import vn.egov.conformance.SetSpec.Typed;
import vn.egov.conformance.SetSpec.Unit;

/**
 * SPEC §2 and §3 scoring, written again from SPEC alone over a {@link SetSpec}: which values
 * count, each method's points, sub-criteria, totals, score, rank and class, self and final. Plain
 * loops over plain data; exact decimals (a method's points are the exact quotient rounded
 * half-up once to the set's precision); expressions through {@link ReferenceExpr} at a given
 * number of digits. It imports nothing of egov.
 *
 * <p>Where SPEC is silent it follows the engine, and says so here:
 *
 * <ul>
 *   <li>a criterion one of whose inputs is N/A is {@code na} even when a blank required input
 *       would make it {@code missing};
 *   <li>{@code relative} points are kept within 0..max (SPEC's M × v / best is negative for a
 *       negative v);
 *   <li>a unit whose applicable max is 0 has no score, and with {@code by: score} no rank and
 *       no class;
 *   <li>in a tiebreak, a group or criterion without points (N/A, not applicable) counts as lower
 *       than any points;
 *   <li>every scored unit is classified, ranked or not.
 * </ul>
 */
final class ReferenceScorer {
  /** A criterion's outcome for one unit and variant. */
  record Out(String status, BigDecimal points) {}

  /** A unit's totals for one variant. */
  record Standing(BigDecimal points, BigDecimal max, BigDecimal score, Integer rank, String classification) {}

  /** Everything the reference says about a unit. */
  record UnitOut(
      String status,
      Standing fin,
      Standing self,
      Map<String, Out> finCriteria,
      Map<String, Out> selfCriteria,
      Map<String, BigDecimal> finGroups,
      Map<String, BigDecimal> selfGroups) {}

  private final SetSpec s;
  private final MathContext mc;

  ReferenceScorer(SetSpec s, MathContext mc) {
    this.s = s;
    this.mc = mc;
  }

  /** A leaf's value before points: status and v. */
  private record Pre(String status, BigDecimal v) {}

  Map<String, UnitOut> score() {
    // 1. every leaf's status and value, per unit and variant
    Map<String, Map<String, Pre>> selfPre = new LinkedHashMap<>();
    Map<String, Map<String, Pre>> finPre = new LinkedHashMap<>();
    for (Unit u : s.units) {
      if (u.submitted()) {
        selfPre.put(u.id(), pres(u, false));
        finPre.put(u.id(), pres(u, true));
      }
    }
    // 2. the group bests of relative criteria, per variant
    Map<String, BigDecimal> selfBest = bests(selfPre);
    Map<String, BigDecimal> finBest = bests(finPre);
    // 3. points, totals
    Map<String, UnitOut> out = new LinkedHashMap<>();
    Map<String, Standing> fins = new LinkedHashMap<>();
    Map<String, Standing> selves = new LinkedHashMap<>();
    Map<String, Map<String, Out>> finCriteria = new HashMap<>();
    Map<String, Map<String, Out>> selfCriteria = new HashMap<>();
    Map<String, Map<String, BigDecimal>> finGroups = new HashMap<>();
    Map<String, Map<String, BigDecimal>> selfGroups = new HashMap<>();
    for (Unit u : s.units) {
      if (!u.submitted()) {
        continue;
      }
      for (boolean fin : new boolean[] {false, true}) {
        Map<String, Out> crit = new LinkedHashMap<>();
        Map<String, BigDecimal> groupPoints = new LinkedHashMap<>();
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (Group g : s.groups) {
          BigDecimal gp = BigDecimal.ZERO;
          for (Criterion c : g.criteria()) {
            Out o = outcome(c, c, u, fin ? finPre.get(u.id()) : selfPre.get(u.id()), fin ? finBest : selfBest, crit);
            BigDecimal p = o.points() == null ? BigDecimal.ZERO : o.points();
            switch (c.kind()) {
              case "bonus" -> gp = gp.add(p);
              case "deduction" -> gp = gp.subtract(p);
              default -> {
                gp = gp.add(p);
                // applicable max: applicable, non-N/A, normal criteria
                if (o.status().equals("scored") || o.status().equals("missing") || o.status().equals("undefined")) {
                  max = max.add(c.maxFor(u.group()));
                }
              }
            }
          }
          groupPoints.put(g.id(), gp);
          points = points.add(gp);
        }
        points = points.max(BigDecimal.ZERO); // never below 0
        // score = round(points / applicable max × scale): the exact quotient rounded once
        BigDecimal score = max.signum() == 0 ? null : points.multiply(s.scale).divide(max, s.precision, RoundingMode.HALF_UP);
        Standing st = new Standing(points, max, score, null, null);
        (fin ? fins : selves).put(u.id(), st);
        (fin ? finCriteria : selfCriteria).put(u.id(), crit);
        (fin ? finGroups : selfGroups).put(u.id(), groupPoints);
      }
    }
    // 4. ranks and classes
    rankAndClassify(fins, finCriteria, finGroups);
    rankAndClassify(selves, selfCriteria, selfGroups);
    for (Unit u : s.units) {
      if (u.submitted()) {
        out.put(u.id(), new UnitOut("scored", fins.get(u.id()), selves.get(u.id()),
            finCriteria.get(u.id()), selfCriteria.get(u.id()), finGroups.get(u.id()), selfGroups.get(u.id())));
      } else {
        out.put(u.id(), new UnitOut("not_submitted", null, null, Map.of(), Map.of(), Map.of(), Map.of()));
      }
    }
    return out;
  }

  // ---- values ----

  /** What SPEC reads from a cell for this unit: a number, N/A, or nothing (blank or invalid). */
  private record Read(boolean na, BigDecimal value) {
    static final Read NOTHING = new Read(false, null);
  }

  private Read read(Input in, Typed t, Unit u) {
    if (t.blank()) {
      return Read.NOTHING;
    }
    if (t.na()) {
      // N/A is accepted only where every top-level criterion using the input allows it
      return naAccepted(in, u.group()) ? new Read(true, null) : Read.NOTHING;
    }
    BigDecimal v = t.value();
    BigDecimal min = in.min();
    BigDecimal max = in.max();
    switch (in.type()) {
      case PERCENT -> {
        min = min == null ? BigDecimal.ZERO : min;
        max = max == null ? BigDecimal.valueOf(100) : max;
      }
      case POINTS -> {
        min = BigDecimal.ZERO;
        max = s.manualMax(in.id(), u.group());
      }
      default -> {}
    }
    if ((min != null && v.compareTo(min) < 0) || (max != null && v.compareTo(max) > 0)) {
      return Read.NOTHING; // an invalid value counts as blank
    }
    return new Read(false, v);
  }

  private boolean naAccepted(Input in, String group) {
    for (Group g : s.groups) {
      for (Criterion c : g.criteria()) {
        if (uses(c, in.id()) && c.appliesTo(group) && !c.naAllowedFor(group)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean uses(Criterion c, String input) {
    if (!c.composite()) {
      if (inputsOf(c.method()).contains(input)) {
        return true;
      }
      for (SetSpec.Override o : c.overrides().values()) {
        if (o.method() != null && inputsOf(o.method()).contains(input)) {
          return true;
        }
      }
      return false;
    }
    return c.subs().stream().anyMatch(sub -> uses(sub, input));
  }

  private static java.util.Set<String> inputsOf(Method m) {
    return m.value() != null ? ReferenceExpr.variables(m.value()) : java.util.Set.of(m.input());
  }

  private Map<String, Pre> pres(Unit u, boolean fin) {
    Map<String, Cell> cells = s.report.get(u.id());
    Map<String, Read> reads = new HashMap<>();
    for (Input in : s.inputs.values()) {
      Cell c = cells.get(in.id());
      // the final value is the appraised one where present, else the self-assessed one
      Typed t = fin && !c.appraised().blank() ? c.appraised() : c.self();
      reads.put(in.id(), read(in, t, u));
    }
    Map<String, Pre> out = new HashMap<>();
    for (Group g : s.groups) {
      for (Criterion c : g.criteria()) {
        pre(c, c, u, reads, out);
      }
    }
    return out;
  }

  private void pre(Criterion c, Criterion top, Unit u, Map<String, Read> reads, Map<String, Pre> out) {
    if (c.composite()) {
      c.subs().forEach(sub -> pre(sub, top, u, reads, out));
      return;
    }
    if (!top.appliesTo(u.group())) {
      out.put(c.id(), new Pre("not_applicable", null));
      return;
    }
    Method m = c.methodFor(u.group());
    boolean na = false;
    boolean missing = false;
    Map<String, BigDecimal> values = new HashMap<>();
    for (String id : inputsOf(m)) {
      Read rd = reads.get(id);
      Input in = s.inputs.get(id);
      if (rd.na()) {
        na = true;
      } else if (rd.value() == null) {
        missing |= in.required();
        values.put(id, BigDecimal.ZERO); // a blank optional input counts as 0 or false
      } else {
        values.put(id, rd.value());
      }
    }
    if (na) {
      out.put(c.id(), new Pre("na", null));
      return;
    }
    if (missing) {
      out.put(c.id(), new Pre("missing", null));
      return;
    }
    BigDecimal v;
    if (m.value() != null) {
      try {
        v = ReferenceExpr.eval(m.value(), values, mc);
      } catch (ReferenceExpr.Undefined e) {
        boolean asNa = m.onUndefinedNa() && top.naAllowedFor(u.group());
        out.put(c.id(), new Pre(asNa ? "na" : "undefined", null));
        return;
      }
    } else {
      v = values.get(m.input());
    }
    out.put(c.id(), new Pre("scored", v));
  }

  /**
   * best per (criterion, unit group): over the submitted units of the group where the criterion
   * applies and v is defined — the highest v, or with lower_is_better the lowest positive v.
   */
  private Map<String, BigDecimal> bests(Map<String, Map<String, Pre>> pres) {
    Map<String, BigDecimal> out = new HashMap<>();
    for (Unit u : s.units) {
      if (!u.submitted()) {
        continue;
      }
      for (Group g : s.groups) {
        for (Criterion top : g.criteria()) {
          for (Criterion c : leaves(top)) {
            Method m = c.methodFor(u.group());
            Pre p = pres.get(u.id()).get(c.id());
            if (!m.type().equals("relative") || !p.status().equals("scored")) {
              continue;
            }
            String key = c.id() + "@" + u.group();
            BigDecimal v = p.v();
            BigDecimal best = out.get(key);
            if (m.lowerIsBetter()) {
              if (v.signum() > 0 && (best == null || v.compareTo(best) < 0)) {
                out.put(key, v);
              }
            } else if (best == null || v.compareTo(best) > 0) {
              out.put(key, v);
            }
          }
        }
      }
    }
    return out;
  }

  private static List<Criterion> leaves(Criterion c) {
    if (!c.composite()) {
      return List.of(c);
    }
    List<Criterion> out = new ArrayList<>();
    c.subs().forEach(sub -> out.addAll(leaves(sub)));
    return out;
  }

  // ---- points ----

  private BigDecimal round(BigDecimal v) {
    return v.setScale(s.precision, RoundingMode.HALF_UP);
  }

  /** round(a / b), the exact quotient rounded once. */
  private BigDecimal roundedQuotient(BigDecimal a, BigDecimal b) {
    return a.divide(b, s.precision, RoundingMode.HALF_UP);
  }

  private static BigDecimal clamp(BigDecimal v, BigDecimal max) {
    return v.max(BigDecimal.ZERO).min(max);
  }

  private Out outcome(
      Criterion c, Criterion top, Unit u, Map<String, Pre> pres, Map<String, BigDecimal> bests, Map<String, Out> into) {
    String g = u.group();
    BigDecimal max = c.maxFor(g);
    Out o;
    if (c.composite()) {
      List<Out> subs = new ArrayList<>();
      for (Criterion sub : c.subs()) {
        subs.add(outcome(sub, top, u, pres, bests, into));
      }
      // scored if any sub-criterion is scored, else na if all are N/A, else missing if any is
      // missing, else undefined (not applicable: the whole criterion does not apply)
      String status;
      if (subs.stream().anyMatch(x -> x.status().equals("scored"))) {
        status = "scored";
      } else if (subs.stream().allMatch(x -> x.status().equals("not_applicable"))) {
        status = "not_applicable";
      } else if (subs.stream().allMatch(x -> x.status().equals("na"))) {
        status = "na";
      } else if (subs.stream().anyMatch(x -> x.status().equals("missing"))) {
        status = "missing";
      } else {
        status = "undefined";
      }
      if (status.equals("na") || status.equals("not_applicable")) {
        o = new Out(status, null);
      } else {
        // the sum of the sub-criteria's rounded points, or the highest of them, capped at M
        BigDecimal p = BigDecimal.ZERO;
        for (Out x : subs) {
          if (x.points() != null) {
            p = c.combine().equals("max") ? p.max(x.points()) : p.add(x.points());
          }
        }
        o = new Out(status, round(p.min(max)));
      }
    } else {
      Pre p = pres.get(c.id());
      o = switch (p.status()) {
        case "na", "not_applicable" -> new Out(p.status(), null);
        case "missing", "undefined" -> new Out(p.status(), round(BigDecimal.ZERO));
        default -> new Out("scored", points(c.methodFor(g), p.v(), max, bests.get(c.id() + "@" + g)));
      };
    }
    into.put(c.id(), o);
    return o;
  }

  /** SPEC §2's table of methods, M the criterion's max for the unit's group. */
  private BigDecimal points(Method m, BigDecimal v, BigDecimal M, BigDecimal best) {
    switch (m.type()) {
      case "boolean":
        return round(v.signum() != 0 ? M : BigDecimal.ZERO);
      case "choice":
      case "manual":
        return round(v);
      case "bands":
        for (SetSpec.Band b : m.bands()) {
          if ((b.min() == null || b.min().compareTo(v) <= 0) && (b.max() == null || v.compareTo(b.max()) <= 0)) {
            return round(b.points());
          }
        }
        return round(BigDecimal.ZERO);
      case "proportional": {
        // M × clamp((v − floor) / (target − floor), 0, 1); target < floor: lower is better
        BigDecimal target = m.target() == null ? BigDecimal.ONE : m.target();
        BigDecimal floor = m.floor() == null ? BigDecimal.ZERO : m.floor();
        BigDecimal num = v.subtract(floor);
        BigDecimal den = target.subtract(floor);
        if (den.signum() < 0) {
          num = num.negate();
          den = den.negate();
        }
        if (num.signum() <= 0) {
          return round(BigDecimal.ZERO);
        }
        if (num.compareTo(den) >= 0) {
          return round(M);
        }
        return roundedQuotient(M.multiply(num), den);
      }
      case "count":
        return round(clamp(v.multiply(m.each()), M));
      case "formula":
        return round(clamp(v, M));
      default: {
        // relative: M × v / best (best ≤ 0 → 0); lower_is_better: v ≤ 0 → M, else M × best / v
        if (m.lowerIsBetter()) {
          if (v.signum() <= 0) {
            return round(M);
          }
          return clamp(roundedQuotient(M.multiply(best), v), round(M));
        }
        if (best == null || best.signum() <= 0) {
          return round(BigDecimal.ZERO);
        }
        return clamp(roundedQuotient(M.multiply(v), best), round(M));
      }
    }
  }

  // ---- ranks and classes ----

  private void rankAndClassify(
      Map<String, Standing> standings, Map<String, Map<String, Out>> criteria, Map<String, Map<String, BigDecimal>> groups) {
    Map<String, Unit> byId = new HashMap<>();
    s.units.forEach(u -> byId.put(u.id(), u));
    Map<String, Standing> ranked = new HashMap<>();
    for (Map.Entry<String, Standing> e : standings.entrySet()) {
      Unit u = byId.get(e.getKey());
      Standing st = e.getValue();
      Integer rank = null;
      BigDecimal figure = figure(st, s.rankBy);
      if (u.ranked() && figure != null) {
        // standard competition ranking: 1 + the number of units strictly better
        int better = 0;
        for (Map.Entry<String, Standing> o : standings.entrySet()) {
          Unit other = byId.get(o.getKey());
          BigDecimal of = figure(o.getValue(), s.rankBy);
          if (other.group().equals(u.group()) && other.ranked() && of != null
              && better(of, figure, o.getKey(), e.getKey(), criteria, groups)) {
            better++;
          }
        }
        rank = 1 + better;
      }
      ranked.put(e.getKey(), new Standing(st.points(), st.max(), st.score(), rank, classify(u, st)));
    }
    standings.putAll(ranked);
  }

  private static BigDecimal figure(Standing st, String by) {
    return by.equals("points") ? st.points() : st.score();
  }

  /** Whether unit a (figure fa) ranks above unit b (figure fb): the figure, then each tiebreak, higher wins. */
  private boolean better(
      BigDecimal fa, BigDecimal fb, String a, String b,
      Map<String, Map<String, Out>> criteria, Map<String, Map<String, BigDecimal>> groups) {
    int c = fa.compareTo(fb);
    if (c != 0) {
      return c > 0;
    }
    for (String t : s.tiebreak) {
      BigDecimal ta = tiebreak(a, t, criteria, groups);
      BigDecimal tb = tiebreak(b, t, criteria, groups);
      if (ta == null && tb == null) {
        continue;
      }
      if (ta == null || tb == null) {
        return tb == null; // no points counts as lowest
      }
      int k = ta.compareTo(tb);
      if (k != 0) {
        return k > 0;
      }
    }
    return false;
  }

  private static BigDecimal tiebreak(
      String unit, String id, Map<String, Map<String, Out>> criteria, Map<String, Map<String, BigDecimal>> groups) {
    BigDecimal g = groups.get(unit).get(id);
    if (g != null) {
      return g;
    }
    Out o = criteria.get(unit).get(id);
    return o == null ? null : o.points();
  }

  private String classify(Unit u, Standing st) {
    if (s.classBy == null) {
      return null;
    }
    List<ClassBand> bands = s.classOverrides.getOrDefault(u.group(), s.classBands);
    BigDecimal v = figure(st, s.classBy);
    if (bands.isEmpty() || v == null) {
      return null;
    }
    for (ClassBand b : bands) {
      if (b.min().compareTo(v) <= 0) {
        return b.label();
      }
    }
    return "unclassified";
  }
}
