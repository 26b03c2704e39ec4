package vn.egov.validate;

import vn.egov.model.Unit;
import vn.egov.model.UnitReport;

/**
 * A unit to assess and its checked report.
 *
 * @param report {@code null} when the unit is registered but sent nothing
 * @param hasErrors whether its report has errors (for {@code --strict})
 */
public record Subject(Unit unit, UnitReport report, boolean hasErrors) {}
