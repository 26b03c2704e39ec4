package vn.egov.model;

/**
 * Who supplies an input's figure ({@code supplied_by} of an input; SPEC is silent, default {@code
 * unit}): the unit in its self-report, or the Department that runs the assessment, which takes it
 * from national or provincial systems itself (then the unit's template shows it read-only and the
 * criteria annex says so).
 */
public enum SuppliedBy {
  UNIT,
  DEPARTMENT
}
