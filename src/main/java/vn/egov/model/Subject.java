package vn.egov.model;


/**
 * A unit to assess and its checked report.
 *
 * @param report {@code null} when the unit is registered but sent nothing
 * @param hasErrors whether its report has errors (for {@code --strict})
 * @param rejected rejected whatever {@code --strict} says: two of its files hold the same inputs
 */
public record Subject(Unit unit, UnitReport report, boolean hasErrors, boolean rejected) {
  public Subject(Unit unit, UnitReport report, boolean hasErrors) {
    this(unit, report, hasErrors, false);
  }
}
