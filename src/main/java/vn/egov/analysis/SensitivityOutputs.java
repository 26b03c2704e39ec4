package vn.egov.analysis;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Results;
import vn.egov.model.UnitGroup;
import vn.egov.output.CsvFiles;
import vn.egov.output.Formats;
import vn.egov.output.OutputFormat;
import vn.egov.text.Messages;

/**
 * What {@code egov sensitivity} shows and writes: a text summary, {@code sensitivity.csv} (one row
 * per unit and scenario: the Monte-Carlo weights, then each criteria group left out) and {@code
 * sensitivity.html} (a rank-interval chart per unit group, inline SVG, and the leave-one-group-out
 * ranks).
 */
public final class SensitivityOutputs {
  static final String CSV = "sensitivity.csv";
  static final String HTML = "sensitivity.html";
  /** Units listed per unit group in the text summary; the files have all. */
  static final int TEXT_ROWS = 30;

  private SensitivityOutputs() {}

  /** The text summary, for stdout. */
  public static List<String> text(Sensitivity.Report r, Results results, Messages m) {
    CriteriaSet set = results.criteria();
    String lang = m.language();
    List<String> out = new ArrayList<>();
    out.add(set.heading());
    out.add(heading(r, m));
    for (Map.Entry<UnitGroup, List<Sensitivity.UnitRanks>> e : byGroup(r, set).entrySet()) {
      List<Sensitivity.UnitRanks> units = e.getValue();
      out.add("");
      out.add(m.get("sensitivity.group", e.getKey().name(), units.size()));
      String[] head = {
        m.get("sensitivity.col.rank"), m.get("sensitivity.col.median"), m.get("sensitivity.col.interval"), m.get("sensitivity.col.keep"), m.get("sensitivity.col.unit")
      };
      List<String[]> rows = new ArrayList<>();
      rows.add(head);
      for (Sensitivity.UnitRanks u : units.subList(0, Math.min(TEXT_ROWS, units.size()))) {
        rows.add(
            new String[] {
              String.valueOf(u.rank()),
              u.median() == null ? "—" : Fmt.plain(u.median(), lang),
              interval(u),
              percent(u.keepClass(), lang),
              u.name()
            });
      }
      out.addAll(ExplainText.columns(rows, "rrrr"));
      if (units.size() > TEXT_ROWS) {
        out.add("  " + m.get("sensitivity.more", units.size() - TEXT_ROWS));
      }
    }
    if (r.unranked() > 0) {
      out.add("");
      out.add(m.get("sensitivity.unranked", r.unranked()));
    }
    out.add("");
    out.add(m.get("sensitivity.leaveout.heading"));
    Map<String, Sensitivity.UnitRanks> byId = new LinkedHashMap<>();
    r.units().forEach(u -> byId.put(u.id(), u));
    for (Sensitivity.LeaveOut lo : r.leaveOut()) {
      int moved = 0;
      List<Sensitivity.Placing> movers = new ArrayList<>();
      for (Sensitivity.Placing s : lo.units()) {
        if (!Objects.equals(s.rank(), byId.get(s.id()).rank())) {
          moved++;
          movers.add(s);
        }
      }
      movers.sort(
          java.util.Comparator.comparingInt((Sensitivity.Placing s) -> -shift(s, byId.get(s.id()))).thenComparing(s -> byId.get(s.id()).rank()));
      List<String> largest = new ArrayList<>();
      for (Sensitivity.Placing s : movers.subList(0, Math.min(3, movers.size()))) {
        Sensitivity.UnitRanks u = byId.get(s.id());
        largest.add(m.get("sensitivity.leaveout.move", u.name(), u.rank(), s.rank() == null ? "—" : s.rank()));
      }
      out.add(
          "  "
              + m.get("sensitivity.leaveout", lo.groupId(), lo.groupName(), moved, lo.units().size())
              + (largest.isEmpty() ? "" : m.get("sensitivity.leaveout.largest", String.join("; ", largest))));
    }
    return out;
  }

  private static int shift(Sensitivity.Placing s, Sensitivity.UnitRanks u) {
    return s.rank() == null ? Integer.MAX_VALUE : Math.abs(s.rank() - u.rank());
  }

  static String heading(Sensitivity.Report r, Messages m) {
    String lang = m.language();
    BigDecimal f = r.settings().noise();
    return m.get(
        "sensitivity.heading",
        r.settings().samples(),
        r.criteria(),
        Fmt.plain(BigDecimal.ONE.subtract(f), lang),
        Fmt.plain(BigDecimal.ONE.add(f), lang),
        r.settings().seed());
  }

  static String interval(Sensitivity.UnitRanks u) {
    return u.low() == u.high() ? String.valueOf(u.low()) : u.low() + "–" + u.high();
  }

  static String percent(BigDecimal share, String lang) {
    if (share == null) {
      return "—";
    }
    return Fmt.plain(share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP), lang) + "%";
  }

  private static Map<UnitGroup, List<Sensitivity.UnitRanks>> byGroup(Sensitivity.Report r, CriteriaSet set) {
    Map<UnitGroup, List<Sensitivity.UnitRanks>> out = new LinkedHashMap<>();
    for (UnitGroup g : set.unitGroups()) {
      List<Sensitivity.UnitRanks> units = r.units().stream().filter(u -> u.group().equals(g.id())).toList();
      if (!units.isEmpty()) {
        out.put(g, units);
      }
    }
    return out;
  }

  /** What the outputs are written from: the analysis and the published results it perturbed. */
  public record Run(Sensitivity.Report report, Results results) {}

  /** {@code sensitivity.csv} and {@code sensitivity.html}, in order; both by default. */
  public static final Formats<Run> FORMATS =
      Formats.of(
          OutputFormat.of("csv", (r, to) -> List.of(csv(r.report(), r.results(), to.dir().resolve(CSV)))),
          OutputFormat.of("html", (r, to) -> List.of(html(r.report(), r.results(), to.dir().resolve(HTML), to.messages()))));

  private static Path csv(Sensitivity.Report r, Results results, Path target) throws IOException {
    int p = results.criteria().scoring().precision();
    List<String> header =
        List.of(
            "scenario", "unit_group", "unit_id", "unit_name", "published_rank", "published_score", "published_class", "rank",
            "rank_low", "rank_high", "rank_p05", "rank_p95", "rank_min", "rank_max", "p_keep_class", "score", "classification",
            "samples");
    List<List<String>> rows = new ArrayList<>();
    Map<String, Sensitivity.UnitRanks> byId = new LinkedHashMap<>();
    for (Sensitivity.UnitRanks u : r.units()) {
      byId.put(u.id(), u);
      rows.add(
          List.of(
              "weights", u.group(), Csv.safe(u.id()), Csv.safe(u.name()), String.valueOf(u.rank()), Fmt.csv(u.score(), p), text(u.classification()),
              u.median() == null ? "" : u.median().toPlainString(), String.valueOf(u.low()), String.valueOf(u.high()), String.valueOf(u.p05()),
              String.valueOf(u.p95()), String.valueOf(u.min()), String.valueOf(u.max()), u.keepClass() == null ? "" : u.keepClass().toPlainString(),
              "", "", String.valueOf(u.samples())));
    }
    for (Sensitivity.LeaveOut lo : r.leaveOut()) {
      for (Sensitivity.Placing s : lo.units()) {
        Sensitivity.UnitRanks u = byId.get(s.id());
        String keep = u.classification() == null ? "" : Objects.equals(u.classification(), s.classification()) ? "1.000" : "0.000";
        rows.add(
            List.of(
                "without:" + lo.groupId(), u.group(), Csv.safe(u.id()), Csv.safe(u.name()), String.valueOf(u.rank()), Fmt.csv(u.score(), p),
                text(u.classification()), s.rank() == null ? "" : s.rank().toString(), "", "", "", "", "", "", keep, Fmt.csv(s.score(), p),
                text(s.classification()), ""));
      }
    }
    return CsvFiles.write(target, header, rows);
  }

  private static String text(String s) {
    return s == null ? "" : Csv.safe(s);
  }

  // ---- html ----

  /** One unit group's section of the page. */
  public record GroupView(String name, int count, Svg chart, List<Map<String, String>> rows) {}

  private static Path html(Sensitivity.Report r, Results results, Path target, Messages m) throws IOException {
    CriteriaSet set = results.criteria();
    String lang = m.language();
    int p = set.scoring().precision();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("lang", lang);
    model.put("title", m.get("sensitivity.html.title") + " — " + set.title());
    model.put("setTitle", set.title());
    model.put("period", set.period());
    model.put("heading", heading(r, m));
    model.put("meaning", m.get("sensitivity.html.meaning"));
    model.put("t", labels(m));
    List<GroupView> groups = new ArrayList<>();
    for (Map.Entry<UnitGroup, List<Sensitivity.UnitRanks>> e : byGroup(r, set).entrySet()) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (Sensitivity.UnitRanks u : e.getValue()) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("rank", String.valueOf(u.rank()));
        row.put("id", u.id());
        row.put("name", u.name());
        row.put("score", Fmt.show(u.score(), p, lang));
        row.put("classification", u.classification() == null ? "—" : u.classification());
        row.put("median", u.median() == null ? "—" : Fmt.plain(u.median(), lang));
        row.put("interval", interval(u));
        row.put("range", u.min() == u.max() ? String.valueOf(u.min()) : u.min() + "–" + u.max());
        row.put("keep", percent(u.keepClass(), lang));
        rows.add(row);
      }
      groups.add(new GroupView(e.getKey().name(), e.getValue().size(), chart(e.getKey().name(), e.getValue(), m), rows));
    }
    model.put("groups", groups);
    List<String> leaveHeads = new ArrayList<>();
    r.leaveOut().forEach(lo -> leaveHeads.add(lo.groupId() + ". " + lo.groupName()));
    model.put("leaveHeads", leaveHeads);
    List<Map<String, Object>> leaveRows = new ArrayList<>();
    for (int i = 0; i < r.units().size(); i++) {
      Sensitivity.UnitRanks u = r.units().get(i);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("group", set.unitGroup(u.group()).map(UnitGroup::name).orElse(u.group()));
      row.put("name", u.name());
      row.put("rank", String.valueOf(u.rank()));
      List<Map<String, String>> cells = new ArrayList<>();
      for (Sensitivity.LeaveOut lo : r.leaveOut()) {
        Sensitivity.Placing s = lo.units().get(i);
        Map<String, String> cell = new LinkedHashMap<>();
        cell.put("rank", s.rank() == null ? "—" : s.rank().toString());
        String cls = "";
        if (s.rank() != null && s.rank() < u.rank()) {
          cls = "up";
        } else if (s.rank() == null || s.rank() > u.rank()) {
          cls = "down";
        }
        cell.put("cls", cls);
        cells.add(cell);
      }
      row.put("cells", cells);
      leaveRows.add(row);
    }
    model.put("leaveRows", leaveRows);
    return AnalysisHtml.write(target, "sensitivity", model);
  }

  private static Map<String, String> labels(Messages m) {
    Map<String, String> t = new LinkedHashMap<>();
    for (String k :
        List.of(
            "chart", "legend.published", "legend.median", "legend.interval", "rank", "unit", "score", "classification", "median",
            "interval", "range", "keep", "leaveout", "leaveout.note", "group", "units")) {
      t.put(k.replace(".", "_"), m.get("sensitivity.html." + k));
    }
    return t;
  }

  /**
   * A unit group's rank intervals: one row per unit in published order, the reported interval as a
   * line, the median as a tick, the published rank as a dot, on an axis of ranks 1…N.
   */
  static Svg chart(String groupName, List<Sensitivity.UnitRanks> units, Messages m) {
    int n = 1;
    for (Sensitivity.UnitRanks u : units) {
      n = Math.max(n, Math.max(u.high(), u.max()));
    }
    double left = 250;
    double width = 420;
    double top = 28;
    double row = 18;
    double height = top + row * units.size() + 10;
    int last = n;
    java.util.function.DoubleUnaryOperator x = r -> left + (last == 1 ? width / 2 : (r - 1) / (last - 1) * width);
    List<Svg.Line> lines = new ArrayList<>();
    List<Svg.Circle> circles = new ArrayList<>();
    List<Svg.Text> texts = new ArrayList<>();
    int step = n <= 12 ? 1 : n <= 30 ? 5 : n <= 100 ? 10 : n <= 300 ? 50 : 100;
    for (int r = 1; r <= n; r++) {
      if (r == 1 || r == n || r % step == 0) {
        double xr = x.applyAsDouble(r);
        lines.add(new Svg.Line(Svg.n(xr), Svg.n(top - 6), Svg.n(xr), Svg.n(height - 8), "grid", null));
        texts.add(new Svg.Text(Svg.n(xr), Svg.n(top - 10), "middle", "axis", String.valueOf(r)));
      }
    }
    texts.add(new Svg.Text(Svg.n(left - 8), Svg.n(top - 10), "end", "axis", m.get("sensitivity.html.rank")));
    for (int i = 0; i < units.size(); i++) {
      Sensitivity.UnitRanks u = units.get(i);
      double y = top + row * i + row / 2;
      String tip =
          m.get(
              "sensitivity.html.tip",
              u.name(),
              u.rank(),
              u.median() == null ? "—" : Fmt.plain(u.median(), m.language()),
              interval(u),
              percent(u.keepClass(), m.language()));
      texts.add(new Svg.Text(Svg.n(left - 8), Svg.n(y + 4), "end", "name", ExplainText.cut(u.name(), 38)));
      double x1 = x.applyAsDouble(u.low());
      double x2 = x.applyAsDouble(u.high());
      if (x2 - x1 < 2) {
        x1 -= 1;
        x2 += 1;
      }
      lines.add(new Svg.Line(Svg.n(x1), Svg.n(y), Svg.n(x2), Svg.n(y), "interval", tip));
      if (u.median() != null) {
        double xm = x.applyAsDouble(u.median().doubleValue());
        lines.add(new Svg.Line(Svg.n(xm), Svg.n(y - 6), Svg.n(xm), Svg.n(y + 6), "median", tip));
      }
      circles.add(new Svg.Circle(Svg.n(x.applyAsDouble(u.rank())), Svg.n(y), "4", "published", tip));
    }
    return new Svg(
        Svg.n(left + width + 20), Svg.n(height), m.get("sensitivity.html.chart") + " — " + groupName, lines, circles, texts);
  }
}
