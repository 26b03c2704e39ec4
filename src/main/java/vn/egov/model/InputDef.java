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
    List<ChoiceOption> options) {
  public InputDef {
    options = List.copyOf(options);
  }
}
