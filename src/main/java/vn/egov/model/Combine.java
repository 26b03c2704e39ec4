package vn.egov.model;

/** How a criterion with sub-criteria adds them up (always capped at its max). */
public enum Combine {
  SUM,
  /** Only the best-scoring case counts. */
  MAX
}
