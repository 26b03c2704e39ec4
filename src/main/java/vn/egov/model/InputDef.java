package vn.egov.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * An input a unit fills in.
 *
 * @param min lowest accepted value, or {@code null}
 * @param max highest accepted value, or {@code null}
 * @param required a blank required input is an error and its criterion is {@code missing}; a
 *     blank optional one counts as 0 or false
 * @param suppliedBy who supplies the figure ({@code supplied_by}, default the unit)
 */
public record InputDef(
    String id,
    String label,
    InputType type,
    String unit,
    BigDecimal min,
    BigDecimal max,
    boolean required,
    String help,
    List<ChoiceOption> options,
    SuppliedBy suppliedBy) {
  public InputDef {
    options = List.copyOf(options);
    suppliedBy = suppliedBy == null ? SuppliedBy.UNIT : suppliedBy;
  }

  public InputDef(
      String id, String label, InputType type, String unit, BigDecimal min, BigDecimal max, boolean required, String help, List<ChoiceOption> options) {
    this(id, label, type, unit, min, max, required, help, options, SuppliedBy.UNIT);
  }

  /** Whether the Department supplies the figure, not the unit. */
  public boolean byDepartment() {
    return suppliedBy == SuppliedBy.DEPARTMENT;
  }
}
