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

  private final String key = name().toLowerCase(Locale.ROOT);

  /** The status as results.json writes it ({@code not_applicable}); made once, asked millions of times. */
  public String key() {
    return key;
  }

  /** Whether the criterion's max counts towards the unit's applicable max. */
  public boolean counts() {
    return this != NA && this != NOT_APPLICABLE;
  }
}
