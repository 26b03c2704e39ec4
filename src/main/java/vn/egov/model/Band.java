package vn.egov.model;

import java.math.BigDecimal;

/** A band of the {@code bands} method; {@code min} or {@code max} may be {@code null}. */
public record Band(BigDecimal min, BigDecimal max, BigDecimal points) {
  public boolean contains(BigDecimal v) {
    return (min == null || min.compareTo(v) <= 0) && (max == null || v.compareTo(max) <= 0);
  }
}
