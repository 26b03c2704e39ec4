package vn.egov.model;

import java.util.Locale;

/** Whether a unit was scored. */
public enum UnitStatus {
  SCORED,
  /** Registered but no report arrived. */
  NOT_SUBMITTED,
  /** Its report has errors and {@code --strict} was given: scored, never ranked. */
  REJECTED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
