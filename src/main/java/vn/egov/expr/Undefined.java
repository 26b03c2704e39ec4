package vn.egov.expr;

/**
 * Thrown while evaluating when the value is undefined (a division by zero, an input without a
 * value, an operation out of range); {@link Expr#evaluate} turns it into {@link
 * vn.egov.model.Evaluated#undefined}. A control-flow signal of the evaluator, never seen outside
 * this package, so it carries no stack trace.
 */
final class Undefined extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Undefined(String reason) {
    super(reason, null, false, false);
  }
}
