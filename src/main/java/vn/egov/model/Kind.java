package vn.egov.model;

/** How a criterion's points count towards the unit's total. */
public enum Kind {
  /** Points added; max counts towards the unit's max. */
  NORMAL,
  /** Points added; max not part of the unit's max. */
  BONUS,
  /** Points subtracted; the unit's points never go below 0. */
  DEDUCTION
}
