package vn.egov.template;

import static vn.egov.template.Columns.abs;
import static vn.egov.template.Columns.rel;
import static vn.egov.template.Formula.or;
import static vn.egov.template.Formula.str;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.egov.expr.Expr;
import vn.egov.expr.ExprException;
import vn.egov.model.ClassBand;
import vn.egov.model.Classification;
import vn.egov.model.Combine;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.Figure;
import vn.egov.model.ScoringMethod;
import vn.egov.model.Band;
import vn.egov.text.Messages;

/**
 * Provisional points as the engine computes them from the self-assessed values ({@code Scorer},
 * {@code Totals}), in formulas: on each criterion row its status (scored, N/A, missing,
 * undefined) and its points, rounded half-up to the set's precision; composite criteria summed
 * or best-of and capped; on each group row the group's points (bonus added, deductions
 * subtracted) and applicable max; at the top the unit's total (never below 0), score, class and
 * the count of rows to fix. A {@code relative} criterion needs every unit's value: its points are
 * left out and the total says so.
 */
final class PointsFormulas {
  /** The top area: labels in column E, figures in F, the denominator in G, a note in H. */
  static final int TOTAL_ROW = 2;

  static final int SCORE_ROW = 3;
  static final int CLASS_ROW = 4;
  static final int FIX_ROW = 5;
  /** What the points cell of a relative criterion shows while every unit's values are unknown. */
  static final String UNKNOWN = "?";

  private final Plan plan;
  private final Rows rows;
  private final Messages m;
  private final String group;
  private final int precision;

  PointsFormulas(Plan plan, Rows rows, Messages messages) {
    this.plan = plan;
    this.rows = rows;
    this.m = messages;
    this.group = plan.unit().group();
    this.precision = plan.criteria().scoring().precision();
  }

  /** The number format of points and scores: the set's decimals. */
  static String format(int precision) {
    return precision <= 0 ? "0" : "0." + "0".repeat(precision);
  }

  List<Formula> all() {
    List<Formula> out = new ArrayList<>();
    List<String> groupPoints = new ArrayList<>();
    List<String> groupMax = new ArrayList<>();
    for (Plan.Line line : plan.lines()) {
      if (line instanceof Plan.CriterionLine c) {
        criterion(c, out);
      } else if (line instanceof Plan.GroupLine g) {
        int r = rows.group(g.group());
        group(g, r, out);
        groupPoints.add(abs(Columns.POINTS, r));
        groupMax.add(abs(Columns.GROUP_MAX, r));
      }
    }
    top(groupPoints, groupMax, out);
    return out;
  }

  private String round(String x) {
    return "ROUND(" + x + "," + precision + ")";
  }

  // ------------------------------------------------------------------ criteria

  private void criterion(Plan.CriterionLine line, List<Formula> out) {
    Criterion c = line.criterion();
    int r = rows.criterion(c);
    String status = rel(Columns.STATUS, r);
    String max = ExcelExpr.literal(c.maxFor(group));
    if (c.composite()) {
      List<String> statuses = new ArrayList<>();
      List<String> points = new ArrayList<>();
      for (Criterion sub : c.criteria()) {
        statuses.add(abs(Columns.STATUS, rows.criterion(sub)));
        points.add(abs(Columns.POINTS, rows.criterion(sub)));
      }
      out.add(
          new Formula(
              r,
              Columns.STATUS,
              "IF(" + any(statuses, "scored") + ",\"scored\",IF(" + all(statuses, "na") + ",\"na\",IF(" + any(statuses, "missing")
                  + ",\"missing\",\"undefined\")))"));
      String combined = (c.combine() == Combine.MAX ? "MAX(" : "SUM(") + String.join(",", points) + ")";
      out.add(new Formula(r, Columns.POINTS, "IF(" + status + "=\"na\",\"N/A\"," + round("MIN(" + max + "," + combined + ")") + ")"));
      out.add(new Formula(r, Columns.CHECK, note(status, false)));
      return;
    }
    ScoringMethod method = c.methodFor(group);
    String v = rel(Columns.CRITERION_VALUE, r);
    out.add(new Formula(r, Columns.CRITERION_VALUE, value(method)));
    List<String> na = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String id : method.inputs()) {
      Integer ir = rows.input(id);
      boolean required = plan.criteria().input(id).map(d -> d.required()).orElse(true);
      if (ir == null) {
        if (required) {
          missing.add("TRUE");
        }
        continue;
      }
      na.add(abs(Columns.CODE, ir) + "=\"na\"");
      if (required) {
        missing.add(abs(Columns.CODE, ir) + "<>\"ok\"");
      }
    }
    String undefined = method.naOnUndefined() && line.top().naAllowedFor(group) ? "\"na\"" : "\"undefined\"";
    String s = "IF(ISNUMBER(" + v + "),\"scored\"," + undefined + ")";
    if (!missing.isEmpty()) {
      s = "IF(" + or(missing) + ",\"missing\"," + s + ")";
    }
    if (!na.isEmpty()) {
      s = "IF(" + or(na) + ",\"na\"," + s + ")";
    }
    out.add(new Formula(r, Columns.STATUS, s));
    boolean relative = method.usesGroupBest();
    String scored = relative ? str(UNKNOWN) : round(points(method, v, max));
    out.add(new Formula(r, Columns.POINTS, "IF(" + status + "=\"scored\"," + scored + ",IF(" + status + "=\"na\",\"N/A\",0))"));
    out.add(new Formula(r, Columns.CHECK, note(status, relative)));
  }

  private static String any(List<String> cells, String status) {
    List<String> tests = new ArrayList<>();
    cells.forEach(c -> tests.add(c + "=\"" + status + "\""));
    return or(tests);
  }

  private static String all(List<String> cells, String status) {
    List<String> tests = new ArrayList<>();
    cells.forEach(c -> tests.add(c + "=\"" + status + "\""));
    return Formula.and(tests);
  }

  /** Why a criterion has the points it has, when that is not plain scoring. */
  private String note(String status, boolean relative) {
    String scored = relative ? str(m.get("template.status.relative")) : "\"\"";
    return "IF(" + status + "=\"na\"," + str(m.get("template.status.na")) + ",IF(" + status + "=\"missing\","
        + str(m.get("template.status.missing")) + ",IF(" + status + "=\"undefined\"," + str(m.get("template.status.undefined"))
        + "," + scored + ")))";
  }

  /** The criterion's value v: its input's number, or its {@code value} or {@code expr} translated. */
  private String value(ScoringMethod method) {
    Map<String, Object> p = method.parameters();
    Object input = p.get("input");
    if (input != null) {
      Integer r = rows.input((String) input);
      return r == null ? "NA()" : abs(Columns.NUMBER, r);
    }
    String text = (String) (p.containsKey("expr") ? p.get("expr") : p.get("value"));
    try {
      return ExcelExpr.of(
          Expr.compile(text),
          id -> {
            Integer r = rows.input(id);
            return r != null ? abs(Columns.NUMBER, r) : "NA()";
          });
    } catch (ExprException e) {
      throw new IllegalStateException("a checked expression does not compile: " + text, e);
    }
  }

  /** The method's points for value v, before rounding (SPEC §2 "Scoring methods"). */
  private static String points(ScoringMethod method, String v, String max) {
    Map<String, Object> p = method.parameters();
    return switch (method.type()) {
      case "boolean" -> "IF(" + v + "<>0," + max + ",0)";
      case "bands" -> bands(p, v, max);
      case "proportional" -> proportional(p, v, max);
      case "count" -> clamp(v + "*" + ExcelExpr.literal((BigDecimal) p.get("each")), max);
      default -> clamp(v, max); // choice, manual, formula
    };
  }

  private static String clamp(String x, String max) {
    return "MAX(0,MIN(" + max + "," + x + "))";
  }

  private static String bands(Map<String, Object> p, String v, String max) {
    StringBuilder out = new StringBuilder();
    int open = 0;
    Object list = p.get("bands");
    if (list instanceof List<?> bands) {
      for (Object o : bands) {
        Band b = (Band) o;
        List<String> in = new ArrayList<>();
        // on the difference rounded, as ExcelExpr compares: v − min may be binary noise for 0
        if (b.min() != null) {
          in.add("ROUND(" + v + "-" + ExcelExpr.literal(b.min()) + "," + ExcelExpr.SNAP + ")>=0");
        }
        if (b.max() != null) {
          in.add("ROUND(" + v + "-" + ExcelExpr.literal(b.max()) + "," + ExcelExpr.SNAP + ")<=0");
        }
        String points = ExcelExpr.literal(b.points().signum() < 0 ? BigDecimal.ZERO : b.points());
        points = "MIN(" + max + "," + points + ")";
        if (in.isEmpty()) {
          return out + points + ")".repeat(open);
        }
        out.append("IF(").append(Formula.and(in)).append(',').append(points).append(',');
        open++;
      }
    }
    return out + "0" + ")".repeat(open);
  }

  /** max × clamp((v − floor) / (target − floor), 0, 1), judged by signs first as the engine does. */
  private static String proportional(Map<String, Object> p, String v, String max) {
    BigDecimal target = (BigDecimal) p.getOrDefault("target", BigDecimal.ONE);
    BigDecimal floor = (BigDecimal) p.getOrDefault("floor", BigDecimal.ZERO);
    BigDecimal span = target.subtract(floor);
    String above = floor.signum() == 0 ? v : "(" + v + "-" + ExcelExpr.literal(floor) + ")";
    String sign = span.signum() < 0 ? "-" : "";
    return "IF(" + sign + above + "<=0,0,IF(ABS(" + above + ")>=" + ExcelExpr.literal(span.abs()) + "," + max + "," + max + "*"
        + above + "/" + ExcelExpr.literal(span) + "))";
  }

  // ------------------------------------------------------------------ groups and the unit

  private void group(Plan.GroupLine line, int r, List<Formula> out) {
    List<String> normal = new ArrayList<>();
    List<String> bonus = new ArrayList<>();
    List<String> deduction = new ArrayList<>();
    List<String> max = new ArrayList<>();
    for (Criterion c : line.group().criteria()) {
      if (!plan.applies(c)) {
        continue;
      }
      int cr = rows.criterion(c);
      String points = abs(Columns.POINTS, cr);
      switch (c.kind()) {
        case NORMAL -> {
          normal.add(points);
          max.add("IF(" + abs(Columns.STATUS, cr) + "=\"na\",0," + ExcelExpr.literal(c.maxFor(group)) + ")");
        }
        case BONUS -> bonus.add(points);
        case DEDUCTION -> deduction.add(points);
      }
    }
    StringBuilder sum = new StringBuilder();
    if (!normal.isEmpty()) {
      sum.append("SUM(").append(String.join(",", normal)).append(')');
    }
    if (!bonus.isEmpty()) {
      sum.append(sum.length() > 0 ? "+" : "").append("SUM(").append(String.join(",", bonus)).append(')');
    }
    if (!deduction.isEmpty()) {
      sum.append("-SUM(").append(String.join(",", deduction)).append(')');
    }
    out.add(new Formula(r, Columns.POINTS, round(sum.length() == 0 ? "0" : sum.toString())));
    out.add(new Formula(r, Columns.GROUP_MAX, max.isEmpty() ? "0" : String.join("+", max)));
  }

  private void top(List<String> groupPoints, List<String> groupMax, List<Formula> out) {
    CriteriaSet set = plan.criteria();
    String total = rel(Columns.CHECK, TOTAL_ROW);
    String max = rel(Columns.POINTS, TOTAL_ROW);
    String score = rel(Columns.CHECK, SCORE_ROW);
    String sum = groupPoints.isEmpty() ? "0" : "SUM(" + String.join(",", groupPoints) + ")";
    out.add(new Formula(TOTAL_ROW, Columns.CHECK, "MAX(0," + round(sum) + ")"));
    out.add(new Formula(TOTAL_ROW, Columns.POINTS, groupMax.isEmpty() ? "0" : "SUM(" + String.join(",", groupMax) + ")"));
    String scale = ExcelExpr.literal(set.scoring().scale());
    out.add(new Formula(SCORE_ROW, Columns.CHECK, "IF(" + max + "=0,\"\"," + round(total + "*" + scale + "/" + max) + ")"));
    Classification classes = set.classification();
    List<ClassBand> bands = classes == null ? List.of() : classes.bandsFor(group);
    if (!bands.isEmpty()) {
      String figure = classes.by() == Figure.POINTS ? total : score;
      StringBuilder f = new StringBuilder("IF(" + figure + "=\"\",\"\",");
      for (ClassBand b : bands) {
        f.append("IF(").append(figure).append(">=").append(ExcelExpr.literal(b.min())).append(',').append(str(b.label())).append(',');
      }
      f.append(str(m.get("template.total.unclassified"))).append(")".repeat(bands.size() + 1));
      out.add(new Formula(CLASS_ROW, Columns.CHECK, f.toString()));
    }
    if (rows.first() >= 0) {
      out.add(
          new Formula(
              FIX_ROW, Columns.CHECK, "SUM(" + rel(Columns.FIX, rows.first()) + ":" + rel(Columns.FIX, rows.last()) + ")"));
    }
  }

  /** The criteria whose points need every unit's values, by id, for the note beside the total. */
  List<String> relative() {
    List<String> out = new ArrayList<>();
    for (Plan.Line line : plan.lines()) {
      if (line instanceof Plan.CriterionLine c && !c.criterion().composite()) {
        ScoringMethod method = c.criterion().methodFor(group);
        if (method.usesGroupBest()) {
          out.add(c.criterion().id());
        }
      }
    }
    return out;
  }

  boolean classified() {
    Classification classes = plan.criteria().classification();
    return classes != null && !classes.bandsFor(group).isEmpty();
  }
}
