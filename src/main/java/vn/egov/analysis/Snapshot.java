package vn.egov.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One year's published results as {@code results.json} holds them (schema {@code egov-results/1}),
 * for comparing years. Figures are the file's own; nothing is recomputed.
 *
 * @param file the file as the user named it
 * @param language the criteria set's language ({@code vi} when the file does not say)
 * @param criteria every criterion's name by id, at any depth, in the file's order
 */
public record Snapshot(
    String file,
    String criteriaSetId,
    String title,
    String period,
    String language,
    int precision,
    List<Named> unitGroups,
    List<Named> groups,
    Map<String, String> criteria,
    List<Unit> units) {
  public Snapshot {
    unitGroups = List.copyOf(unitGroups);
    groups = List.copyOf(groups);
    criteria = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(criteria));
    units = List.copyOf(units);
  }

  /** An id and its name. */
  public record Named(String id, String name) {}

  /** The name of a unit group, or its id when the file does not say. */
  public String unitGroupName(String id) {
    return unitGroups.stream().filter(g -> g.id().equals(id)).map(Named::name).findFirst().orElse(id);
  }

  /**
   * One unit.
   *
   * @param groupPoints points per criteria group id (the file's order)
   * @param criterionPoints points per criterion id at any depth ({@code null} for N/A or not
   *     applicable)
   */
  public record Unit(
      String id,
      String name,
      String group,
      String status,
      boolean ranked,
      BigDecimal points,
      BigDecimal max,
      BigDecimal score,
      Integer rank,
      String classification,
      Map<String, BigDecimal> groupPoints,
      Map<String, BigDecimal> groupMax,
      Map<String, BigDecimal> criterionPoints,
      Map<String, BigDecimal> criterionMax) {
    public Unit {
      groupPoints = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groupPoints));
      groupMax = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groupMax));
      criterionPoints = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(criterionPoints));
      criterionMax = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(criterionMax));
    }
  }
}
