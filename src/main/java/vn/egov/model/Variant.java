package vn.egov.model;

/** Which values a figure is computed from. */
public enum Variant {
  /** The unit's self-assessed values only. */
  SELF,
  /** Appraised values where present, else self-assessed: the published figures. */
  FINAL;

  public Cell cell(Entry e) {
    return this == SELF ? e.self() : e.fin();
  }
}
