package vn.egov.template;

import static vn.egov.template.Columns.abs;
import static vn.egov.template.Columns.rel;
import static vn.egov.template.Formula.and;
import static vn.egov.template.Formula.or;
import static vn.egov.template.Formula.str;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.egov.expr.Expr;
import vn.egov.expr.ExprException;
import vn.egov.model.Check;
import vn.egov.model.ChoiceOption;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.InputDef;
import vn.egov.model.InputType;
import vn.egov.model.ScoringMethod;
import vn.egov.model.Severity;
import vn.egov.text.Fold;
import vn.egov.text.Messages;

/**
 * The {@code Kiểm tra} column: on every input row a formula that says in words what is wrong
 * with the self-assessed value, as {@code validate} would — blank where required, not a number,
 * not a whole number, not a percentage, out of range, not Có/Không, not one of the options, N/A
 * where no criterion allows it, evidence missing where points are claimed, a failed {@code
 * checks} rule (on the row of its first input) — and is empty when the value is fine.
 *
 * <p>The value is read as the engine reads it ({@code ValueParser}, {@code --decimal auto}): a
 * number cell as stored (a percent-formatted one ×100 for a percent input, a date-formatted one
 * is no number), a number typed as text with its separators ({@code 32.052}, {@code 96,52%},
 * {@code 1.234.567,5}), {@code Có}/{@code x}/{@code 0}, an option by label or value with or
 * without diacritics, {@code N/A}/{@code Không áp dụng}. The hidden working cells of each row
 * ({@link Columns#PARSED} …) hold the steps, so that every formula stays short enough for Excel
 * and readable.
 */
final class CheckFormulas {
  private static final String NBSP = "\u00a0";
  private static final List<String> NA = List.of("n/a", "na", "kad", "không áp dụng", "khong ap dung");
  private static final List<String> TRUE =
      List.of("1", "x", "có", "co", "yes", "y", "true", "đạt", "dat");
  private static final List<String> FALSE =
      List.of("0", "không", "khong", "no", "n", "false", "không đạt", "khong dat");

  private final Plan plan;
  private final Rows rows;
  private final Messages m;
  private final RuleText rules;
  private final String group;
  /** Texts added to a row's errors (evidence, rules of severity error), by input id. */
  private final Map<String, List<String>> extraErrors = new HashMap<>();
  /** Texts of warnings, by input id. */
  private final Map<String, List<String>> warnings = new HashMap<>();

  CheckFormulas(Plan plan, Rows rows, Messages messages) {
    this.plan = plan;
    this.rows = rows;
    this.m = messages;
    this.group = plan.unit().group();
    this.rules = new RuleText(plan.criteria(), messages, group);
  }

  /** Every input row's formulas. */
  List<Formula> all() {
    evidenceChecks();
    ruleChecks();
    List<Formula> out = new ArrayList<>();
    for (Plan.Line line : plan.lines()) {
      if (line instanceof Plan.InputLine i) {
        input(i, rows.input(i.input().id()), out);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ one input row

  private void input(Plan.InputLine line, int r, List<Formula> out) {
    InputDef d = line.input();
    String e = rel(Columns.VALUE, r);
    String parsed =
        switch (d.type()) {
          case BOOLEAN -> bool(e);
          case CHOICE -> choice(e, d);
          case TEXT -> text(e);
          default -> {
            textNumber(line, r, out);
            yield number(line, e, r);
          }
        };
    out.add(new Formula(r, Columns.PARSED, parsed));
    String l = rel(Columns.PARSED, r);
    out.add(new Formula(r, Columns.CODE, code(line, l)));
    String c = rel(Columns.CODE, r);
    String number = "IF(" + c + "=\"ok\",IF(ISNUMBER(" + l + ")," + l + ",\"\"),";
    number += d.required() ? "\"\")" : "IF(" + c + "=\"na\",\"\",0))";
    out.add(new Formula(r, Columns.NUMBER, number));
    String extra = join(extraErrors.get(d.id()));
    out.add(new Formula(r, Columns.ERRORS, errors(line, c) + (extra.isEmpty() ? "" : "&" + extra)));
    String o = rel(Columns.ERRORS, r);
    out.add(new Formula(r, Columns.FIX, "IF(" + o + "=\"\",0,1)"));
    String notes = join(warnings.get(d.id()));
    out.add(new Formula(r, Columns.CHECK, "MID(" + o + (notes.isEmpty() ? "" : "&" + notes) + ",3,1000)"));
  }

  /** The texts joined with {@code &}, or "" for none. */
  private static String join(List<String> parts) {
    return parts == null ? "" : String.join("&", parts);
  }

  /** {@code LOWER(TRIM(cell))} equals one of the words. */
  private static String oneOf(String lowered, List<String> words) {
    List<String> tests = new ArrayList<>();
    for (String w : words) {
      tests.add(lowered + "=" + str(w));
    }
    return or(tests);
  }

  private static String na(String e) {
    return oneOf("LOWER(TRIM(" + e + "))", NA);
  }

  private static String bool(String e) {
    String x = "LOWER(TRIM(" + e + "))";
    return "IF(ISERROR(" + e + "),\"bool\",IF(ISBLANK(" + e + "),\"\",IF(ISLOGICAL(" + e + "),IF(" + e + ",1,0),"
        + "IF(ISNUMBER(" + e + "),IF(" + e + "=0,0,IF(" + e + "=1,1,\"bool\")),IF(TRIM(" + e + ")=\"\",\"\",IF(" + na(e)
        + ",\"na\",IF(" + oneOf(x, TRUE) + ",1,IF(" + oneOf(x, FALSE) + ",0,\"bool\"))))))))";
  }

  private static String text(String e) {
    return "IF(ISERROR(" + e + "),\"t\",IF(ISBLANK(" + e + "),\"\",IF(ISTEXT(" + e + "),IF(TRIM(" + e + ")=\"\",\"\",IF("
        + na(e) + ",\"na\",\"t\")),\"t\")))";
  }

  /**
   * An option matched as the engine matches it (case, diacritics and '_'/'-' against spaces
   * ignored): the typed text, lower-cased with '_' and '-' as spaces, against each option's value
   * and label so written, with and without diacritics; a number cell against options that are
   * numbers. The result is the option's points.
   */
  private static String choice(String e, InputDef d) {
    String y = "TRIM(SUBSTITUTE(SUBSTITUTE(LOWER(" + e + "),\"_\",\" \"),\"-\",\" \"))";
    StringBuilder texts = new StringBuilder();
    StringBuilder numbers = new StringBuilder();
    int open = 0;
    int openNumbers = 0;
    for (ChoiceOption o : d.options()) {
      Set<String> keys = new LinkedHashSet<>();
      for (String s : new String[] {o.value(), o.label()}) {
        if (s != null) {
          keys.add(Fold.key(s));
          keys.add(s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_\\-]+", " ").strip());
        }
      }
      List<String> tests = new ArrayList<>();
      keys.forEach(k -> tests.add(y + "=" + str(k)));
      String points = ExcelExpr.literal(o.points());
      texts.append("IF(").append(or(tests)).append(',').append(points).append(',');
      open++;
      String key = Fold.key(o.value());
      if (isPlainNumber(key)) {
        numbers.append("IF(").append(e).append('=').append(key).append(',').append(points).append(',');
        openNumbers++;
      }
    }
    String textMatch = texts + "\"choice\"" + ")".repeat(open);
    String numberMatch = numbers + "\"choice\"" + ")".repeat(openNumbers);
    return "IF(ISERROR(" + e + "),\"choice\",IF(ISBLANK(" + e + "),\"\",IF(ISLOGICAL(" + e + "),\"choice\",IF(ISNUMBER(" + e
        + ")," + numberMatch + ",IF(TRIM(" + e + ")=\"\",\"\",IF(" + na(e) + ",\"na\"," + textMatch + "))))))";
  }

  /** Whether the engine's text of a number cell ("4", "0.5") can equal this key. */
  private static boolean isPlainNumber(String key) {
    try {
      return new BigDecimal(key).stripTrailingZeros().toPlainString().equals(key) && !key.startsWith("+");
    } catch (NumberFormatException ex) {
      return false;
    }
  }

  /** The code of a wrong value of this input's type. */
  private static String wrong(InputType type) {
    return switch (type) {
      case INTEGER -> "\"int\"";
      case PERCENT -> "\"pct\"";
      default -> "\"num\"";
    };
  }

  private static String number(Plan.InputLine line, String e, int r) {
    InputType type = line.input().type();
    String err = wrong(type);
    String format = "LEFT(CELL(\"format\"," + e + "),1)";
    String stored =
        switch (type) {
          case PERCENT -> "IF(" + format + "=\"P\"," + e + "*100," + e + ")";
          case INTEGER -> "IF(" + e + "=INT(" + e + ")," + e + ",\"int\")";
          default -> e;
        };
    String read = rel(Columns.READ, r);
    String typed = type == InputType.INTEGER ? "IF(" + read + "=INT(" + read + ")," + read + ",\"int\")" : read;
    String textBranch = "IF(" + read + "=\"\"," + err + "," + typed + ")";
    if (type != InputType.PERCENT) {
      textBranch = "IF(RIGHT(" + rel(Columns.TEXT, r) + ",1)=\"%\",\"%sign\"," + textBranch + ")";
    }
    return "IF(ISERROR(" + e + ")," + err + ",IF(ISBLANK(" + e + "),\"\",IF(ISLOGICAL(" + e + ")," + err + ",IF(ISNUMBER(" + e
        + "),IF(" + format + "=\"D\"," + err + "," + stored + "),IF(TRIM(" + e + ")=\"\",\"\",IF(" + na(e) + ",\"na\","
        + textBranch + "))))))";
  }

  /**
   * The working cells that read a number typed as text, step by step as {@code ValueParser} does
   * with {@code --decimal auto}: if both '.' and ',' occur the last is the decimal separator; a
   * single kind grouping the digits in threes is a thousands separator for an integer input, and
   * for other inputs when it occurs more than once; otherwise it is the decimal separator.
   */
  private static void textNumber(Plan.InputLine line, int r, List<Formula> out) {
    boolean percent = line.input().type() == InputType.PERCENT;
    boolean integer = line.input().type() == InputType.INTEGER;
    String e = rel(Columns.VALUE, r);
    String q = rel(Columns.TEXT, r);
    String u = rel(Columns.UNSIGNED, r);
    String s = rel(Columns.SEPARATORS, r);
    String t = rel(Columns.WHOLE, r);
    String g = rel(Columns.GROUPING, r);
    String v = rel(Columns.DIGITS, r);
    String w = rel(Columns.GROUPED, r);
    String x = rel(Columns.DECIMAL, r);
    String c = "SUBSTITUTE(SUBSTITUTE(" + e + ",\" \",\"\")," + str(NBSP) + ",\"\")";
    String cleaned = percent ? "IF(RIGHT(" + c + ",1)=\"%\",LEFT(" + c + ",LEN(" + c + ")-1)," + c + ")" : c;
    out.add(new Formula(r, Columns.TEXT, "IF(ISTEXT(" + e + ")," + cleaned + ",\"\")"));
    out.add(new Formula(r, Columns.UNSIGNED, "IF(OR(LEFT(" + q + ",1)=\"+\",LEFT(" + q + ",1)=\"-\"),MID(" + q + ",2,999)," + q + ")"));
    String seps = u;
    for (int digit = 0; digit <= 9; digit++) {
      seps = "SUBSTITUTE(" + seps + ",\"" + digit + "\",\"\")";
    }
    out.add(new Formula(r, Columns.SEPARATORS, seps));
    String both = "AND(ISNUMBER(FIND(\".\"," + s + ")),ISNUMBER(FIND(\",\"," + s + ")))";
    out.add(new Formula(r, Columns.WHOLE, "IF(" + both + ",LEFT(" + u + ",FIND(RIGHT(" + s + ",1)," + u + ")-1)," + u + ")"));
    out.add(new Formula(r, Columns.GROUPING, "IF(" + both + ",IF(RIGHT(" + s + ",1)=\".\",\",\",\".\"),LEFT(" + s + ",1))"));
    out.add(new Formula(r, Columns.DIGITS, "IF(" + g + "=\"\"," + t + ",SUBSTITUTE(" + t + "," + g + ",\"\"))"));
    // the digits grouped in threes from the right, as the text should be if it is so grouped
    String n = "LEN(" + v + ")";
    String groups = "INT((" + n + "-1)/3)";
    StringBuilder canonical = new StringBuilder("LEFT(" + v + "," + n + "-3*" + groups + ")");
    for (int k = 5; k >= 2; k--) {
      canonical.append("&IF(").append(groups).append(">=").append(k).append(',').append(g).append("&MID(").append(v)
          .append(',').append(n).append('-').append(3 * k - 1).append(",3),\"\")");
    }
    canonical.append("&IF(").append(groups).append(">=1,").append(g).append("&RIGHT(").append(v).append(",3),\"\")");
    out.add(
        new Formula(
            r,
            Columns.GROUPED,
            "IF(AND(" + g + "<>\"\",ISNUMBER(FIND(" + g + "," + t + ")),LEN(" + v + ")>=1,LEN(" + v + ")<=18),IF(" + t + "="
                + canonical + ",1,0),0)"));
    String badChars =
        "OR(" + u + "=\"\",NOT(ISNUMBER(FIND(LEFT(" + u + ",1),\"0123456789\"))),SUBSTITUTE(SUBSTITUTE(" + s
            + ",\".\",\"\"),\",\",\"\")<>\"\")";
    String last = "RIGHT(" + s + ",1)";
    String mixed =
        "IF(OR(LEN(" + s + ")-LEN(SUBSTITUTE(" + s + "," + last + ",\"\"))>1,AND(ISNUMBER(FIND(" + g + "," + t + "))," + w
            + "=0)),\"x\"," + last + ")";
    String thousands = integer ? w + "=1" : "AND(" + w + "=1,LEN(" + s + ")>1)";
    String single = "IF(" + thousands + ",\"\",IF(LEN(" + s + ")>1,\"x\"," + s + "))";
    out.add(
        new Formula(
            r, Columns.DECIMAL, "IF(" + badChars + ",\"x\",IF(" + s + "=\"\",\"\",IF(" + both + "," + mixed + "," + single + ")))"));
    String whole = "SUBSTITUTE(SUBSTITUTE(IF(" + x + "=\"\"," + u + ",LEFT(" + u + ",FIND(" + x + "," + u + ")-1)),\".\",\"\"),\",\",\"\")";
    String fraction = "IF(" + x + "=\"\",\"\",MID(" + u + ",FIND(" + x + "," + u + ")+1,999))";
    out.add(
        new Formula(
            r,
            Columns.READ,
            "IF(OR(" + q + "=\"\"," + x + "=\"x\"),\"\",VALUE(" + whole + "&" + fraction + ")/10^LEN(" + fraction + ")*IF(LEFT("
                + q + ",1)=\"-\",-1,1))"));
  }

  /** The value's code: blank, {@code ok}, {@code na}, or what is wrong with it. */
  private static String code(Plan.InputLine line, String l) {
    String na = line.naAllowed() ? "\"na\"" : "\"na!\"";
    InputType type = line.input().type();
    if (type == InputType.TEXT) {
      return "IF(" + l + "=\"\",\"\",IF(" + l + "=\"na\"," + na + ",\"ok\"))";
    }
    String ok = "\"ok\"";
    if (type != InputType.BOOLEAN && type != InputType.CHOICE) {
      EntryValidation.Bounds b = EntryValidation.bounds(line);
      List<String> out = new ArrayList<>();
      if (b.min() != null) {
        out.add(l + "<" + ExcelExpr.literal(b.min()));
      }
      if (b.max() != null) {
        out.add(l + ">" + ExcelExpr.literal(b.max()));
      }
      if (!out.isEmpty()) {
        ok = "IF(" + or(out) + ",\"range\",\"ok\")";
      }
    }
    return "IF(" + l + "=\"\",\"\",IF(ISNUMBER(" + l + ")," + ok + ",IF(" + l + "=\"na\"," + na + "," + l + ")))";
  }

  /** The texts of what is wrong with the value itself, each led by "; ". */
  private String errors(Plan.InputLine line, String c) {
    InputDef d = line.input();
    String required = "\"\"";
    if (d.required() && !d.byDepartment()) { // the Department fills in its own figures, not the unit
      String text = str("; " + m.get("template.check.required"));
      String declared = declaredNa(d);
      required = declared == null ? text : "IF(" + declared + ",\"\"," + text + ")";
    }
    Map<String, String> texts = new LinkedHashMap<>();
    switch (d.type()) {
      case BOOLEAN -> texts.put("bool", m.get("template.check.boolean"));
      case CHOICE -> texts.put("choice", m.get("template.check.choice"));
      case TEXT -> {}
      default -> {
        // the codes number() gives this type
        switch (d.type()) {
          case INTEGER -> texts.put("int", m.get("template.check.integer"));
          case PERCENT -> texts.put("pct", m.get("template.check.percent"));
          default -> texts.put("num", m.get("template.check.number"));
        }
        if (d.type() != InputType.PERCENT) {
          texts.put("%sign", m.get("template.check.percent.sign"));
        }
        EntryValidation.Bounds b = EntryValidation.bounds(line);
        if (b.min() != null || b.max() != null) {
          texts.put("range", range(b));
        }
      }
    }
    texts.put("na!", m.get("template.check.na"));
    StringBuilder wrong = new StringBuilder();
    for (Map.Entry<String, String> t : texts.entrySet()) {
      wrong.append("IF(").append(c).append("=").append(str(t.getKey())).append(',').append(str("; " + t.getValue())).append(',');
    }
    wrong.append("\"\"").append(")".repeat(texts.size()));
    return "IF(" + c + "=\"\"," + required + "," + wrong + ")";
  }

  private String range(EntryValidation.Bounds b) {
    if (b.min() != null && b.max() != null) {
      return m.get("template.check.range", rules.num(b.min()), rules.num(b.max()));
    }
    return b.min() != null
        ? m.get("template.check.range.min", rules.num(b.min()))
        : m.get("template.check.range.max", rules.num(b.max()));
  }

  /**
   * When a blank required input is no error: every criterion of the unit using it is declared
   * N/A anyway (another of its inputs is N/A), as the validator decides; {@code null} when that
   * cannot happen.
   */
  private String declaredNa(InputDef d) {
    List<Criterion> users =
        plan.criteria().topLevelUsersOf(d.id()).stream().filter(plan::applies).toList();
    if (users.isEmpty()) {
      return null;
    }
    List<String> all = new ArrayList<>();
    for (Criterion c : users) {
      List<String> any = new ArrayList<>();
      for (String id : methodInputs(c)) {
        Integer r = rows.input(id);
        if (r != null) {
          any.add(abs(Columns.CODE, r) + "=\"na\"");
        }
      }
      if (any.isEmpty()) {
        return null;
      }
      all.add(or(any));
    }
    return and(all);
  }

  /** The inputs a criterion's methods read, its sub-criteria's included. */
  private Set<String> methodInputs(Criterion c) {
    Set<String> out = new LinkedHashSet<>();
    ScoringMethod method = c.methodFor(group);
    if (method != null) {
      out.addAll(method.inputs());
    }
    c.criteria().forEach(s -> out.addAll(methodInputs(s)));
    return out;
  }

  // ------------------------------------------------------------------ evidence and rules

  /**
   * Points claimed without evidence, as {@code AfterScoring} finds them: a criterion requiring
   * evidence whose provisional points are above 0 while none of its inputs has evidence, on the
   * row of its first input; below a criterion that is so checked, its sub-criteria are not.
   */
  private void evidenceChecks() {
    for (Plan.Line line : plan.lines()) {
      if (line instanceof Plan.CriterionLine c && c.depth() == 0) {
        evidence(c.criterion(), new ArrayList<>());
      }
    }
  }

  private void evidence(Criterion c, List<String> checkedAbove) {
    String claimed = claimed(c);
    if (c.evidenceRequired()) {
      List<String> inputs = inputsOf(c);
      List<String> evidence = new ArrayList<>();
      for (String id : inputs) {
        Integer r = rows.input(id);
        if (r != null) {
          evidence.add("LEN(TRIM(" + abs(Columns.EVIDENCE, r) + "))>0");
        }
      }
      Integer first = inputs.isEmpty() ? null : rows.input(inputs.get(0));
      if (first != null) {
        List<String> when = new ArrayList<>();
        checkedAbove.forEach(a -> when.add("NOT(" + a + ")"));
        when.add(claimed);
        when.add("NOT(" + or(evidence) + ")");
        String text = str("; " + m.get("template.check.evidence", c.id()));
        extraErrors.computeIfAbsent(inputs.get(0), k -> new ArrayList<>()).add("IF(" + and(when) + "," + text + ",\"\")");
      }
      checkedAbove = new ArrayList<>(checkedAbove);
      checkedAbove.add(claimed);
    }
    for (Criterion sub : c.criteria()) {
      evidence(sub, checkedAbove);
    }
  }

  /** Whether the criterion's provisional points are above 0. */
  private String claimed(Criterion c) {
    int r = rows.criterion(c);
    ScoringMethod method = c.methodFor(group);
    if (method != null && method.usesGroupBest()) {
      // the points need every unit's value; a scored value above 0 (or any, lower is better) earns some
      String scored = abs(Columns.STATUS, r) + "=\"scored\"";
      return Boolean.TRUE.equals(method.parameters().get("lower_is_better"))
          ? scored
          : "AND(" + scored + ",IF(ISNUMBER(" + abs(Columns.CRITERION_VALUE, r) + ")," + abs(Columns.CRITERION_VALUE, r) + ">0,FALSE))";
    }
    String g = abs(Columns.POINTS, r);
    return "IF(ISNUMBER(" + g + ")," + g + ">0,FALSE)";
  }

  /** The criterion's inputs in the order {@code AfterScoring} names the first. */
  private List<String> inputsOf(Criterion c) {
    List<String> out = new ArrayList<>(c.inputs());
    ScoringMethod method = c.methodFor(group);
    if (method != null) {
      method.inputs().stream().filter(i -> !out.contains(i)).forEach(out::add);
    }
    for (Criterion sub : c.criteria()) {
      inputsOf(sub).stream().filter(i -> !out.contains(i)).forEach(out::add);
    }
    return out;
  }

  /**
   * The set's {@code checks} rules, judged when all their inputs have numbers (as the validator
   * does), on the row of their first input; warnings are marked as such and not counted as rows
   * to fix.
   */
  private void ruleChecks() {
    CriteriaSet set = plan.criteria();
    for (Check check : set.checks()) {
      String first = check.inputs().stream().filter(i -> rows.input(i) != null).findFirst().orElse(null);
      if (first == null) {
        continue;
      }
      boolean judged = true;
      List<String> present = new ArrayList<>();
      for (String id : check.inputs()) {
        Integer r = rows.input(id);
        if (r != null) {
          present.add(abs(Columns.NUMBER, r) + "<>\"\"");
        } else if (set.input(id).map(InputDef::required).orElse(true)) {
          judged = false; // a required input the unit is not asked: never judged
        }
      }
      Expr rule;
      try {
        rule = Expr.compile(check.text());
      } catch (ExprException ex) {
        throw new IllegalStateException("a checked rule does not compile: " + check.text(), ex);
      }
      if (!judged) {
        continue;
      }
      String x =
          ExcelExpr.of(
              rule,
              id -> {
                Integer r = rows.input(id);
                return r != null ? abs(Columns.NUMBER, r) : "0";
              });
      boolean warning = check.severity() == Severity.WARNING;
      String text =
          str("; " + (warning ? m.get("template.check.warning", check.message()) : check.message()));
      String formula = "IF(" + and(present) + ",IF(ISERROR(" + x + "),\"\",IF(" + x + "=0," + text + ",\"\")),\"\")";
      (warning ? warnings : extraErrors).computeIfAbsent(first, k -> new ArrayList<>()).add(formula);
    }
  }
}
