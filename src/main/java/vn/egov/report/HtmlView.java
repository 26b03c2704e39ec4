package vn.egov.report;

import vn.egov.output.OutputContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.model.Cell;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.CriterionResult;
import vn.egov.model.CriterionStatus;
import vn.egov.model.GroupResult;
import vn.egov.model.InputDef;
import vn.egov.model.Kind;
import vn.egov.model.Location;
import vn.egov.model.Problem;
import vn.egov.model.Results;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.model.Value;
import vn.egov.text.Numbers;

/**
 * What the HTML templates of {@code report.html} and the scorecards share: figures formatted in the
 * report's language, the words for statuses and values, and the parts of the page every file has
 * (labels, title, footer). Templates get plain strings and records, never model objects, so they
 * hold no logic beyond loops and conditions.
 */
final class HtmlView {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  final Results results;
  final OutputContext context;
  final Labels labels;
  final String language;
  final int precision;
  private final Map<String, String> templateLabels;

  HtmlView(Results results, OutputContext context) {
    this.results = results;
    this.context = context;
    this.language = context.messages().language();
    this.labels = Labels.of(language);
    this.precision = results.criteria().scoring().precision();
    this.templateLabels = labels.section("html.");
  }

  /** The model entries every page has: language, labels ({@code t}), title block, footer. */
  Map<String, Object> page() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lang", language);
    m.put("t", templateLabels);
    m.put("setTitle", results.criteria().title());
    m.put("period", results.criteria().period());
    m.put("source", results.criteria().source());
    m.put(
        "date", context.date() == null ? null : labels.get("html.dateLine", date(context.date())));
    m.put("generator", labels.get("html.generator", context.toolVersion()));
    return m;
  }

  private String date(LocalDate d) {
    return d.format(
        DateTimeFormatter.ofPattern("vi".equals(language) ? "dd/MM/yyyy" : "yyyy-MM-dd"));
  }

  /** A figure at the set's precision ({@code 95,1}); a dash for none. */
  String num(BigDecimal v) {
    return Numbers.show(v, precision, language);
  }

  /** {@code part / whole} as a percentage with one decimal, or {@code null} when whole is 0. */
  static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (part == null || whole == null || whole.signum() == 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
  }

  /** A percentage as text ({@code 91,5%}); a dash for none. */
  String pct(BigDecimal percent) {
    return percent == null ? "—" : Numbers.show(percent, 1, language) + "%";
  }

  /** A change with its sign: {@code +1,2}, {@code −0,5}, {@code 0,0}; a dash for none. */
  String signed(BigDecimal delta) {
    if (delta == null) {
      return "—";
    }
    String s = Numbers.show(delta.abs(), precision, language);
    return delta.signum() > 0 ? "+" + s : delta.signum() < 0 ? "\u2212" + s : s;
  }

  /**
   * A unit's points in a criteria group; when a bonus lifts them, the bonus is named ("22,0 (gồm
   * 2,0 điểm thưởng)") so the figure above the group's max says why.
   */
  String groupPoints(UnitResult u, GroupResult gr) {
    if (gr == null) {
      return "—";
    }
    BigDecimal bonus = Figures.bonus(u, gr.group(), false);
    String shown = num(gr.points());
    return bonus.signum() == 0 ? shown : shown + " (" + labels.get("html.bonus", num(bonus)) + ")";
  }

  String unitGroupName(String id) {
    return results.criteria().unitGroup(id).map(g -> g.name()).orElse(id);
  }

  String status(CriterionStatus s) {
    return labels.get("html.status." + s.key());
  }

  String unitStatus(UnitStatus s) {
    return labels.get("html.unitStatus." + s.key());
  }

  /** A criterion's name with its kind: bonus and deduction criteria say so. */
  String criterionName(CriterionResult c) {
    Kind k = c.criterion().kind();
    String name = c.criterion().name();
    return k == Kind.NORMAL
        ? name
        : name
            + " ("
            + labels.get("html.kind." + k.name().toLowerCase(java.util.Locale.ROOT))
            + ")";
  }

  /**
   * A value as the report shows it: numbers in the language's style with thousands grouped and the
   * input's unit, yes/no, the chosen option's label, N/A in words; what could not be read is shown
   * as typed, marked as such; {@code ""} for blank or absent.
   */
  String value(Cell cell, InputDef def) {
    if (cell == null || cell.blank()) {
      return "";
    }
    Value v = cell.value();
    if (v == null) {
      return cell.raw() + " " + labels.get("html.unreadable");
    }
    if (v instanceof Value.Num n) {
      String s = grouped(n.value());
      if (def != null && def.type() == vn.egov.model.InputType.PERCENT) {
        return s + "%";
      }
      return def != null && def.unit() != null && !def.unit().isBlank() ? s + " " + def.unit() : s;
    }
    if (v instanceof Value.Bool b) {
      return labels.get(b.value() ? "html.yes" : "html.no");
    }
    if (v instanceof Value.Choice c) {
      return c.option().label() != null ? c.option().label() : c.option().value();
    }
    if (v instanceof Value.Text t) {
      return t.value();
    }
    return labels.get("html.na");
  }

  /** {@code 32.052} / {@code 96,52} in Vietnamese, {@code 32,052} / {@code 96.52} in English. */
  String grouped(BigDecimal v) {
    String plain = v.stripTrailingZeros().toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) {
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    char group = "vi".equals(language) ? '.' : ',';
    char decimal = "vi".equals(language) ? ',' : '.';
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(group);
      }
      out.append(whole.charAt(i));
    }
    if (!fraction.isEmpty()) {
      out.append(decimal).append(fraction);
    }
    return (negative ? "-" : "") + out;
  }

  /** The criteria groups of the set that hold a criterion applying to the unit group. */
  List<CriteriaGroup> groupsFor(String unitGroup) {
    List<CriteriaGroup> out = new ArrayList<>();
    for (CriteriaGroup g : results.criteria().groups()) {
      if (g.criteria().stream().anyMatch(c -> c.mayApplyTo(unitGroup))) {
        out.add(g);
      }
    }
    return out;
  }


  /**
   * {points, max} of a criteria group summed over units (those without a figure for it left
   * out): the group's average as a percentage is their quotient.
   */
  static BigDecimal[] groupSums(List<UnitResult> units, String groupId) {
    BigDecimal points = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (UnitResult u : units) {
      GroupResult gr = group(u, groupId);
      if (gr != null && gr.max() != null && gr.points() != null) {
        points = points.add(gr.points());
        max = max.add(gr.max());
      }
    }
    return new BigDecimal[] {points, max};
  }

  static GroupResult group(UnitResult u, String groupId) {
    for (GroupResult g : u.groups()) {
      if (g.id().equals(groupId)) {
        return g;
      }
    }
    return null;
  }

  /** Whether self-assessed and final outcomes of a criterion differ in points or status. */
  static boolean differs(CriterionResult c) {
    if (c.fin() == null || c.self() == null) {
      return false;
    }
    BigDecimal a = c.self().points();
    BigDecimal b = c.fin().points();
    if (a == null || b == null) {
      return a != b || c.self().status() != c.fin().status();
    }
    return a.compareTo(b) != 0 || c.self().status() != c.fin().status();
  }

  /**
   * Points a unit lost on a top-level criterion: {@code max − points} for a normal criterion that
   * counts, the points taken for a deduction; {@code null} for bonus criteria and criteria that are
   * N/A or do not apply.
   */
  static BigDecimal lost(CriterionResult c) {
    if (c.fin() == null || !c.fin().status().counts() || c.fin().points() == null) {
      return null;
    }
    return switch (c.criterion().kind()) {
      case NORMAL -> c.max().subtract(c.fin().points()).max(BigDecimal.ZERO);
      case DEDUCTION -> c.fin().points();
      case BONUS -> null;
    };
  }

  /** A problem as a table row. */
  public record ProblemRow(
      String where,
      String severity,
      boolean error,
      String unit,
      String unitFile,
      String input,
      String message) {}

  /** Problems of one file. */
  public record ProblemFile(String file, List<ProblemRow> problems) {}

  ProblemRow problemRow(Problem p, Map<String, String> files) {
    Location l = p.location();
    return new ProblemRow(
        l.where(),
        labels.get(p.isError() ? "html.error" : "html.warning"),
        p.isError(),
        p.unit() == null ? "" : p.unit(),
        p.unit() == null ? null : files.get(p.unit()),
        p.input() == null ? "" : p.input(),
        context.messages().render(p.message()));
  }

  /** The problems grouped by file in order of first appearance. */
  List<ProblemFile> byFile(List<Problem> problems, Map<String, String> files) {
    Map<String, List<ProblemRow>> grouped = new LinkedHashMap<>();
    for (Problem p : problems) {
      grouped
          .computeIfAbsent(p.location().file(), k -> new ArrayList<>())
          .add(problemRow(p, files));
    }
    List<ProblemFile> out = new ArrayList<>();
    grouped.forEach((file, rows) -> out.add(new ProblemFile(file, rows)));
    return out;
  }
}
