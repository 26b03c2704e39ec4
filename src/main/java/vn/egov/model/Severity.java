package vn.egov.model;

/** How bad a problem is: errors make the exit code 1, warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word printed in problem lines and JSON: {@code error} or {@code warning}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
