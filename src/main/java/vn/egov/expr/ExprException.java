package vn.egov.expr;

/** An expression that cannot be parsed; {@code position} is 1-based in the expression text. */
public final class ExprException extends Exception {
  private final int position;

  ExprException(String message, int position) {
    super(message);
    this.position = position;
  }

  public int position() {
    return position;
  }
}
