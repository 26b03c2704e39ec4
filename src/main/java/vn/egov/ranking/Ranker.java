package vn.egov.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.egov.model.ClassBand;
import vn.egov.model.Classification;
import vn.egov.model.CriteriaSet;
import vn.egov.model.CriterionResult;
import vn.egov.model.GroupResult;
import vn.egov.model.Standing;
import vn.egov.model.UnitGroup;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.model.Variant;
import vn.egov.text.VietnameseOrder;

/**
 * Ranks and classifies scored units, self and final figures separately.
 *
 * <p>Guarantees: ranks are computed per unit group on the rounded {@code ranking.by} figure, over
 * units with status {@code scored} whose registry entry does not say {@code ranked: false}; equal
 * figures are compared on the tiebreak list in order (higher wins), and what is still equal shares
 * a rank (standard competition ranking: 1, 2, 2, 4). Classification uses the first band whose min
 * is at most the rounded figure; no band matching gives {@code unclassified}. The returned order
 * is the published one: unit groups in the criteria set's order, then rank, unranked units, units
 * that sent nothing; equal ranks by Vietnamese name order.
 */
public final class Ranker {
  /** The class of a figure below every band. */
  public static final String UNCLASSIFIED = "unclassified";

  private final CriteriaSet criteria;

  public Ranker(CriteriaSet criteria) {
    this.criteria = criteria;
  }

  public List<UnitResult> rank(List<UnitResult> units) {
    Map<UnitResult, Standing[]> standings = new java.util.IdentityHashMap<>();
    for (UnitResult u : units) {
      if (u.fin() != null) {
        standings.put(u, new Standing[] {classify(u, u.fin()), classify(u, u.self())});
      }
    }
    for (UnitGroup g : criteria.unitGroups()) {
      List<UnitResult> candidates =
          units.stream()
              .filter(u -> u.unit().group().equals(g.id()))
              .filter(u -> u.status() == UnitStatus.SCORED && u.unit().ranked())
              .toList();
      assign(candidates, standings, Variant.FINAL);
      assign(candidates, standings, Variant.SELF);
    }
    List<UnitResult> out = new ArrayList<>();
    for (UnitResult u : units) {
      Standing[] s = standings.get(u);
      out.add(s == null ? u : u.with(s[0], s[1]));
    }
    out.sort(publishedOrder());
    return out;
  }

  private void assign(List<UnitResult> candidates, Map<UnitResult, Standing[]> standings, Variant v) {
    int slot = v == Variant.FINAL ? 0 : 1;
    List<UnitResult> ranked =
        new ArrayList<>(candidates.stream().filter(u -> figure(standings.get(u)[slot]) != null).toList());
    Comparator<UnitResult> better = comparator(standings, slot, v);
    ranked.sort(better);
    // standard competition ranking: a unit's rank is 1 + the number of units strictly better
    for (int i = 0; i < ranked.size(); i++) {
      UnitResult u = ranked.get(i);
      int rank = i > 0 && better.compare(ranked.get(i - 1), u) == 0
          ? standings.get(ranked.get(i - 1))[slot].rank()
          : i + 1;
      standings.get(u)[slot] = standings.get(u)[slot].withRank(rank);
    }
  }

  /** Orders better units first: the ranking figure, then each tiebreak, higher first. */
  private Comparator<UnitResult> comparator(Map<UnitResult, Standing[]> standings, int slot, Variant v) {
    Comparator<UnitResult> c =
        Comparator.comparing((UnitResult u) -> figure(standings.get(u)[slot])).reversed();
    for (String id : criteria.ranking().tiebreak()) {
      c = c.thenComparing(Comparator.comparing((UnitResult u) -> tiebreak(u, id, v)).reversed());
    }
    return c;
  }

  private BigDecimal figure(Standing s) {
    return s.figure(criteria.ranking().by());
  }

  /** Points of the criteria group or criterion with this id; none counts as lowest. */
  static BigDecimal tiebreak(UnitResult u, String id, Variant v) {
    for (GroupResult g : u.groups()) {
      if (g.id().equals(id)) {
        return v == Variant.FINAL ? g.points() : g.selfPoints();
      }
    }
    BigDecimal p = criterionPoints(u.criteria(), id, v);
    return p == null ? BigDecimal.valueOf(Long.MIN_VALUE) : p;
  }

  private static BigDecimal criterionPoints(List<CriterionResult> results, String id, Variant v) {
    for (CriterionResult r : results) {
      if (r.id().equals(id)) {
        return v == Variant.FINAL ? r.fin().points() : r.self().points();
      }
      BigDecimal sub = criterionPoints(r.criteria(), id, v);
      if (sub != null) {
        return sub;
      }
    }
    return null;
  }

  private Standing classify(UnitResult u, Standing s) {
    Classification c = criteria.classification();
    List<ClassBand> bands = c.bandsFor(u.unit().group());
    BigDecimal value = s.figure(c.by());
    if (bands.isEmpty() || value == null) {
      return s;
    }
    for (ClassBand b : bands) {
      if (b.min().compareTo(value) <= 0) {
        return s.withClassification(b.label());
      }
    }
    return s.withClassification(UNCLASSIFIED);
  }

  private Comparator<UnitResult> publishedOrder() {
    Map<String, Integer> groupIndex = new HashMap<>();
    for (UnitGroup g : criteria.unitGroups()) {
      groupIndex.put(g.id(), groupIndex.size());
    }
    Comparator<String> names = VietnameseOrder.names();
    return Comparator.comparing((UnitResult u) -> groupIndex.getOrDefault(u.unit().group(), Integer.MAX_VALUE))
        .thenComparing(Ranker::section)
        .thenComparing(u -> u.fin() != null && u.fin().rank() != null ? u.fin().rank() : Integer.MAX_VALUE)
        .thenComparing(
            (UnitResult u) -> u.fin() != null && u.fin().score() != null ? u.fin().score() : BigDecimal.ZERO,
            Comparator.reverseOrder())
        .thenComparing(u -> u.unit().name(), names)
        .thenComparing(u -> u.unit().id());
  }

  /** 0 ranked, 1 scored but unranked, 2 rejected, 3 not submitted. */
  private static int section(UnitResult u) {
    return switch (u.status()) {
      case SCORED -> u.fin().rank() != null ? 0 : 1;
      case REJECTED -> 2;
      case NOT_SUBMITTED -> 3;
    };
  }
}
