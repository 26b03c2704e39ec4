package vn.egov.expr;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.IfFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.RoundFunction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.egov.model.Evaluated;

/**
 * A compiled expression over input ids. Immutable and thread-safe: every evaluation works on its
 * own copy of the parsed tree.
 *
 * <p>Arithmetic: {@link #MATH} (34 significant digits, half-up), so {@code 57 / 100 * 100 >= 57}
 * holds; {@code round(x, n)} rounds half-up. Booleans are 1/0. Only {@code min max abs round if}
 * are known functions; nothing else can be called.
 */
public final class Expr {
  /** Decimal arithmetic for everything on the way to a published figure. */
  public static final MathContext MATH = new MathContext(34, RoundingMode.HALF_UP);

  private static final ExpressionConfiguration CONFIG =
      ExpressionConfiguration.builder()
          .mathContext(MATH)
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
          .dataAccessorSupplier(UnitData::new)
          .build()
          .withAdditionalOperators(Map.entry("/", new DivisionOperator()))
          .withAdditionalOperators(Map.entry("^", new BoundedPower())); // SECURITY.md: huge exponents

  private final String text;
  private final Set<String> variables;
  /** One parsed expression per thread: its data accessor points at the unit being evaluated. */
  private final ThreadLocal<Expression> perThread;
  /** The same expression evaluated without EvalEx's objects, or {@code null}: see {@link Arithmetic}. */
  private final Arithmetic fast;

  private Expr(String text, Expression parsed, Set<String> variables) {
    this.text = text;
    this.variables = variables;
    this.fast = Arithmetic.of(parsed);
    this.perThread =
        ThreadLocal.withInitial(
            () -> {
              try {
                return parsed.copy(); // shares nothing mutable; the tree is parsed once per thread
              } catch (BaseException e) {
                throw new IllegalStateException("an expression that parsed once no longer parses", e);
              }
            });
  }

  /**
   * EvalEx reads variables through this: straight from the unit's map of numbers, so nothing is
   * copied per evaluation. Variables without a value are unknown to EvalEx (undefined result).
   */
  private static final class UnitData implements com.ezylang.evalex.data.DataAccessorIfc {
    private Map<String, BigDecimal> numbers = Map.of();

    @Override
    public EvaluationValue getData(String variable) {
      BigDecimal v = numbers.get(variable);
      return v == null ? null : EvaluationValue.numberValue(v);
    }

    @Override
    public void setData(String variable, EvaluationValue value) {
      throw new UnsupportedOperationException("criteria expressions do not assign variables");
    }
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
    if (text.length() > vn.egov.security.Limits.MAX_EXPRESSION_CHARS) {
      throw new ExprException(
          "expression of " + text.length() + " characters, more than the limit of "
              + vn.egov.security.Limits.MAX_EXPRESSION_CHARS,
          vn.egov.security.Limits.MAX_EXPRESSION_CHARS + 1);
    }
    Expression e = new Expression(text, CONFIG);
    try {
      e.validate();
      checkNumbers(e);
      return new Expr(text, e, Collections.unmodifiableSet(inOrder(text, e.getUsedVariables())));
    } catch (BaseException ex) {
      throw new ExprException(describe(ex), Math.max(1, ex.getStartPosition()));
    } catch (RuntimeException ex) {
      // EvalEx 3.5.0 throws unchecked exceptions for some malformed text, e.g.
      // NoSuchElementException for "max(+, b)" (found by fuzzing, SECURITY.md): still a syntax error
      throw new ExprException("cannot read the expression (" + ex.getClass().getSimpleName() + ")", 1);
    }
  }

  /**
   * Number literals EvalEx accepts when parsing but cannot turn into a number when evaluating
   * ({@code 1e99999999999}: exponent out of range), or beyond 10^±1000, which no criteria set
   * needs and which make arithmetic slow, are refused here, where the criteria author can fix
   * them, instead of failing or hanging at evaluation (found by fuzzing, SECURITY.md).
   */
  private static void checkNumbers(Expression e) throws BaseException, ExprException {
    for (com.ezylang.evalex.parser.ASTNode n : e.getAllASTNodes()) {
      com.ezylang.evalex.parser.Token t = n.getToken();
      if (t.getType() == com.ezylang.evalex.parser.Token.TokenType.NUMBER_LITERAL) {
        boolean ok;
        try {
          BigDecimal v = EvaluationValue.numberOfString(t.getValue(), MATH).getNumberValue();
          ok = Math.abs(BoundedPower.orders(v)) <= vn.egov.security.Limits.MAX_LITERAL_ORDERS; // 1e100000011 took minutes to divide
        } catch (NumberFormatException | ArithmeticException ex) {
          ok = false;
        }
        if (!ok) {
          throw new ExprException("number out of range '" + t.getValue() + "'", Math.max(1, t.getStartPosition()));
        }
      }
    }
  }

  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * The variables as written and in the order they first appear (EvalEx reports them as a sorted,
   * case-insensitive set).
   */
  private static Set<String> inOrder(String text, Set<String> used) {
    Set<String> lower = new java.util.HashSet<>();
    used.forEach(v -> lower.add(v.toLowerCase(java.util.Locale.ROOT)));
    Set<String> out = new LinkedHashSet<>();
    java.util.regex.Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (lower.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
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

  /** The input ids the expression reads, as written. */
  public Set<String> variables() {
    return variables;
  }

  /**
   * Evaluates with the given input values; booleans come out as 1/0.
   *
   * @param values numeric value per input id; a variable without value makes the result
   *     undefined unless the expression does not reach it (e.g. an {@code if} branch not taken)
   * @return the value, or a reason why it is undefined
   */
  public Evaluated evaluate(Map<String, BigDecimal> values) {
    if (fast != null) {
      try {
        BigDecimal v = fast.value(values);
        if (v != null) {
          return Evaluated.of(v);
        }
      } catch (ArithmeticException e) {
        // EvalEx says what went wrong, below
      }
    }
    return evaluateWithEvalEx(values);
  }

  /** Whether the expression is evaluated without EvalEx's objects where it can be (tests). */
  boolean hasFastPath() {
    return fast != null;
  }

  /** {@link #evaluate} by EvalEx alone (for tests comparing it with the fast path). */
  Evaluated evaluateWithEvalEx(Map<String, BigDecimal> values) {
    try {
      Expression e = perThread.get();
      ((UnitData) e.getDataAccessor()).numbers = values;
      EvaluationValue r = e.evaluate();
      if (r.isBooleanValue()) {
        return Evaluated.of(r.getBooleanValue() ? BigDecimal.ONE : BigDecimal.ZERO);
      }
      if (r.isNumberValue()) {
        return Evaluated.of(r.getNumberValue());
      }
      return Evaluated.undefined("not a number: " + r.getValue());
    } catch (BaseException ex) {
      return Evaluated.undefined(describe(ex));
    } catch (ArithmeticException | NumberFormatException ex) {
      // overflow (10 ^ 999999999) or a number EvalEx cannot represent: undefined, not a crash
      return Evaluated.undefined(ex.getMessage());
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
