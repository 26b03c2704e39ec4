package vn.egov.conformance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * SPEC §2 "Expressions" written again from SPEC alone, for the differential tests: a tree of
 * numbers, input ids, {@code + - * /}, comparisons, {@code && || !} and {@code min max abs round
 * if}; a printer that writes it as a criteria author would (parentheses only where precedence
 * needs them); a random generator; a shrinker; and an evaluator in exact decimal arithmetic.
 * Imports nothing of egov: it must not share a mistake with the engine.
 *
 * <p>The rules it evaluates by, as SPEC states them: a boolean (a boolean input, a comparison,
 * the result of {@code && || !}) is 1 or 0 wherever a number is expected; a number is a
 * condition, true when not 0; {@code round} is half-up; division by zero makes the value
 * undefined. Arithmetic is decimal at a given number of significant digits: SPEC asks for at
 * least 34, so the tests evaluate at 34 and at 60 and compare the engine only where both agree
 * (a value that hangs on the 35th digit is the implementation's to decide).
 *
 * <p>Where SPEC is silent this follows the engine, as the brief of issue 20 asks: precedence is
 * the usual one (unary {@code - !} above {@code * /} above {@code + -} above {@code < <= > >=}
 * above {@code == !=} above {@code &&} above {@code ||}); {@code &&}, {@code ||} and {@code if}
 * evaluate only the operands they need (so {@code if(b != 0, a / b, 0)} is defined when b is 0);
 * {@code min} and {@code max} evaluate every argument.
 */
final class ReferenceExpr {
  private ReferenceExpr() {}

  sealed interface Node permits Lit, Var, Bin, Un, Fn {}

  /** A number as written in the expression. */
  record Lit(String text) implements Node {}

  record Var(String name) implements Node {}

  /** {@code + - * / < <= > >= == != && ||}. */
  record Bin(String op, Node a, Node b) implements Node {}

  /** {@code -} or {@code !}. */
  record Un(char op, Node x) implements Node {}

  /** {@code min max abs round if}. */
  record Fn(String name, List<Node> args) implements Node {
    Fn {
      args = List.copyOf(args);
    }
  }

  /** The value is undefined (division by zero). */
  static final class Undefined extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Undefined(String why) {
      super(why, null, false, false);
    }
  }

  // ---- evaluation ----

  /**
   * The value of {@code n}, every input in {@code values} (booleans as 1/0, a blank optional
   * input as 0), arithmetic rounded half-up to {@code mc}.
   *
   * @throws Undefined on a division by zero that is evaluated
   */
  static BigDecimal eval(Node n, Map<String, BigDecimal> values, MathContext mc) {
    if (n instanceof Lit l) {
      return new BigDecimal(l.text());
    }
    if (n instanceof Var v) {
      BigDecimal x = values.get(v.name());
      if (x == null) {
        throw new IllegalStateException("no value for " + v.name()); // the caller decides na/missing first
      }
      return x;
    }
    if (n instanceof Un u) {
      BigDecimal x = eval(u.x(), values, mc);
      return u.op() == '-' ? x.negate().round(mc) : bool(x.signum() == 0);
    }
    if (n instanceof Bin b) {
      switch (b.op()) {
        case "&&": {
          boolean left = eval(b.a(), values, mc).signum() != 0;
          return left ? bool(eval(b.b(), values, mc).signum() != 0) : BigDecimal.ZERO;
        }
        case "||": {
          boolean left = eval(b.a(), values, mc).signum() != 0;
          return left ? BigDecimal.ONE : bool(eval(b.b(), values, mc).signum() != 0);
        }
        default:
          break;
      }
      BigDecimal x = eval(b.a(), values, mc);
      BigDecimal y = eval(b.b(), values, mc);
      return switch (b.op()) {
        case "+" -> x.add(y, mc);
        case "-" -> x.subtract(y, mc);
        case "*" -> x.multiply(y, mc);
        case "/" -> {
          if (y.signum() == 0) {
            throw new Undefined("division by zero");
          }
          yield x.divide(y, mc);
        }
        case "<" -> bool(x.compareTo(y) < 0);
        case "<=" -> bool(x.compareTo(y) <= 0);
        case ">" -> bool(x.compareTo(y) > 0);
        case ">=" -> bool(x.compareTo(y) >= 0);
        case "==" -> bool(x.compareTo(y) == 0);
        case "!=" -> bool(x.compareTo(y) != 0);
        default -> throw new IllegalStateException(b.op());
      };
    }
    Fn f = (Fn) n;
    switch (f.name()) {
      case "if":
        return eval(f.args().get(0), values, mc).signum() != 0
            ? eval(f.args().get(1), values, mc)
            : eval(f.args().get(2), values, mc);
      case "abs":
        return eval(f.args().get(0), values, mc).abs().round(mc);
      case "round": {
        BigDecimal x = eval(f.args().get(0), values, mc);
        int decimals = eval(f.args().get(1), values, mc).intValueExact(); // generated whole
        return x.setScale(decimals, RoundingMode.HALF_UP);
      }
      default: {
        BigDecimal best = null;
        for (Node a : f.args()) {
          BigDecimal v = eval(a, values, mc);
          if (best == null || (f.name().equals("max") ? v.compareTo(best) > 0 : v.compareTo(best) < 0)) {
            best = v;
          }
        }
        return best;
      }
    }
  }

  private static BigDecimal bool(boolean b) {
    return b ? BigDecimal.ONE : BigDecimal.ZERO;
  }

  /** The input ids the expression names, evaluated or not, in order of appearance. */
  static Set<String> variables(Node n) {
    Set<String> out = new LinkedHashSet<>();
    collect(n, out);
    return out;
  }

  private static void collect(Node n, Set<String> out) {
    if (n instanceof Var v) {
      out.add(v.name());
    } else if (n instanceof Un u) {
      collect(u.x(), out);
    } else if (n instanceof Bin b) {
      collect(b.a(), out);
      collect(b.b(), out);
    } else if (n instanceof Fn f) {
      f.args().forEach(a -> collect(a, out));
    }
  }

  // ---- printing ----

  /** How tightly an operator binds; atoms and function calls bind tightest. */
  private static int level(Node n) {
    if (n instanceof Bin b) {
      return switch (b.op()) {
        case "||" -> 1;
        case "&&" -> 2;
        case "==", "!=" -> 3;
        case "<", "<=", ">", ">=" -> 4;
        case "+", "-" -> 5;
        default -> 6; // * /
      };
    }
    return n instanceof Un ? 7 : 8;
  }

  /** The expression as text, with parentheses only where the usual precedence needs them. */
  static String print(Node n) {
    if (n instanceof Lit l) {
      return l.text();
    }
    if (n instanceof Var v) {
      return v.name();
    }
    if (n instanceof Un u) {
      // "- -x" and "!!x" are not read by the parser: an operand that is itself unary gets parentheses
      boolean wrap = level(u.x()) < 8 || u.x() instanceof Lit l && l.text().startsWith("-");
      return u.op() + (wrap ? "(" + print(u.x()) + ")" : print(u.x()));
    }
    if (n instanceof Bin b) {
      int me = level(b);
      // left operand: same level reads left to right; comparisons never chain without parentheses
      boolean chainable = me != 3 && me != 4;
      String left = level(b.a()) < me || (!chainable && level(b.a()) == me) ? "(" + print(b.a()) + ")" : print(b.a());
      String right = level(b.b()) <= me ? "(" + print(b.b()) + ")" : print(b.b());
      return left + " " + b.op() + " " + right;
    }
    Fn f = (Fn) n;
    StringBuilder s = new StringBuilder(f.name()).append('(');
    for (int i = 0; i < f.args().size(); i++) {
      s.append(i == 0 ? "" : ", ").append(print(f.args().get(i)));
    }
    return s.append(')').toString();
  }

  // ---- generating ----

  private static final String[] LITERALS = {
    "0", "1", "2", "3", "0.5", "2.5", "10", "100", "57", "0.1", "1000", "0.001", "7", "12.340", "-1", "1.005"
  };
  private static final String[] ARITHMETIC = {"+", "-", "*", "/"};
  private static final String[] COMPARISONS = {"<", "<=", ">", ">=", "==", "!="};

  /** A random expression over {@code vars}, at most {@code depth} operators deep. */
  static Node random(Random r, int depth, List<String> vars) {
    int pick = depth <= 0 ? r.nextInt(3) : r.nextInt(16);
    return switch (pick) {
      case 0, 1 -> new Var(vars.get(r.nextInt(vars.size())));
      case 2 -> new Lit(LITERALS[r.nextInt(LITERALS.length)]);
      case 3, 4, 5, 6 -> new Bin(ARITHMETIC[r.nextInt(4)], random(r, depth - 1, vars), random(r, depth - 1, vars));
      case 7, 8 -> new Bin(COMPARISONS[r.nextInt(6)], random(r, depth - 1, vars), random(r, depth - 1, vars));
      case 9 -> new Bin(r.nextBoolean() ? "&&" : "||", random(r, depth - 1, vars), random(r, depth - 1, vars));
      case 10 -> new Un(r.nextInt(3) == 0 ? '!' : '-', random(r, depth - 1, vars));
      case 11 -> {
        List<Node> args = new ArrayList<>();
        int k = 1 + r.nextInt(3);
        for (int i = 0; i < k; i++) {
          args.add(random(r, depth - 1, vars));
        }
        yield new Fn(r.nextBoolean() ? "min" : "max", args);
      }
      case 12 -> new Fn("abs", List.of(random(r, depth - 1, vars)));
      case 13 -> {
        // n: a whole literal, or a boolean (a comparison or a boolean input) counting as 1 or 0
        Node decimals = r.nextInt(4) > 0
            ? new Lit(String.valueOf(r.nextInt(5) - 1))
            : new Bin(COMPARISONS[r.nextInt(6)], random(r, 0, vars), random(r, 0, vars));
        yield new Fn("round", List.of(random(r, depth - 1, vars), decimals));
      }
      default -> new Fn("if", List.of(random(r, depth - 1, vars), random(r, depth - 1, vars), random(r, depth - 1, vars)));
    };
  }

  // ---- shrinking ----

  /** Smaller expressions than {@code n}: each operand in its place, constants, smaller operands. */
  static List<Node> smaller(Node n) {
    List<Node> out = new ArrayList<>();
    if (n instanceof Lit) {
      if (!n.equals(new Lit("0")) && !n.equals(new Lit("1"))) {
        out.add(new Lit("1"));
        out.add(new Lit("0"));
      }
      return out;
    }
    if (n instanceof Var) {
      return out;
    }
    List<Node> kids = children(n);
    for (Node k : kids) {
      if (!(n instanceof Fn f && f.name().equals("round") && k == f.args().get(1))) {
        out.add(k);
      }
    }
    out.add(new Lit("1"));
    out.add(new Lit("0"));
    for (int i = 0; i < kids.size(); i++) {
      for (Node s : smaller(kids.get(i))) {
        if (n instanceof Fn f && f.name().equals("round") && i == 1 && !(s instanceof Lit)) {
          continue; // round's n stays whole
        }
        out.add(replace(n, i, s));
      }
    }
    if (n instanceof Fn f && (f.name().equals("min") || f.name().equals("max")) && f.args().size() > 1) {
      for (int i = 0; i < f.args().size(); i++) {
        List<Node> fewer = new ArrayList<>(f.args());
        fewer.remove(i);
        out.add(new Fn(f.name(), fewer));
      }
    }
    return out;
  }

  private static List<Node> children(Node n) {
    if (n instanceof Un u) {
      return List.of(u.x());
    }
    if (n instanceof Bin b) {
      return List.of(b.a(), b.b());
    }
    return n instanceof Fn f ? f.args() : List.of();
  }

  private static Node replace(Node n, int i, Node with) {
    if (n instanceof Un u) {
      return new Un(u.op(), with);
    }
    if (n instanceof Bin b) {
      return i == 0 ? new Bin(b.op(), with, b.b()) : new Bin(b.op(), b.a(), with);
    }
    Fn f = (Fn) n;
    List<Node> args = new ArrayList<>(f.args());
    args.set(i, with);
    return new Fn(f.name(), args);
  }

  /** Nodes in the tree: the measure a shrink makes smaller. */
  static int size(Node n) {
    int s = 1;
    for (Node k : children(n)) {
      s += size(k);
    }
    return s;
  }
}
