package vn.egov.analysis;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.egov.scoring.Hint;
import vn.egov.scoring.Hints;
import vn.egov.model.CriteriaSet;
import vn.egov.model.CriterionStatus;
import vn.egov.text.Messages;

/**
 * An {@link Explanation} as lines for a terminal: criterion by criterion, the cells, the value with
 * the numbers substituted, the rule and the points (self-assessed and final on separate lines where
 * the appraisal changed something), then the totals, rank, neighbours, class and hints.
 */
public final class ExplainText {
  /** Hints shown in text; JSON has all of them. */
  static final int HINTS_SHOWN = 10;

  private final CriteriaSet set;
  private final Messages m;
  private final String lang;
  private final int precision;
  private final List<String> out = new ArrayList<>();

  private ExplainText(CriteriaSet set, Messages messages) {
    this.set = set;
    this.m = messages;
    this.lang = messages.language();
    this.precision = set.scoring().precision();
  }

  public static List<String> lines(Explanation e, CriteriaSet set, Messages messages) {
    return new ExplainText(set, messages).render(e);
  }

  private String num(BigDecimal v) {
    return Fmt.show(v, precision, lang);
  }

  private List<String> render(Explanation e) {
    out.add(m.get("explain.heading", e.unitName(), e.unitId(), e.unitGroupName()));
    out.add(set.heading());
    if (e.total() == null) {
      out.add("");
      out.add(m.get("explain.not_submitted"));
      return out;
    }
    String groupId = null;
    for (Explanation.CriterionTrace c : e.criteria()) {
      if (!c.groupId().equals(groupId)) {
        groupId = c.groupId();
        out.add("");
        String gid = groupId;
        Explanation.GroupLine g = e.groups().stream().filter(x -> x.id().equals(gid)).findFirst().orElseThrow();
        out.add(m.get("explain.group", g.id(), g.name(), num(g.points()), num(g.max()), num(g.selfPoints())));
      }
      criterion(c);
    }
    totals(e);
    hints(e);
    return out;
  }

  private void criterion(Explanation.CriterionTrace c) {
    String indent = "  ".repeat(c.depth() + 1);
    String kind = "normal".equals(c.kind()) ? "" : ", " + m.get("explain.kind." + c.kind());
    String method = "sum".equals(c.method()) || "max".equals(c.method()) ? m.get("explain.combine." + c.method()) : c.method();
    out.add(indent + m.get("explain.criterion", c.id(), c.name(), method + kind, num(c.max())));
    String body = indent + "     ";
    int width = 0;
    for (Explanation.InputTrace in : c.inputs()) {
      width = Math.max(width, width(in.id()));
    }
    String selfLabel = m.get("explain.self.short");
    String appraisedLabel = m.get("explain.appraised.short");
    int labels = Math.max(width(selfLabel), width(appraisedLabel));
    for (Explanation.InputTrace in : c.inputs()) {
      String label = in.appraised() == null ? "" : pad(selfLabel, labels) + " ";
      out.add(body + pad(in.id(), width) + "  " + label + cell(in, in.self()));
      if (in.appraised() != null) {
        out.add(body + pad("", width) + "  " + pad(appraisedLabel, labels) + " " + cell(in, in.appraised()));
      }
    }
    for (Explanation.CriterionTrace sub : c.criteria()) {
      criterion(sub);
    }
    if (!c.appraisalChanged()) {
      out.add(body + m.get("explain.step.both") + ": " + step(c, c.fin(), true));
    } else {
      out.add(body + m.get("explain.step.self") + ": " + step(c, c.self(), false));
      out.add(body + m.get("explain.step.final") + ": " + step(c, c.fin(), true));
    }
  }

  private String cell(Explanation.InputTrace in, Explanation.CellTrace cell) {
    String where = cell.where() == null ? "" : "  (" + cell.where() + ")";
    return switch (cell.state()) {
      case "absent" -> m.get("explain.cell.absent") + optional(in);
      case "blank" -> m.get("explain.cell.blank") + optional(in) + where;
      case "unreadable" -> m.get("explain.cell.unreadable", cell.raw()) + where;
      default -> m.get("explain.cell", cell.raw(), cell.value()) + where;
    };
  }

  private String optional(Explanation.InputTrace in) {
    return in.required() ? "" : " " + m.get("explain.cell.optional");
  }

  private String step(Explanation.CriterionTrace c, Explanation.Step s, boolean fin) {
    StringBuilder b = new StringBuilder();
    if (s.status() == CriterionStatus.SCORED && s.value() != null && s.expression() != null) {
      String v = Fmt.approx(s.value(), Explainer.VALUE_DECIMALS, lang);
      String eq = Explainer.eq(s.value());
      b.append(s.expression());
      if (!s.substituted().equals(s.expression()) && !s.substituted().equals(s.value().stripTrailingZeros().toPlainString())) {
        b.append(" = ").append(s.substituted());
      }
      b.append(' ').append(eq).append(' ').append(v).append("; ");
    } else if (s.status() == CriterionStatus.SCORED && "boolean".equals(c.method()) && !c.inputs().isEmpty()) {
      Explanation.InputTrace in = c.inputs().get(0);
      Explanation.CellTrace cell = fin && in.appraised() != null ? in.appraised() : in.self();
      if (cell.value() != null) {
        b.append(in.id()).append(" = ").append(cell.value()).append("; ");
      }
    }
    b.append(s.rule());
    b.append(" ⇒ ");
    b.append(s.points() == null ? m.get("explain.points.none") : m.get("explain.points", num(s.points())));
    return b.toString();
  }

  private void totals(Explanation e) {
    out.add("");
    String self = m.get("explain.col.self");
    String fin = m.get("explain.col.final");
    String max = m.get("explain.col.max");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {m.get("explain.col.group"), self, fin, max});
    for (Explanation.GroupLine g : e.groups()) {
      rows.add(new String[] {"  " + g.id() + "  " + cut(g.name(), 44), num(g.selfPoints()), num(g.points()), num(g.max())});
    }
    rows.add(new String[] {m.get("explain.total.points"), num(e.self().points()), num(e.total().points()), num(e.total().max())});
    rows.add(
        new String[] {
          m.get("explain.total.score", Fmt.plain(set.scoring().scale(), lang)), num(e.self().score()), num(e.total().score()), ""
        });
    rows.add(new String[] {m.get("explain.total.rank", e.unitGroupName()), rank(e.self()), rank(e.total()), ""});
    rows.add(new String[] {m.get("explain.total.class"), cls(e.self()), cls(e.total()), ""});
    int w0 = rows.stream().mapToInt(r -> width(r[0])).max().orElse(0);
    int w1 = rows.stream().mapToInt(r -> width(r[1])).max().orElse(0);
    int w2 = rows.stream().mapToInt(r -> width(r[2])).max().orElse(0);
    int w3 = rows.stream().mapToInt(r -> width(r[3])).max().orElse(0);
    for (String[] r : rows) {
      out.add((pad(r[0], w0) + "  " + left(r[1], w1) + "  " + left(r[2], w2) + "  " + left(r[3], w3)).stripTrailing());
    }
    Explanation.Neighbours n = e.neighbours();
    if (e.total().rank() != null) {
      out.add("");
      String figure = m.get("explain.figure." + n.figure());
      out.add(
          n.above() == null
              ? m.get("explain.above.none")
              : m.get("explain.above", n.above().rank(), n.above().name(), num(n.above().figure()), num(n.above().gap()), figure));
      out.add(
          n.below() == null
              ? m.get("explain.below.none")
              : m.get("explain.below", n.below().rank(), n.below().name(), num(n.below().figure()), num(n.below().gap().negate()), figure));
      if (!n.tied().isEmpty()) {
        out.add(m.get("explain.tied", String.join(", ", n.tied().stream().map(Explanation.Neighbour::name).toList())));
      }
    } else if (e.total().score() != null) {
      out.add("");
      out.add(m.get("explain.unranked"));
    }
    if (e.total().classification() != null) {
      Explanation.NextClass next = e.nextClass();
      if (next == null) {
        out.add(m.get("explain.class.top", e.total().classification()));
      } else if ("points".equals(next.figure())) {
        out.add(m.get("explain.class.next.points", next.label(), Fmt.plain(next.min(), lang), num(next.gap())));
      } else {
        out.add(m.get("explain.class.next", next.label(), Fmt.plain(next.min(), lang), num(next.gap()), num(next.pointsNeeded())));
      }
    }
  }

  private String rank(Explanation.Totals t) {
    return t.rank() == null ? "—" : t.rank() + " / " + t.rankedUnits();
  }

  private static String cls(Explanation.Totals t) {
    return t.classification() == null ? "—" : t.classification();
  }

  private void hints(Explanation e) {
    out.add("");
    if (e.hints().isEmpty()) {
      out.add(e.only() == null ? m.get("explain.hints.none") : m.get("explain.hints.none.criterion", e.only()));
      return;
    }
    out.add(m.get("explain.hints"));
    int i = 0;
    for (Hint h : e.hints()) {
      if (i == HINTS_SHOWN) {
        out.add("  " + m.get("explain.hints.more", e.hints().size() - HINTS_SHOWN));
        break;
      }
      i++;
      out.add(String.format(java.util.Locale.ROOT, "%3d. ", i) + Hints.describe(h, m, precision));
    }
  }

  static int width(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    return n.codePointCount(0, n.length());
  }

  static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - width(s)));
  }

  static String left(String s, int width) {
    return " ".repeat(Math.max(0, width - width(s))) + s;
  }

  /**
   * A text table: each row's columns but the last padded to the widest in the column — {@code
   * 'r'} in {@code aligns} aligns a column right, {@code 'l'} left — two spaces apart, indented
   * by two; the last column as it is.
   */
  static List<String> columns(List<String[]> rows, String aligns) {
    int n = aligns.length();
    int[] w = new int[n];
    for (String[] row : rows) {
      for (int i = 0; i < n; i++) {
        w[i] = Math.max(w[i], width(row[i]));
      }
    }
    List<String> out = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(" ");
      for (int i = 0; i < n; i++) {
        line.append(' ').append(aligns.charAt(i) == 'r' ? left(row[i], w[i]) : pad(row[i], w[i])).append(' ');
      }
      out.add(line.append(row[n]).toString().stripTrailing());
    }
    return out;
  }

  static String cut(String s, int width) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    if (width(n) <= width) {
      return n;
    }
    return n.substring(0, n.offsetByCodePoints(0, width - 1)) + "…";
  }
}
