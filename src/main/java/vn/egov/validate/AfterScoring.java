package vn.egov.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.CriterionResult;
import vn.egov.model.Entry;
import vn.egov.model.Location;
import vn.egov.model.Previous;
import vn.egov.model.Problem;
import vn.egov.model.ScoringMethod;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;

/**
 * Checks that need the scores: points claimed without the evidence the criterion requires, and,
 * against last year's results, values and scores that moved implausibly far.
 */
public final class AfterScoring {
  /** Default factor beyond which a value's move from last year is questioned (×2 or ÷2). */
  public static final BigDecimal DEFAULT_FACTOR = BigDecimal.valueOf(2);

  private final CriteriaSet criteria;

  public AfterScoring(CriteriaSet criteria) {
    this.criteria = criteria;
  }

  /** Problems of the scored units; {@code previous} may be {@code null}. */
  public List<Problem> check(List<UnitResult> units, Previous previous, BigDecimal factor) {
    List<Problem> out = new ArrayList<>();
    for (UnitResult u : units) {
      if (u.status() == UnitStatus.NOT_SUBMITTED || u.report() == null || u.report().overlapping()) {
        continue; // nothing sent, or nothing taken from what was sent
      }
      List<CriterionResult> results = u.criteria();
      for (int k = 0; k < results.size(); k++) { // no iterator: for every unit
        evidence(u, results.get(k), out);
      }
      if (previous != null) {
        Previous.Unit last = previous.units().get(u.id());
        if (last != null) {
          plausibility(u, last, factor, out);
        }
      }
    }
    return out;
  }

  private void evidence(UnitResult u, CriterionResult r, List<Problem> out) {
    Criterion c = r.criterion();
    BigDecimal claimed = r.self().points();
    if (c.evidenceRequired() && claimed != null && claimed.signum() > 0) {
      List<String> inputs =
          inputsOf.computeIfAbsent(c, k -> new java.util.HashMap<>()).computeIfAbsent(u.unit().group(), g -> inputsOf(c, g));
      boolean any = false;
      for (int k = 0; k < inputs.size() && !any; k++) {
        Entry e = u.report().entries().get(inputs.get(k));
        any = e != null && e.evidence() != null && !e.evidence().isBlank();
      }
      if (!any) {
        String first = inputs.isEmpty() ? null : inputs.get(0);
        Entry entry = first == null ? null : u.report().entries().get(first);
        Location where =
            entry != null && entry.evidenceWhere() != null
                ? entry.evidenceWhere() // the blank evidence cell, where the fix goes
                : first == null ? u.report().where() : u.report().whereOf(first);
        out.add(
            Problem.error(where, "evidence.missing", c.id(), c.name(), claimed.stripTrailingZeros().toPlainString())
                .about(u.id(), first));
      }
      return;
    }
    List<CriterionResult> subs = r.criteria();
    for (int k = 0; k < subs.size(); k++) {
      evidence(u, subs.get(k), out);
    }
  }

  /** {@link #inputsOf} by criterion and unit group, made once per run (not per unit). */
  private final Map<Criterion, Map<String, List<String>>> inputsOf = new java.util.IdentityHashMap<>();

  private static List<String> inputsOf(Criterion c, String group) {
    List<String> out = new ArrayList<>(c.inputs());
    ScoringMethod m = c.methodFor(group);
    if (m != null) {
      m.inputs().stream().filter(i -> !out.contains(i)).forEach(out::add);
    }
    for (Criterion sub : c.criteria()) {
      inputsOf(sub, group).stream().filter(i -> !out.contains(i)).forEach(out::add);
    }
    return out;
  }

  private void plausibility(UnitResult u, Previous.Unit last, BigDecimal factor, List<Problem> out) {
    Map<String, BigDecimal> now = u.report().numbers(criteria, vn.egov.model.Variant.FINAL);
    for (Map.Entry<String, BigDecimal> e : last.inputs().entrySet()) {
      BigDecimal before = e.getValue();
      BigDecimal after = now.get(e.getKey());
      Entry entry = u.report().entries().get(e.getKey());
      if (after == null || entry == null || before.signum() <= 0 || after.signum() <= 0) {
        continue;
      }
      BigDecimal ratio = after.divide(before, 6, RoundingMode.HALF_UP);
      if (ratio.compareTo(factor) > 0 || ratio.multiply(factor).compareTo(BigDecimal.ONE) < 0) {
        out.add(
            Problem.warning(entry.fin().location(), "previous.value.moved", plain(before), plain(after), plain(factor))
                .about(u.id(), e.getKey()));
      }
    }
    BigDecimal quarter = criteria.scoring().scale().divide(BigDecimal.valueOf(4));
    if (u.fin() != null && u.fin().score() != null && last.score() != null
        && u.fin().score().subtract(last.score()).abs().compareTo(quarter) > 0) {
      out.add(
          Problem.warning(u.report().where(), "previous.score.moved", plain(last.score()), plain(u.fin().score()), plain(quarter))
              .about(u.id(), null));
    }
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
