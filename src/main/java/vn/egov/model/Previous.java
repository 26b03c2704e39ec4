package vn.egov.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Last year's published results, read back from its {@code results.json}, for changes from last
 * year and plausibility checks.
 *
 * @param units by unit id
 * @param precision decimals of its scores (the file's criteria set's)
 * @param through the crosswalk the results are seen through, {@code null} without one (then this
 *     year's run checks that the new units it names are units this year)
 */
public record Previous(String file, String criteriaSetId, String period, Map<String, Unit> units, int precision, Crosswalk through) {
  public Previous {
    units = Map.copyOf(units);
  }

  public Previous(String file, String criteriaSetId, String period, Map<String, Unit> units, int precision) {
    this(file, criteriaSetId, period, units, precision, null);
  }

  public Previous(String file, String criteriaSetId, String period, Map<String, Unit> units) {
    this(file, criteriaSetId, period, units, 2);
  }

  /**
   * One unit's published figures.
   *
   * @param inputs final numeric input values (booleans 1/0, choices their points)
   */
  public record Unit(
      String id,
      String name,
      String group,
      String status,
      BigDecimal points,
      BigDecimal score,
      Integer rank,
      String classification,
      Map<String, BigDecimal> inputs) {
    public Unit {
      inputs = Map.copyOf(inputs);
    }
  }
}
