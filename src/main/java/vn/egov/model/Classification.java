package vn.egov.model;

import java.util.List;
import java.util.Map;

/**
 * Classes by score or points; {@code overrides} replace the bands for a unit group. No bands means
 * no classification.
 */
public record Classification(
    Figure by, List<ClassBand> bands, Map<String, List<ClassBand>> overrides) {
  public Classification {
    bands = List.copyOf(bands);
    overrides = Map.copyOf(overrides);
  }

  public List<ClassBand> bandsFor(String unitGroup) {
    return overrides.getOrDefault(unitGroup, bands);
  }
}
