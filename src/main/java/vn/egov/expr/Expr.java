package vn.egov.expr;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.config.MapBasedOperatorDictionary;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.FunctionIfc;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.IfFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.RoundFunction;
import com.ezylang.evalex.operators.arithmetic.InfixDivisionOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMultiplicationOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPlusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPowerOfOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixPlusOperator;
import com.ezylang.evalex.operators.booleans.InfixAndOperator;
import com.ezylang.evalex.operators.booleans.InfixEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixGreaterEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixGreaterOperator;
import com.ezylang.evalex.operators.booleans.InfixLessEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixLessOperator;
import com.ezylang.evalex.operators.booleans.InfixNotEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixOrOperator;
import com.ezylang.evalex.operators.booleans.PrefixNotOperator;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.egov.model.Evaluated;
import vn.egov.security.Limits;

/**
 * A compiled expression over input ids. Immutable and thread-safe.
 *
 * <p>EvalEx, a maintained expression library, reads the text (tokens, precedence, parentheses,
 * the position of a mistake); the tree it parses is turned into {@link Term}s, which evaluate it
 * in one value domain: booleans are the numbers 1 and 0 wherever a number is expected, and a
 * number is a condition, true when not 0 (SPEC §2). EvalEx's own evaluation is not used: it
 * keeps booleans and numbers apart and joined {@code 0.75 + false} as the text
 * {@code "0.75false"}. Arithmetic is {@link #MATH} (34 significant digits, half-up), so
 * {@code 57 / 100 * 100 >= 57} holds; {@code round(x, n)} rounds half-up. Only the operators of
 * SPEC §2 ({@code + - * / ^ < <= > >= == != && || !}) and the functions {@code min max abs round
 * if} exist; anything else is refused when the criteria set is checked.
 */
public final class Expr {
  /** Decimal arithmetic for everything on the way to a published figure. */
  public static final MathContext MATH = new MathContext(34, RoundingMode.HALF_UP);

  /**
   * The parser's configuration: only SPEC §2's operators and functions are known to it, so
   * anything else ({@code %}, {@code =}, {@code sqrt(…)}, text in quotes) is a syntax error at
   * its position. The operator objects only tell the parser their precedence; {@link Term}
   * evaluates.
   */
  private static final ExpressionConfiguration CONFIG =
      ExpressionConfiguration.builder()
          .mathContext(MATH)
          .operatorDictionary(
              MapBasedOperatorDictionary.ofOperators(
                  Map.entry("+", new InfixPlusOperator()),
                  Map.entry("-", new InfixMinusOperator()),
                  Map.entry("*", new InfixMultiplicationOperator()),
                  Map.entry("/", new InfixDivisionOperator()),
                  Map.entry("^", new InfixPowerOfOperator()),
                  Map.entry("<", new InfixLessOperator()),
                  Map.entry("<=", new InfixLessEqualsOperator()),
                  Map.entry(">", new InfixGreaterOperator()),
                  Map.entry(">=", new InfixGreaterEqualsOperator()),
                  Map.entry("==", new InfixEqualsOperator()),
                  Map.entry("!=", new InfixNotEqualsOperator()),
                  Map.entry("&&", new InfixAndOperator()),
                  Map.entry("||", new InfixOrOperator()),
                  Map.entry("-", new PrefixMinusOperator()),
                  Map.entry("+", new PrefixPlusOperator()),
                  Map.entry("!", new PrefixNotOperator())))
          .functionDictionary(
              MapBasedFunctionDictionary.ofFunctions(
                  Map.entry("MIN", new MinFunction()),
                  Map.entry("MAX", new MaxFunction()),
                  Map.entry("ABS", new AbsFunction()),
                  Map.entry("ROUND", new RoundFunction()),
                  Map.entry("IF", new IfFunction())))
          .defaultConstants(
              new TreeMap<>(
                  Map.of("TRUE", EvaluationValue.TRUE, "FALSE", EvaluationValue.FALSE)))
          .arraysAllowed(false)
          .structuresAllowed(false)
          .implicitMultiplicationAllowed(false)
          .singleQuoteStringLiteralsAllowed(false)
          .stripTrailingZeros(false)
          .build();

  private final String text;
  private final Set<String> variables;
  private final Term term;

  private Expr(String text, Term term, Set<String> variables) {
    this.text = text;
    this.term = term;
    this.variables = variables;
  }

  /**
   * Parses and checks an expression.
   *
   * @throws ExprException with a message naming the bad token and where it is
   */
  public static Expr compile(String text) throws ExprException {
    if (text == null || text.isBlank()) {
      throw new ExprException("empty expression", 1);
    }
    if (text.length() > Limits.MAX_EXPRESSION_CHARS) {
      throw new ExprException(
          "expression of " + text.length() + " characters, more than the limit of "
              + Limits.MAX_EXPRESSION_CHARS,
          Limits.MAX_EXPRESSION_CHARS + 1);
    }
    Expression e = new Expression(text, CONFIG);
    try {
      e.validate();
      Term term = term(e.getAbstractSyntaxTree());
      return new Expr(text, term, Collections.unmodifiableSet(inOrder(text, e.getUsedVariables())));
    } catch (BaseException ex) {
      throw new ExprException(describe(ex), Math.max(1, ex.getStartPosition()));
    } catch (RuntimeException ex) {
      // EvalEx 3.5.0 throws unchecked exceptions for some malformed text, e.g.
      // NoSuchElementException for "max(+, b)" (found by fuzzing, SECURITY.md): still a syntax error
      throw new ExprException("cannot read the expression (" + ex.getClass().getSimpleName() + ")", 1);
    }
  }

  /** The evaluating tree of a parsed node; what SPEC §2 does not know is refused at its place. */
  private static Term term(ASTNode n) throws ExprException {
    Token t = n.getToken();
    List<ASTNode> p = n.getParameters();
    int at = Math.max(1, t.getStartPosition());
    switch (t.getType()) {
      case NUMBER_LITERAL:
        return new Term.Literal(literal(t, at));
      case VARIABLE_OR_CONSTANT: {
        String upper = t.getValue().toUpperCase(Locale.ROOT);
        if (upper.equals("TRUE") || upper.equals("FALSE")) {
          return new Term.Literal(Term.of(upper.equals("TRUE")));
        }
        return new Term.Variable(t.getValue());
      }
      case PREFIX_OPERATOR: {
        Term operand = term(p.get(0));
        return t.getValue().equals("+") ? operand : new Term.Unary(t.getValue().charAt(0), operand);
      }
      case INFIX_OPERATOR: {
        Term a = term(p.get(0));
        Term b = term(p.get(1));
        String op = t.getValue();
        return switch (op) {
          case "+", "-", "*", "/", "^" -> new Term.Arithmetic(op.charAt(0), a, b);
          case "&&" -> new Term.Logic(true, a, b);
          case "||" -> new Term.Logic(false, a, b);
          default -> new Term.Compare(op, a, b);
        };
      }
      case FUNCTION:
        return function(t, p, at);
      default:
        throw new ExprException("'" + t.getValue() + "' cannot be used in a criteria expression", at);
    }
  }

  private static Term function(Token t, List<ASTNode> p, int at) throws ExprException {
    List<Term> args = new ArrayList<>();
    for (ASTNode a : p) {
      args.add(term(a));
    }
    FunctionIfc f = t.getFunctionDefinition();
    String name = t.getValue().toLowerCase(Locale.ROOT);
    int wanted = f instanceof IfFunction ? 3 : f instanceof RoundFunction ? 2 : f instanceof AbsFunction ? 1 : -1;
    if (wanted > 0 ? args.size() != wanted : args.isEmpty()) {
      throw new ExprException(
          name + "(…) takes " + (wanted > 0 ? wanted + "" : "at least 1") + " argument" + (wanted == 1 ? "" : "s")
              + ", not " + args.size(),
          at);
    }
    if (f instanceof IfFunction) {
      return new Term.If(args.get(0), args.get(1), args.get(2));
    }
    if (f instanceof RoundFunction) {
      return new Term.Round(args.get(0), args.get(1));
    }
    if (f instanceof AbsFunction) {
      return new Term.Unary('a', args.get(0));
    }
    return new Term.Extreme(f instanceof MaxFunction, args);
  }

  /**
   * A number literal. Literals EvalEx accepts when parsing but that are no number ({@code
   * 1e99999999999}: exponent out of range), or beyond 10^±1000, which no criteria set needs and
   * which make arithmetic slow, are refused here, where the criteria author can fix them, instead
   * of failing or hanging at evaluation (found by fuzzing, SECURITY.md).
   */
  private static BigDecimal literal(Token t, int at) throws ExprException {
    try {
      BigDecimal v = EvaluationValue.numberOfString(t.getValue(), MATH).getNumberValue();
      if (Math.abs(Term.orders(v)) <= Limits.MAX_LITERAL_ORDERS) { // 1e100000011 took minutes to divide
        return v;
      }
    } catch (NumberFormatException | ArithmeticException ex) {
      // out of range, below
    }
    throw new ExprException("number out of range '" + t.getValue() + "'", at);
  }

  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * The variables as written and in the order they first appear (EvalEx reports them as a sorted,
   * case-insensitive set).
   */
  private static Set<String> inOrder(String text, Set<String> used) {
    Set<String> lower = new java.util.HashSet<>();
    used.forEach(v -> lower.add(v.toLowerCase(Locale.ROOT)));
    Set<String> out = new LinkedHashSet<>();
    java.util.regex.Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (lower.contains(m.group().toLowerCase(Locale.ROOT))) {
        out.add(m.group());
      }
    }
    return out;
  }

  private static String describe(BaseException ex) {
    String msg = ex.getMessage();
    String token = ex.getTokenString();
    if (token != null && !token.isEmpty() && (msg == null || !msg.contains(token))) {
      return msg + " '" + token + "'";
    }
    return msg;
  }

  public String text() {
    return text;
  }

  /**
   * A walk over the parsed expression, operands first, for translating it into another language
   * (the self-assessment template turns it into a spreadsheet formula). Booleans have no node of
   * their own: {@code true}/{@code false} are the numbers 1 and 0.
   */
  public interface Visitor<R> {
    R number(BigDecimal value);

    R variable(String name);

    /** {@code -x} ('-'), {@code !x} ('!': 1 when x is 0, else 0) and {@code abs(x)} ('a'). */
    R unary(char op, R operand);

    /** {@code + - * / ^}. */
    R arithmetic(char op, R a, R b);

    /** {@code < <= > >= == !=}: 1 or 0. */
    R compare(String op, R a, R b);

    /** {@code &&} ({@code and}) or {@code ||}: 1 or 0, the right operand read only when it decides. */
    R logic(boolean and, R a, R b);

    /** {@code if(cond, then, otherwise)}: only the branch taken is evaluated. */
    R condition(R cond, R then, R otherwise);

    /** {@code max(…)} or {@code min(…)}. */
    R extreme(boolean max, List<R> args);

    /** {@code round(x, n)}, half-up, n a whole number. */
    R round(R x, R decimals);
  }

  /** The expression's tree walked by the visitor. */
  public <R> R accept(Visitor<R> visitor) {
    return term.accept(visitor);
  }

  /** The input ids the expression reads, as written. */
  public Set<String> variables() {
    return variables;
  }

  /**
   * Evaluates with the given input values; a boolean result comes out as 1 or 0.
   *
   * @param values numeric value per input id (booleans 1/0); a variable without value makes the
   *     result undefined unless the expression does not reach it (e.g. an {@code if} branch not
   *     taken)
   * @return the value, or a reason why it is undefined
   */
  public Evaluated evaluate(Map<String, BigDecimal> values) {
    try {
      return Evaluated.of(term.value(values));
    } catch (Undefined u) {
      return Evaluated.undefined(u.getMessage());
    } catch (ArithmeticException e) {
      // an exponent or scale beyond what BigDecimal represents: undefined, not a crash
      return Evaluated.undefined(e.getMessage());
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
