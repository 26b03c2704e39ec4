package vn.egov.model;

/** Which figure ranking or classification uses. */
public enum Figure {
  SCORE,
  POINTS
}
