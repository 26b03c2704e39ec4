package vn.egov.model;


/**
 * A unit to assess and its checked report.
 *
 * @param report {@code null} when the unit is registered but sent nothing
 * @param hasErrors whether its report has errors (for {@code --strict})
 */
public record Subject(Unit unit, UnitReport report, boolean hasErrors) {}
