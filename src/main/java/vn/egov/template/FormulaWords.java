package vn.egov.template;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import vn.egov.expr.Expr;
import vn.egov.expr.ExprException;
import vn.egov.model.CriteriaSet;
import vn.egov.model.InputDef;
import vn.egov.model.InputType;
import vn.egov.scoring.MethodInputs;
import vn.egov.text.Messages;

/**
 * A {@code formula} criterion's expression in words, for the people who fill in the template and
 * read the annex: a sum of parts each said with its input's label — a yes/no input giving points
 * ({@code if(plan, 3, 0)}: "Có kế hoạch …: có được 3 điểm"), points per item up to a cap
 * ({@code min(projects, 3)}: "1 điểm mỗi dự án, tối đa 3 điểm"), a percentage in proportion
 * ({@code disbursed / 100 * 4}: "tỷ lệ thuận, 100% được 4 điểm"), a constant. Whatever is not one
 * of those shapes is not guessed at: the expression is shown as written with the inputs' labels
 * in place of their ids ("Tính theo công thức: …").
 */
final class FormulaWords {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final CriteriaSet set;
  private final Messages m;

  FormulaWords(CriteriaSet set, Messages messages) {
    this.set = set;
    this.m = messages;
  }

  /** The expression's node, as far as words need it. */
  private sealed interface Node {}

  private record Num(BigDecimal value) implements Node {}

  private record Var(String name) implements Node {}

  private record Arith(char op, Node a, Node b) implements Node {}

  private record If(Node cond, Node then, Node otherwise) implements Node {}

  private record Extreme(boolean max, List<Node> args) implements Node {}

  /** Anything words do not say (comparisons, logic, round, abs, negation). */
  private record Other() implements Node {}

  /** Builds the nodes. */
  private static final class Tree implements Expr.Visitor<Node> {
    @Override
    public Node number(BigDecimal value) {
      return new Num(value);
    }

    @Override
    public Node variable(String name) {
      return new Var(name);
    }

    @Override
    public Node unary(char op, Node operand) {
      return new Other();
    }

    @Override
    public Node arithmetic(char op, Node a, Node b) {
      return new Arith(op, a, b);
    }

    @Override
    public Node compare(String op, Node a, Node b) {
      return new Other();
    }

    @Override
    public Node logic(boolean and, Node a, Node b) {
      return new Other();
    }

    @Override
    public Node condition(Node cond, Node then, Node otherwise) {
      return new If(cond, then, otherwise);
    }

    @Override
    public Node extreme(boolean max, List<Node> args) {
      return new Extreme(max, args);
    }

    @Override
    public Node round(Node x, Node decimals) {
      return new Other();
    }
  }

  /** The rule of a formula criterion with max {@code max}, without the final full stop. */
  String say(String expr, BigDecimal max) {
    String mx = num(max);
    try {
      Node root = Expr.compile(expr).accept(new Tree());
      List<Node> terms = new ArrayList<>();
      addends(root, terms);
      List<String> parts = new ArrayList<>();
      for (Node t : terms) {
        String p = term(t);
        if (p == null) {
          return m.get("template.rule.formula", labelled(expr), mx);
        }
        parts.add(p);
      }
      return parts.size() == 1
          ? m.get("template.rule.formula.one", parts.get(0), mx)
          : m.get("template.rule.formula.sum", String.join("; ", parts), mx);
    } catch (ExprException e) {
      return m.get("template.rule.formula", labelled(expr), mx);
    }
  }

  private static void addends(Node n, List<Node> out) {
    if (n instanceof Arith a && a.op() == '+') {
      addends(a.a(), out);
      addends(a.b(), out);
    } else {
      out.add(n);
    }
  }

  /** One part of the sum in words, or {@code null} when it is not a shape words say. */
  private String term(Node t) {
    if (t instanceof Num n) {
      return m.get("template.rule.formula.constant", num(n.value()));
    }
    if (t instanceof If i
        && i.cond() instanceof Var v
        && input(v).filter(d -> d.type() == InputType.BOOLEAN).isPresent()
        && i.then() instanceof Num yes
        && i.otherwise() instanceof Num no) {
      String label = label(input(v).get());
      return no.value().signum() == 0
          ? m.get("template.rule.formula.yes", label, num(yes.value()))
          : m.get("template.rule.formula.yesno", label, num(yes.value()), num(no.value()));
    }
    if (t instanceof Var v && input(v).filter(d -> d.type() == InputType.BOOLEAN).isPresent()) {
      return m.get("template.rule.formula.yes", label(input(v).get()), "1");
    }
    if (t instanceof Extreme e && !e.max() && e.args().size() == 2) {
      Node a = e.args().get(0);
      Node b = e.args().get(1);
      Node x = a instanceof Num ? b : a;
      if ((a instanceof Num) != (b instanceof Num)) {
        String rate = linear(x);
        BigDecimal cap = ((Num) (a instanceof Num ? a : b)).value();
        return rate == null ? null : m.get("template.rule.formula.capped", rate, num(cap));
      }
      return null;
    }
    return linear(t);
  }

  /** An input times a constant ("2 điểm mỗi dự án", "tỷ lệ thuận, 100% được 4 điểm"), else null. */
  private String linear(Node t) {
    BigDecimal[] coefficient = {BigDecimal.ONE};
    Var v = scaled(t, coefficient);
    if (v == null || coefficient[0].signum() <= 0) {
      return null;
    }
    Optional<InputDef> def = input(v);
    if (def.isEmpty() || !def.get().type().numeric() || def.get().type() == InputType.BOOLEAN || def.get().type() == InputType.CHOICE) {
      return null;
    }
    InputDef d = def.get();
    String label = label(d);
    if (d.type() == InputType.PERCENT) {
      return m.get("template.rule.formula.percent", label, num(coefficient[0].multiply(HUNDRED)));
    }
    String unit = d.unit() == null || d.unit().isBlank() ? null : d.unit().strip();
    return unit == null
        ? m.get("template.rule.formula.times", label, num(coefficient[0]))
        : m.get("template.rule.formula.each", label, num(coefficient[0]), unit);
  }

  /** The input of {@code x}, {@code x * c}, {@code c * x} or {@code x / c}, its factor in coefficient[0]. */
  private static Var scaled(Node t, BigDecimal[] coefficient) {
    if (t instanceof Var v) {
      return v;
    }
    if (t instanceof Arith a && a.op() == '*') {
      if (a.b() instanceof Num n) {
        coefficient[0] = coefficient[0].multiply(n.value());
        return scaled(a.a(), coefficient);
      }
      if (a.a() instanceof Num n) {
        coefficient[0] = coefficient[0].multiply(n.value());
        return scaled(a.b(), coefficient);
      }
    }
    if (t instanceof Arith a && a.op() == '/' && a.b() instanceof Num n && n.value().signum() != 0) {
      coefficient[0] = coefficient[0].divide(n.value(), MathContext.DECIMAL64);
      return scaled(a.a(), coefficient);
    }
    return null;
  }

  private Optional<InputDef> input(Var v) {
    Optional<InputDef> exact = set.input(v.name());
    if (exact.isPresent()) {
      return exact;
    }
    return set.inputs().stream().filter(d -> d.id().equalsIgnoreCase(v.name())).findFirst();
  }

  private static String label(InputDef d) {
    return d.label() == null || d.label().isBlank() ? d.id() : d.label().strip();
  }

  /** The expression as written, every input id replaced by its label in brackets. */
  String labelled(String expr) {
    Matcher w = MethodInputs.WORD.matcher(expr.strip());
    StringBuilder out = new StringBuilder();
    while (w.find()) {
      Optional<InputDef> d = input(new Var(w.group()));
      w.appendReplacement(out, Matcher.quoteReplacement(d.map(x -> "[" + label(x) + "]").orElse(w.group())));
    }
    w.appendTail(out);
    return out.toString();
  }

  private String num(BigDecimal v) {
    return RuleText.num(v, m.language());
  }
}
