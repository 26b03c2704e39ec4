package vn.egov.model;

import java.math.BigDecimal;

/**
 * A unit's totals from one set of values.
 *
 * @param score {@code null} when the applicable max is 0
 * @param rank {@code null} when not ranked
 * @param classification {@code null} when there are no bands
 */
public record Standing(
    BigDecimal points, BigDecimal max, BigDecimal score, Integer rank, String classification) {
  public Standing withRank(Integer r) {
    return new Standing(points, max, score, r, classification);
  }

  public Standing withClassification(String c) {
    return new Standing(points, max, score, rank, c);
  }

  public BigDecimal figure(Figure f) {
    return f == Figure.POINTS ? points : score;
  }
}
