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
 * formula an error value — or, for an expression that is a bare input, that input's blank — so
 * the caller tells a defined value by {@code ISNUMBER}. Every operation is
 * parenthesised, so Excel's precedence (its unary minus binds tighter than {@code ^}) never
 * matters.
 *
 * <p>Excel computes in binary floating point; the callers round each criterion's points with
 * {@code ROUND}, which Excel, LibreOffice and POI all apply to the value's 15-digit decimal form,
 * half away from zero (the engine's half-up), and comparisons in all three treat numbers equal to
 * 15 digits as equal, so {@code 57 / 100 * 100 >= 57} holds in the sheet as in the engine. Near
 * 0 that tolerance is gone, so a comparison of computed values is made on their difference
 * rounded to {@link #SNAP} decimals, and so is a computed condition.
 */
final class ExcelExpr implements Expr.Visitor<ExcelExpr.Part> {
  /**
   * A translated node.
   *
   * @param literal the node's value when it is a number literal, else {@code null}
   * @param reference whether the node is a bare cell reference (an input's number)
   * @param exact whether its value carries no binary noise: a literal, an input, or 1/0
   */
  record Part(String text, BigDecimal literal, boolean reference, boolean exact) {}

  /**
   * Decimals to which a difference or a condition is rounded before it is judged: binary
   * floating point leaves noise such as 0.1 + 0.2 − 0.3 = 5.6e-17 where the engine has exactly
   * 0, and a comparison or a condition would turn that into a wrong 1 or 0. Values that differ
   * by less than 5e-10 are therefore equal in the sheet; no input a unit types comes that close.
   */
  static final int SNAP = 9;

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
    return new Part(s, null, false, false);
  }

  /** A reference as a number: a cell without one (blank text) becomes an error, as in the engine. */
  private static String number(Part p) {
    return p.reference() ? "(" + p.text() + "+0)" : p.text();
  }

  /** A value without binary noise: 1 or 0, or a number rounded to its decimals. */
  private static Part bool(String s) {
    return new Part(s, null, false, true);
  }

  /** The node as a condition: its noise rounded away unless it has none. */
  private static String condition(Part p) {
    return p.exact() ? p.text() : "ROUND(" + p.text() + "," + SNAP + ")";
  }

  @Override
  public Part number(BigDecimal value) {
    return new Part(literal(value), value, false, true);
  }

  @Override
  public Part variable(String name) {
    return new Part(refs.apply(name), null, true, true);
  }

  @Override
  public Part unary(char op, Part x) {
    return switch (op) {
      case '-' -> x.literal() != null ? number(x.literal().negate()) : new Part("(-" + x.text() + ")", null, false, x.exact());
      case '!' -> bool("IF(" + condition(x) + ",0,1)");
      default -> new Part("ABS(" + x.text() + ")", null, false, x.exact());
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
    if (a.exact() && b.exact()) {
      // Excel compares a text with a number without an error: "+0" makes a blank number cell one
      return bool("IF(" + number(a) + excel + number(b) + ",1,0)");
    }
    return bool("IF(ROUND(" + a.text() + "-" + b.text() + "," + SNAP + ")" + excel + "0,1,0)");
  }

  @Override
  public Part logic(boolean and, Part a, Part b) {
    return and
        ? bool("IF(" + condition(a) + ",IF(" + condition(b) + ",1,0),0)")
        : bool("IF(" + condition(a) + ",1,IF(" + condition(b) + ",1,0))");
  }

  @Override
  public Part condition(Part cond, Part then, Part otherwise) {
    return new Part(
        "IF(" + condition(cond) + "," + then.text() + "," + otherwise.text() + ")", null, false, then.exact() && otherwise.exact());
  }

  @Override
  public Part extreme(boolean max, List<Part> args) {
    // MIN and MAX skip text in referenced cells, where the engine would find no number: "+0"
    // turns a blank number cell into an error, as the engine's undefined value
    String list = args.stream().map(ExcelExpr::number).collect(Collectors.joining(","));
    return new Part((max ? "MAX(" : "MIN(") + list + ")", null, false, args.stream().allMatch(Part::exact));
  }

  @Override
  public Part round(Part x, Part decimals) {
    BigDecimal n = decimals.literal();
    if (n != null && n.stripTrailingZeros().scale() <= 0 && n.abs().compareTo(BigDecimal.valueOf(100)) <= 0) {
      // a rounded value is the double nearest its decimals: no noise to round away later
      return bool("ROUND(" + x.text() + "," + literal(n) + ")");
    }
    String d = decimals.text();
    return bool("IF(AND(INT(" + d + ")=" + d + ",ABS(" + d + ")<=100),ROUND(" + x.text() + "," + d + "),NA())");
  }
}
