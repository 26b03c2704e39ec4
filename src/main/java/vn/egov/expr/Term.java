package vn.egov.expr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * One node of a compiled expression, evaluated to a decimal. There is one value domain: a
 * boolean — a boolean input, a comparison, the result of {@code && || !} — is the number 1 or 0,
 * and a condition ({@code if}'s first argument, the operands of {@code && || !}) is true when its
 * number is not 0 (SPEC §2 "Expressions"). So no operator or function needs a case for booleans,
 * and {@code if(a, 3, 0) + (b > c && d)} is {@code 3 + 1} when all hold.
 *
 * <p>Arithmetic is {@link Expr#MATH}: {@code + - *} rounded to 34 significant digits half-up,
 * {@code /} through {@link Decimal#divide} (at least 34 digits, trailing zeros kept). {@code if}
 * evaluates only the branch it takes, and {@code &&}, {@code ||} stop at the first operand that
 * decides them, so {@code if(b != 0, a / b, 0)} is defined when {@code b} is 0. A division by
 * zero, an input without a value or an operation out of range makes the whole value undefined:
 * {@link Undefined} is thrown and {@link Expr#evaluate} turns it into an undefined result.
 */
abstract class Term {
  static final BigDecimal TRUE = BigDecimal.ONE;
  static final BigDecimal FALSE = BigDecimal.ZERO;

  /** The value for the given inputs. */
  abstract BigDecimal value(Map<String, BigDecimal> values);

  /** The node and its operands, handed to a visitor (operands first). */
  abstract <R> R accept(Expr.Visitor<R> v);

  /** Whether the value, as a condition, holds: any number but 0. */
  final boolean holds(Map<String, BigDecimal> values) {
    return value(values).signum() != 0;
  }

  static BigDecimal of(boolean b) {
    return b ? TRUE : FALSE;
  }

  // ---- leaves ----

  static final class Literal extends Term {
    private final BigDecimal v;

    Literal(BigDecimal v) {
      this.v = v;
    }

    @Override
    BigDecimal value(Map<String, BigDecimal> values) {
      return v;
    }

    @Override
    <R> R accept(Expr.Visitor<R> v) {
      return v.number(this.v);
    }
  }

  static final class Variable extends Term {
    final String name;

    Variable(String name) {
      this.name = name;
    }

    @Override
    BigDecimal value(Map<String, BigDecimal> values) {
      BigDecimal v = values.get(name);
      if (v == null) {
        throw new Undefined(name + " has no value");
      }
      return v;
    }

    @Override
    <R> R accept(Expr.Visitor<R> v) {
      return v.variable(name);
    }
  }

  // ---- operators ----

  /** {@code -x}, {@code !x} (1 when x is 0, else 0) and {@code abs(x)}. */
  static final class Unary extends Term {
    private final char op;
    private final Term operand;

    Unary(char op, Term operand) {
      this.op = op;
      this.operand = operand;
    }

    @Override
    BigDecimal value(Map<String, BigDecimal> values) {
      return switch (op) {
        case '-' -> operand.value(values).negate(Expr.MATH);
        case '!' -> of(!operand.holds(values));
        default -> operand.value(values).abs(Expr.MATH);
      };
    }

    @Override
    <R> R accept(Expr.Visitor<R> v) {
      return v.unary(op, operand.accept(v));
    }
  }

  /** {@code + - * / ^} over two numbers. */
  static final class Arithmetic extends Term {
    private final char op;
    private final Term a;
    private final Term b;

    Arithmetic(char op, Term a, Term b) {
      this.op = op;
      this.a = a;
      this.b = b;
    }

    @Override
    BigDecimal value(Map<String, BigDecimal> values) {
      BigDecimal x = a.value(values);
      BigDecimal y = b.value(values);
      return switch (op) {
        case '+' -> x.add(y, Expr.MATH);
        case '-' -> x.subtract(y, Expr.MATH);
        case '*' -> x.multiply(y, Expr.MATH);
        case '/' -> {
          if (y.signum() == 0) {
            throw new Undefined(b instanceof Variable v ? "division by zero (" + v.name + " is 0)" : "division by zero");
          }
          yield Decimal.divide(x, y);
        }
        default -> power(x, y);
      };
    }

    /**
     * {@code x ^ n} for a whole n, refusing results beyond 10^±{@link
     * vn.egov.security.Limits#MAX_POWER_ORDERS} ({@code 10 ^ 10 ^ 100000} computed for seconds
     * before overflowing; found by fuzzing, SECURITY.md). A fractional exponent would need
     * binary floating point, which never touches a published figure: undefined.
     */
    private static BigDecimal power(BigDecimal base, BigDecimal exponent) {
      if (exponent.signum() != 0 && exponent.stripTrailingZeros().scale() > 0) {
        throw new Undefined("the exponent of ^ must be a whole number, not " + exponent.toPlainString());
      }
      BigDecimal orders = BigDecimal.valueOf(Math.max(1, Math.abs(orders(base))));
      if (exponent.abs().multiply(orders).compareTo(BigDecimal.valueOf(vn.egov.security.Limits.MAX_POWER_ORDERS)) > 0) {
        throw new Undefined("power too large: " + base.toPlainString() + " ^ " + exponent.toPlainString());
      }
      if (base.signum() == 0 && exponent.signum() < 0) {
        throw new Undefined("division by zero (0 ^ " + exponent.toPlainString() + ")");
      }
      return base.pow(exponent.intValueExact(), Expr.MATH);
    }

    @Override
    <R> R accept(Expr.Visitor<R> v) {
      return v.arithmetic(op, a.accept(v), b.accept(v));
    }
  }

  /** The decimal order of magnitude of a number: 2 for 123, -3 for 0.001, 0 for zero. */
  static long orders(BigDecimal v) {
    return v.signum() == 0 ? 0 : (long) v.precision() - v.scale() - 1;
  }

  /** {@code < <= > >= == !=}, compared as numbers ({@code 1.0 == 1}): 1 or 0. */
  static final class Compare extends Term {
    private final String op;
    private final Term a;
    private final Term b;

    Compare(String op, Term a, Term b) {
      this.op = op;
      this.a = a;
      this.b = b;
    }

    @Override
    BigDecimal value(Map<String, BigDecimal> values) {
      int c = a.value(values).compareTo(b.value(values));
      return of(
          switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "==" -> c == 0;
            default -> c != 0; // "!="
          });
    }

    @Override
    <R> R accept(Expr.Visitor<R> v) {
      return v.compare(op, a.accept(v), b.accept(v));
    }
  }

  /** {@code a && b}, {@code a || b}: 1 or 0, the right operand read only when it decides. */
  static final class Logic extends Term {
    private final boolean and;
    private final Term a;
    private final Term b;

    Logic(boolean and, Term a, Term b) {
      this.and = and;
      this.a = a;
      this.b = b;
    }

    @Override
    BigDecimal value(Map<String, BigDecimal> values) {
      boolean left = a.holds(values);
      if (and != left) {
        return of(left); // false && …, true || …
      }
      return of(b.holds(values));
    }

    @Override
    <R> R accept(Expr.Visitor<R> v) {
      return v.logic(and, a.accept(v), b.accept(v));
    }
  }

  // ---- functions ----

  /** {@code if(cond, a, b)}: only the branch taken is evaluated. */
  static final class If extends Term {
    private final Term cond;
    private final Term then;
    private final Term otherwise;

    If(Term cond, Term then, Term otherwise) {
      this.cond = cond;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    BigDecimal value(Map<String, BigDecimal> values) {
      return cond.holds(values) ? then.value(values) : otherwise.value(values);
    }

    @Override
    <R> R accept(Expr.Visitor<R> v) {
      return v.condition(cond.accept(v), then.accept(v), otherwise.accept(v));
    }
  }

  /** {@code min(…)} and {@code max(…)}: the first of the smallest (largest) arguments. */
  static final class Extreme extends Term {
    private final boolean max;
    private final List<Term> args;

    Extreme(boolean max, List<Term> args) {
      this.max = max;
      this.args = List.copyOf(args);
    }

    @Override
    BigDecimal value(Map<String, BigDecimal> values) {
      BigDecimal best = args.get(0).value(values);
      for (int i = 1; i < args.size(); i++) {
        BigDecimal v = args.get(i).value(values);
        int c = v.compareTo(best);
        if (max ? c > 0 : c < 0) {
          best = v;
        }
      }
      return best;
    }

    @Override
    <R> R accept(Expr.Visitor<R> v) {
      return v.extreme(max, args.stream().map(t -> t.accept(v)).toList());
    }
  }

  /** {@code round(x, n)}: x to n decimals, half-up; n a whole number within ±{@link #MAX_DECIMALS}. */
  static final class Round extends Term {
    /** More decimals than any figure needs; a larger n would only cost memory (found by fuzzing). */
    static final int MAX_DECIMALS = 100;

    private final Term operand;
    private final Term decimals;

    Round(Term operand, Term decimals) {
      this.operand = operand;
      this.decimals = decimals;
    }

    @Override
    BigDecimal value(Map<String, BigDecimal> values) {
      BigDecimal x = operand.value(values);
      BigDecimal n = decimals.value(values);
      if ((n.signum() != 0 && n.stripTrailingZeros().scale() > 0) || n.abs().compareTo(BigDecimal.valueOf(MAX_DECIMALS)) > 0) {
        throw new Undefined("round(x, n) needs a whole number n between -" + MAX_DECIMALS + " and " + MAX_DECIMALS + ", not " + n.toPlainString());
      }
      return x.setScale(n.intValueExact(), RoundingMode.HALF_UP);
    }

    @Override
    <R> R accept(Expr.Visitor<R> v) {
      return v.round(operand.accept(v), decimals.accept(v));
    }
  }
}
