package vn.egov.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.model.CriterionResult;
import vn.egov.model.CriterionStatus;
import vn.egov.model.Results;
import vn.egov.model.UnitResult;
import vn.egov.testing.Assess;

/**
 * SPEC §2 "Expressions" as a table: every operator and function × every kind of operand, with
 * the value and criterion status written by hand from SPEC. Each row is a {@code formula}
 * criterion (max 1000, {@code na: allowed}) of one criteria set, assessed once through the whole
 * pipeline (YAML, CSV, validation, scoring), so the status is the one a Department would see. The
 * points asserted are SPEC's formula rule applied to the expected value: clamp(v, 0, max),
 * rounded half-up to 2 decimals; 0 for {@code missing} and {@code undefined}, none for {@code
 * na}.
 *
 * <p>The operands of the one unit, as typed in its report:
 *
 * <pre>
 *   num  number   "2,5"      → 2.5
 *   int  integer  "1.000"    → 1000 (groups of three: a thousands separator)
 *   pct  percent  "96,52%"   → 96.52 (percent inputs are their 0–100 number)
 *   yes  boolean  "Có"       → 1
 *   no   boolean  "không"    → 0
 *   nai  number   "N/A"      → the criterion is na
 *   opt  number   blank, required: false → 0
 *   req  number   blank, required       → the criterion is missing
 *   zero number   "0"        (x / zero: division by zero, undefined)
 *   big  number   40 digits: 1234567890123456789012345678901234567890
 * </pre>
 *
 * and comparisons {@code (int > num)} (true) and {@code (num > int)} (false) as operands.
 *
 * <p>Value column: an exact decimal, compared by value ({@code 1.0} = {@code 1}); {@code ≈x}
 * where SPEC's "at least 34 significant digits" leaves the digits beyond the 30th to the
 * implementation (1/3; a 40-digit input in arithmetic); {@code -} where there is none.
 *
 * <p>Where SPEC is silent the table follows the engine and says so in a {@code #} note: {@code ^}
 * (not in SPEC's list; whole exponents only, right-associative, after unary minus), {@code
 * round} with a fractional n, and short-circuit {@code && || if}, which leave an operand they
 * do not need unevaluated — but N/A and blank required inputs are judged on every input the
 * expression names, evaluated or not, as SPEC states it per criterion.
 */
class ConformanceTableTest {
  static final String TABLE =
      """
      # expression                         | status    | value
      # ---- + ----
      num + int                            | scored    | 1002.5
      int + pct                            | scored    | 1096.52
      pct + yes                            | scored    | 97.52
      num + no                             | scored    | 2.5
      num + (int > num)                    | scored    | 3.5
      num + (num > int)                    | scored    | 2.5
      num + nai                            | na        | -
      num + opt                            | scored    | 2.5
      num + req                            | missing   | -
      num + num / zero                     | undefined | -
      big + num                            | scored    | ≈1234567890123456789012345678901234567892.5
      yes + yes + yes                      | scored    | 3
      # ---- - ----
      int - num                            | scored    | 997.5
      num - pct                            | scored    | -94.02
      yes - no                             | scored    | 1
      pct - (int > num)                    | scored    | 95.52
      nai - num                            | na        | -
      opt - num                            | scored    | -2.5
      req - 1                              | missing   | -
      num - 1 / zero                       | undefined | -
      big - big                            | scored    | 0
      # ---- * ----
      num * int                            | scored    | 2500
      pct * num                            | scored    | 241.3
      num * yes                            | scored    | 2.5
      num * no                             | scored    | 0
      pct * (int > num)                    | scored    | 96.52
      pct * (num > int)                    | scored    | 0
      nai * 0                              | na        | -
      opt * num                            | scored    | 0
      req * 0                              | missing   | -
      num / zero * 0                       | undefined | -
      big * 0                              | scored    | 0
      big * no                             | scored    | 0
      # ---- / ----
      int / num                            | scored    | 400
      pct / 4                              | scored    | 24.13
      1 / 3                                | scored    | ≈0.333333333333333333333333333333
      2 / 3 * 3                            | scored    | ≈2
      num / yes                            | scored    | 2.5
      num / no                             | undefined | -
      num / (int > num)                    | scored    | 2.5
      num / (num > int)                    | undefined | -
      nai / zero                           | na        | -
      opt / num                            | scored    | 0
      num / opt                            | undefined | -
      req / zero                           | missing   | -
      num / zero                           | undefined | -
      zero / num                           | scored    | 0
      big / big                            | scored    | 1
      big / int                            | scored    | ≈1234567890123456789012345678901234567.89
      # ---- ^ (not in SPEC: the engine's whole-number powers) ----
      num ^ 2                              | scored    | 6.25
      int ^ yes                            | scored    | 1000
      int ^ no                             | scored    | 1
      2 ^ (int > num)                      | scored    | 2
      num ^ 0.5                            | undefined | -
      zero ^ -1                            | undefined | -
      nai ^ 2                              | na        | -
      opt ^ 2                              | scored    | 0
      req ^ 2                              | missing   | -
      (1 / zero) ^ 0                       | undefined | -
      zero ^ 0                             | scored    | 1
      zero ^ 2                             | scored    | 0
      2 ^ -1                               | scored    | 0.5
      10 ^ 100000 > 1                      | scored    | 1
      # ---- unary - ----
      -num                                 | scored    | -2.5
      -yes                                 | scored    | -1
      -(int > num)                         | scored    | -1
      -nai                                 | na        | -
      -opt                                 | scored    | 0
      -req                                 | missing   | -
      -(1 / zero)                          | undefined | -
      -big < 0                             | scored    | 1
      - -num                               | scored    | 2.5
      int - -num                           | scored    | 1002.5
      # ---- ! ----
      !yes                                 | scored    | 0
      !no                                  | scored    | 1
      !num                                 | scored    | 0
      !zero                                | scored    | 1
      !pct                                 | scored    | 0
      !(num > int)                         | scored    | 1
      !nai                                 | na        | -
      !opt                                 | scored    | 1
      !req                                 | missing   | -
      !(1 / zero)                          | undefined | -
      !big                                 | scored    | 0
      !(!num)                              | scored    | 1
      # ---- < <= > >= == != ----
      num < int                            | scored    | 1
      int < num                            | scored    | 0
      num <= 2.5                           | scored    | 1
      pct > 96.5                           | scored    | 1
      pct >= 96.52                         | scored    | 1
      pct > 96.52                          | scored    | 0
      yes == 1                             | scored    | 1
      no == 0                              | scored    | 1
      yes > no                             | scored    | 1
      yes != no                            | scored    | 1
      (int > num) == yes                   | scored    | 1
      (int > num) != 1                     | scored    | 0
      yes + yes == 2                       | scored    | 1
      nai < 1                              | na        | -
      opt == 0                             | scored    | 1
      opt != 0                             | scored    | 0
      req >= 0                             | missing   | -
      num / zero > 0                       | undefined | -
      big > int                            | scored    | 1
      big == big                           | scored    | 1
      big <= int                           | scored    | 0
      1.0 == 1                             | scored    | 1
      57 / 100 * 100 >= 57                 | scored    | 1
      0.1 + 0.2 == 0.3                     | scored    | 1
      # ---- && || ----
      yes && no                            | scored    | 0
      yes && yes                           | scored    | 1
      yes || no                            | scored    | 1
      no || no                             | scored    | 0
      num && int                           | scored    | 1
      num && zero                          | scored    | 0
      pct || no                            | scored    | 1
      (int > num) && pct                   | scored    | 1
      (num > int) || opt                   | scored    | 0
      no && nai                            | na        | -
      yes || req                           | missing   | -
      pct && 1 / zero                      | undefined | -
      zero && 1 / zero                     | scored    | 0       # not evaluated: && stops at false
      yes || 1 / zero                      | scored    | 1       # not evaluated: || stops at true
      big && yes                           | scored    | 1
      (yes && yes) + (yes || no)           | scored    | 2
      # ---- min max ----
      min(num, int)                        | scored    | 2.5
      max(num, int, pct)                   | scored    | 1000
      min(pct, 100)                        | scored    | 96.52
      min(yes, num)                        | scored    | 1
      max(no, -1)                          | scored    | 0
      max(num > int, int > num)            | scored    | 1
      min(nai, 1)                          | na        | -
      min(opt, num)                        | scored    | 0
      max(req, 1)                          | missing   | -
      max(1, 1 / zero)                     | undefined | -
      max(big, 1)                          | scored    | ≈1234567890123456789012345678901234567890
      min(-num, opt)                       | scored    | -2.5
      max(num)                             | scored    | 2.5
      # ---- abs ----
      abs(-num)                            | scored    | 2.5
      abs(opt - pct)                       | scored    | 96.52
      abs(-yes)                            | scored    | 1
      abs(no)                              | scored    | 0
      abs(num < int)                       | scored    | 1
      abs(nai)                             | na        | -
      abs(req)                             | missing   | -
      abs(1 / zero)                        | undefined | -
      abs(-big) > int                      | scored    | 1
      # ---- round (half-up) ----
      round(num, 0)                        | scored    | 3
      round(-num, 0)                       | scored    | -3      # half-up rounds halves away from 0
      round(pct, 1)                        | scored    | 96.5
      round(2 / 3, 2)                      | scored    | 0.67
      round(1.005, 2)                      | scored    | 1.01
      round(int, -2)                       | scored    | 1000
      round(1250, -2)                      | scored    | 1300
      round(yes, 0)                        | scored    | 1
      round(pct, yes)                      | scored    | 96.5
      round(num, int > num)                | scored    | 2.5
      round(nai, 0)                        | na        | -
      round(opt, 2)                        | scored    | 0
      round(req, 0)                        | missing   | -
      round(1 / zero, 2)                   | undefined | -
      round(num, 0.5)                      | undefined | -       # SPEC silent: n must be whole
      round(num, 100)                      | scored    | 2.5     # n up to ±100
      round(1250, -100)                    | scored    | 0
      round(big / 1000, 0) > 0             | scored    | 1
      # ---- if ----
      if(yes, num, int)                    | scored    | 2.5
      if(no, num, int)                     | scored    | 1000
      if(num, 1, 2)                        | scored    | 1
      if(zero, 1, 2)                       | scored    | 2
      if(pct, 1, 2)                        | scored    | 1
      if(int > num, pct, 0)                | scored    | 96.52
      if(yes, yes, no) + 1                 | scored    | 2
      if(no, 1, num > int) + 1             | scored    | 1
      if(nai, 1, 2)                        | na        | -
      if(opt, 1, 2)                        | scored    | 2
      if(req, 1, 2)                        | missing   | -
      if(zero != 0, num / zero, 0)         | scored    | 0       # only the branch taken is evaluated
      if(yes, 1 / zero, 0)                 | undefined | -
      if(1 / zero, 1, 2)                   | undefined | -
      if(big, 1, 2)                        | scored    | 1
      if(no, nai, 0)                       | na        | -       # N/A is judged on every input named
      if(yes, 0, req)                      | missing   | -
      if(yes, 3, 0) + (int > num && yes)   | scored    | 4       # SPEC's own example: 3 + 1
      # ---- precedence ----
      num + int > pct && yes               | scored    | 1
      num + no > pct && yes                | scored    | 0
      num + yes > 3 && yes                 | scored    | 1
      !no + 1                              | scored    | 2
      !yes + 1                             | scored    | 1
      !(yes + 1)                           | scored    | 0
      -num * 2                             | scored    | -5
      -num + 3                             | scored    | 0.5
      -(num + 3)                           | scored    | -5.5
      2 + 3 * 4                            | scored    | 14
      (2 + 3) * 4                          | scored    | 20
      10 - 4 - 3                           | scored    | 3
      64 / 4 / 2                           | scored    | 8
      1 + 8 / 4 * 2                        | scored    | 5
      yes || no && no                      | scored    | 1
      (yes || no) && no                    | scored    | 0
      1 < 2 == 1                           | scored    | 1
      num > int == no                      | scored    | 1
      -yes + 1                             | scored    | 0
      2 ^ 3 ^ 2                            | scored    | 512     # SPEC silent on ^: right-associative
      -2 ^ 2                               | scored    | 4       # SPEC silent on ^: unary minus first
      2 * 3 ^ 2                            | scored    | 18
      """;

  record Row(String expr, CriterionStatus status, String value, String note) {
    @Override
    public String toString() {
      return expr + "  →  " + status.key() + (value.equals("-") ? "" : " " + value);
    }
  }

  /** expression | status | value [# note]; the expression may hold "||", the columns are "| word |". */
  private static final java.util.regex.Pattern ROW =
      java.util.regex.Pattern.compile("(.*?)\\s\\|\\s+(scored|undefined|missing|na)\\s+\\|\\s+(\\S+)\\s*(?:#\\s*(.*))?");

  static List<Row> rows() {
    List<Row> out = new ArrayList<>();
    for (String line : TABLE.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      java.util.regex.Matcher m = ROW.matcher(line);
      if (!m.matches()) {
        throw new IllegalStateException("not a row: " + line);
      }
      String note = m.group(4) == null ? "" : m.group(4);
      out.add(new Row(m.group(1).strip(), CriterionStatus.valueOf(m.group(2).toUpperCase(java.util.Locale.ROOT)), m.group(3), note));
    }
    return out;
  }

  @TempDir Path dir;

  static final String REPORT =
      "unit_id,unit_group,num,int,pct,yes,no,nai,opt,req,zero,big\n"
          + "U,a,\"2,5\",1.000,\"96,52%\",Có,không,N/A,,,0,1234567890123456789012345678901234567890\n";

  /** The set of one formula criterion {@code r} (max 1000, {@code na: allowed}) over the operands. */
  static String criteria(String expr) {
    return Assess.HEAD
        + "unit_groups: [{id: a, name: A}]\n"
        + "scoring: {precision: 2}\n"
        + "inputs:\n"
        + "  - {id: num, label: num, type: number}\n"
        + "  - {id: int, label: int, type: integer}\n"
        + "  - {id: pct, label: pct, type: percent}\n"
        + "  - {id: yes, label: yes, type: boolean}\n"
        + "  - {id: no, label: no, type: boolean}\n"
        + "  - {id: nai, label: nai, type: number}\n"
        + "  - {id: opt, label: opt, type: number, required: false}\n"
        + "  - {id: req, label: req, type: number}\n"
        + "  - {id: zero, label: zero, type: number}\n"
        + "  - {id: big, label: big, type: number}\n"
        + "groups:\n  - id: G\n    name: G\n    criteria:\n"
        + "      - {id: r, name: r, max: 1000, na: allowed, method: {type: formula, expr: '" + expr + "'}}\n";
  }

  static Stream<Row> table() {
    return rows().stream();
  }

  /**
   * One row, one assessment: each row is scored on its own (not all rows at once before the
   * tests), so mutation testing sees which row covers which line of the engine.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void evaluatesAsSpecSays(Row row) {
    Results results = Assess.run(dir, criteria(row.expr()), REPORT);
    UnitResult u = Assess.unit(results, "U");
    CriterionResult c = Assess.criterion(u, "r");
    assertThat(c.fin().status()).as("status of %s", row.expr()).isEqualTo(row.status());
    BigDecimal points = null;
    switch (row.status()) {
      case SCORED -> {
        BigDecimal v = c.fin().value();
        if (row.value().startsWith("≈")) {
          MathContext digits30 = new MathContext(30, RoundingMode.HALF_UP);
          assertThat(v.round(digits30)).as("value of %s", row.expr())
              .isEqualByComparingTo(new BigDecimal(row.value().substring(1)).round(digits30));
        } else {
          assertThat(v).as("value of %s", row.expr()).isEqualByComparingTo(row.value());
        }
        BigDecimal expected = new BigDecimal(row.value().replace("≈", ""));
        points = expected.max(BigDecimal.ZERO).min(BigDecimal.valueOf(1000)).setScale(2, RoundingMode.HALF_UP);
      }
      case MISSING, UNDEFINED -> {
        assertThat(c.fin().value()).isNull();
        points = new BigDecimal("0.00");
      }
      default -> {}
    }
    assertThat(c.fin().points()).as("points of %s", row.expr()).isEqualTo(points);
    // self = final: the report has no appraised values
    assertThat(c.self()).isEqualTo(c.fin());
    // the unit's totals: an N/A criterion leaves its points and its max out
    assertThat(u.fin().points()).isEqualByComparingTo(points == null ? BigDecimal.ZERO : points);
    assertThat(u.fin().max()).isEqualByComparingTo(points == null ? "0" : "1000");
    // an undefined value is warned about, once
    List<String> warnings = Assess.render(results.problems()).stream().filter(p -> p.contains(": warning: ")).toList();
    assertThat(warnings).as("warnings for %s", row.expr()).hasSize(row.status() == CriterionStatus.UNDEFINED ? 1 : 0);
  }

  /** Why a value is undefined, as the warning and {@code explain} say it. */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      textBlock =
          """
          num / zero            | division by zero (zero is 0)
          num / (zero * 2)      | division by zero
          num ^ 0.5             | the exponent of ^ must be a whole number, not 0.5
          zero ^ -1             | division by zero (0 ^ -1)
          10 ^ 100001           | power too large: 10 ^ 100001
          round(num, 0.5)       | round(x, n) needs a whole number n between -100 and 100, not 0.5
          round(num, 101)       | round(x, n) needs a whole number n between -100 and 100, not 101
          round(num, -101)      | round(x, n) needs a whole number n between -100 and 100, not -101
          """)
  void undefinedSaysWhy(String expr, String reason) {
    Results results = Assess.run(dir, criteria(expr), REPORT);
    CriterionResult c = Assess.criterion(Assess.unit(results, "U"), "r");
    assertThat(c.fin().status()).isEqualTo(CriterionStatus.UNDEFINED);
    assertThat(c.fin().note()).isEqualTo(reason);
  }

  /**
   * What cannot be meant is refused by {@code check}, at the expression's line and column: a text
   * input in arithmetic, a function or operator SPEC does not have, a wrong number of arguments.
   * The message names the character where the mistake is.
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      textBlock =
          """
          txt + 1          | input 'txt' is text and cannot be used in an expression
          if(txt, 1, 0)    | input 'txt' is text and cannot be used in an expression
          sqrt(num)        | Undefined function 'sqrt' (at character 1)
          num % 2          | Undefined operator '%' (at character 5)
          num = 1          | Undefined operator '=' (at character 5)
          num <> 1         | (at character 6)
          round(num)       | Not enough parameters for function 'round' (at character 1)
          if(yes, 1)       | Not enough parameters for function 'if' (at character 1)
          abs(num, 1)      | Too many parameters for function 'abs' (at character 1)
          min()            | (at character 1)
          'it''s'          | (at character 3)
          """)
  void checkRefusesWhatCannotBeMeant(String expr, String message) throws IOException {
    Path yaml = dir.resolve("refused.yaml");
    Files.writeString(
        yaml,
        Assess.HEAD
            + "unit_groups: [{id: a, name: A}]\n"
            + "inputs:\n"
            + "  - {id: num, label: num, type: number}\n"
            + "  - {id: yes, label: yes, type: boolean}\n"
            + "  - {id: txt, label: txt, type: text}\n"
            + "groups:\n  - id: G\n    name: G\n    criteria:\n"
            + "      - id: c\n        name: c\n        max: 5\n        method:\n          type: formula\n"
            + "          expr: \"" + expr.replace("\"", "\\\"") + "\"\n",
        java.nio.charset.StandardCharsets.UTF_8);
    vn.egov.cli.Cli.Run run = vn.egov.cli.Cli.run("check", yaml.toString(), "--lang", "en");
    assertThat(run.exit()).isEqualTo(2);
    List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e).startsWith(yaml + ":18:17: error: ");
      assertThat(e).contains(message);
    });
  }
}
