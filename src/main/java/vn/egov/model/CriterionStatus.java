package vn.egov.model;

import java.util.Locale;

/** How a criterion's points came about for one unit. */
public enum CriterionStatus {
  SCORED,
  /** A required input is blank (or unreadable): 0 points. */
  MISSING,
  /** The value could not be computed (division by zero…): 0 points. */
  UNDEFINED,
  /** The unit declared it not applicable: points and max leave the totals. */
  NA,
  /** The criterion does not apply to the unit's group. */
  NOT_APPLICABLE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the criterion's max counts towards the unit's applicable max. */
  public boolean counts() {
    return this != NA && this != NOT_APPLICABLE;
  }
}
