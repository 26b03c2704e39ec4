package vn.egov.model;

import java.math.BigDecimal;

/**
 * The value {@code v} of a scoring method for one unit, or why it is undefined (division by
 * zero, an input without value).
 */
public record Evaluated(BigDecimal value, String undefinedReason) {
  public static Evaluated of(BigDecimal v) {
    return new Evaluated(v, null);
  }

  public static Evaluated undefined(String reason) {
    return new Evaluated(null, reason);
  }

  public boolean defined() {
    return value != null;
  }
}
