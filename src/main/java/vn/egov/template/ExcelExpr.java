package vn.egov.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.egov.expr.Expr;

/**
 * A criteria expression as an Excel formula (without the leading {@code =}) that computes what
 * the engine computes, in functions Excel 2010 and LibreOffice both know.
 *
 * <p>Every value is a number, as in the engine: a comparison is {@code IF(a<b,1,0)}, {@code !x}
 * is {@code IF(x,0,1)}, and a number as a condition is true when not 0 (Excel's {@code IF} reads
 * numbers so). {@code &&} and {@code ||} become nested {@code IF}s, not {@code AND}/{@code OR},
 * because Excel evaluates every argument of those and the engine stops at the operand that
 * decides: {@code b != 0 && a / b > 1} is defined when b is 0. Whatever makes the engine's value
 * undefined (a division by zero, an input without a number, a fractional exponent) makes the
 * formula an error value, which the caller turns into the criterion's status. Every operation is
 * parenthesised, so Excel's precedence (its unary minus binds tighter than {@code ^}) never
 * matters.
 *
 * <p>Excel computes in binary floating point; the callers round each criterion's points with
 * {@code ROUND}, which Excel, LibreOffice and POI all apply to the value's 15-digit decimal form,
 * half away from zero (the engine's half-up), and comparisons in all three treat numbers equal to
 * 15 digits as equal, so {@code 57 / 100 * 100 >= 57} holds in the sheet as in the engine.
 */
final class ExcelExpr implements Expr.Visitor<ExcelExpr.Part> {
  /**
   * A translated node.
   *
   * @param literal the node's value when it is a number literal, else {@code null}
   * @param reference whether the node is a bare cell reference (an input's number)
   */
  record Part(String text, BigDecimal literal, boolean reference) {}

  private final Function<String, String> refs;

  private ExcelExpr(Function<String, String> refs) {
    this.refs = refs;
  }

  /**
   * The formula of an expression.
   *
   * @param refs an input id's cell (the number expressions see), or a constant such as {@code 0}
   */
  static String of(Expr e, Function<String, String> refs) {
    return e.accept(new ExcelExpr(refs)).text();
  }

  /** A number as Excel reads it in a formula: plain digits, '.' as decimal separator. */
  static String literal(BigDecimal v) {
    String plain = v.stripTrailingZeros().toPlainString();
    return plain.length() <= 40 ? plain : v.stripTrailingZeros().toString();
  }

  private static Part text(String s) {
    return new Part(s, null, false);
  }

  @Override
  public Part number(BigDecimal value) {
    return new Part(literal(value), value, false);
  }

  @Override
  public Part variable(String name) {
    return new Part(refs.apply(name), null, true);
  }

  @Override
  public Part unary(char op, Part x) {
    return switch (op) {
      case '-' -> x.literal() != null ? number(x.literal().negate()) : text("(-" + x.text() + ")");
      case '!' -> text("IF(" + x.text() + ",0,1)");
      default -> text("ABS(" + x.text() + ")");
    };
  }

  @Override
  public Part arithmetic(char op, Part a, Part b) {
    if (op != '^') {
      return text("(" + a.text() + op + b.text() + ")");
    }
    BigDecimal n = b.literal();
    if (n != null && (n.signum() == 0 || n.stripTrailingZeros().scale() <= 0)) {
      // a whole exponent; x ^ 0 is 1 in the engine, an error in Excel when x is 0
      return n.signum() == 0 ? text("(" + a.text() + "*0+1)") : text("(" + a.text() + "^" + b.text() + ")");
    }
    // the engine refuses a fractional exponent (it would need binary floating point)
    return text(
        "IF(INT(" + b.text() + ")=" + b.text() + ",IF(AND(" + a.text() + "=0," + b.text() + "=0),1,"
            + a.text() + "^" + b.text() + "),NA())");
  }

  @Override
  public Part compare(String op, Part a, Part b) {
    String excel =
        switch (op) {
          case "==" -> "=";
          case "!=" -> "<>";
          default -> op;
        };
    return text("IF(" + a.text() + excel + b.text() + ",1,0)");
  }

  @Override
  public Part logic(boolean and, Part a, Part b) {
    return and
        ? text("IF(" + a.text() + ",IF(" + b.text() + ",1,0),0)")
        : text("IF(" + a.text() + ",1,IF(" + b.text() + ",1,0))");
  }

  @Override
  public Part condition(Part cond, Part then, Part otherwise) {
    return text("IF(" + cond.text() + "," + then.text() + "," + otherwise.text() + ")");
  }

  @Override
  public Part extreme(boolean max, List<Part> args) {
    // MIN and MAX skip text in referenced cells, where the engine would find no number: "+0"
    // turns a blank number cell into an error, as the engine's undefined value
    String list =
        args.stream().map(p -> p.reference() ? "(" + p.text() + "+0)" : p.text()).collect(Collectors.joining(","));
    return text((max ? "MAX(" : "MIN(") + list + ")");
  }

  @Override
  public Part round(Part x, Part decimals) {
    BigDecimal n = decimals.literal();
    if (n != null && n.stripTrailingZeros().scale() <= 0 && n.abs().compareTo(BigDecimal.valueOf(100)) <= 0) {
      return text("ROUND(" + x.text() + "," + literal(n) + ")");
    }
    String d = decimals.text();
    return text("IF(AND(INT(" + d + ")=" + d + ",ABS(" + d + ")<=100),ROUND(" + x.text() + "," + d + "),NA())");
  }
}
