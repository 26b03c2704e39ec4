package vn.egov.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which old units make up each new unit across a reorganisation (a {@code MAP.csv} of
 * {@code old_unit_id,new_unit_id[,weight]}), and the baseline it gives a new unit: the mean of its
 * old units' scores, weighted when the map gives weights, rounded half-up to the set's precision.
 *
 * @param file the map as the user named it
 * @param links in the file's order
 */
public record Crosswalk(String file, List<Link> links) {
  public Crosswalk {
    links = List.copyOf(links);
  }

  /**
   * One row of the map.
   *
   * @param weight {@code null} when the row gives none (then it counts as 1)
   */
  public record Link(String oldId, String newId, BigDecimal weight, Location where) {
    /** The weight the mean uses. */
    public BigDecimal effectiveWeight() {
      return weight == null ? BigDecimal.ONE : weight;
    }
  }

  /** The old units of {@code newId}, in the map's order (empty when the map does not name it). */
  public List<Link> sources(String newId) {
    return links.stream().filter(l -> l.newId().equals(newId)).toList();
  }

  /** Whether the map names {@code oldId} as a predecessor of some new unit. */
  public boolean mapsOld(String oldId) {
    return links.stream().anyMatch(l -> l.oldId().equals(oldId));
  }

  /** Whether the map names {@code newId}. */
  public boolean mapsNew(String newId) {
    return links.stream().anyMatch(l -> l.newId().equals(newId));
  }

  /** New unit ids in the map's order. */
  public List<String> newIds() {
    List<String> out = new ArrayList<>();
    links.forEach(l -> {
      if (!out.contains(l.newId())) {
        out.add(l.newId());
      }
    });
    return out;
  }

  /**
   * The baseline of a new unit from its sources: Σ weight × score ÷ Σ weight over the sources that
   * have a score ({@code null} for an old unit without one: it is left out), rounded half-up to
   * {@code precision} decimals; {@code null} when no source has a score. The exact quotient is
   * rounded once ({@link BigDecimal#divide(BigDecimal, int, RoundingMode)}), never a rounded mean
   * rounded again.
   */
  public static BigDecimal baseline(List<Link> sources, Map<String, BigDecimal> scoreByOldId, int precision) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Link l : sources) {
      BigDecimal s = scoreByOldId.get(l.oldId());
      if (s == null) {
        continue;
      }
      sum = sum.add(s.multiply(l.effectiveWeight()));
      weights = weights.add(l.effectiveWeight());
    }
    if (weights.signum() == 0) {
      return null;
    }
    return sum.divide(weights, precision, RoundingMode.HALF_UP);
  }

  /** Every new unit's baseline by id (map order); see {@link #baseline}. */
  public Map<String, BigDecimal> baselines(Map<String, BigDecimal> scoreByOldId, int precision) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (String id : newIds()) {
      out.put(id, baseline(sources(id), scoreByOldId, precision));
    }
    return out;
  }
}
