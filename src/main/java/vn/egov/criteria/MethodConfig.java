package vn.egov.criteria;

import java.math.BigDecimal;
import java.util.List;
import vn.egov.expr.Expr;
import vn.egov.model.Band;
import vn.egov.model.InputType;

/**
 * A method's keys as written in the criteria file. Implemented by the criteria loader, which
 * reports every bad key with its line and column; the getters then return {@code null} (or the
 * default) so that a method can be built and further mistakes found in the same pass.
 */
public interface MethodConfig {
  /** A required expression over input ids. */
  Expr expr(String key);

  /** A required reference to an input of one of the given types. */
  String input(String key, InputType... allowed);

  /** An optional number. */
  BigDecimal number(String key, BigDecimal defaultValue);

  /** An optional true/false. */
  boolean flag(String key, boolean defaultValue);

  /** A required, non-empty list of {@code {min?, max?, points}} bands. */
  List<Band> bands(String key);

  /** The criterion's max points (for checks such as "band points above max"). */
  BigDecimal max();

  /** Reports a mistake at the key. */
  void error(String key, String messageKey, Object... args);
}
