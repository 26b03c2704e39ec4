package vn.egov.report;

import vn.egov.output.OutputFormat;
import vn.egov.output.OutputContext;
import vn.egov.output.AtomicFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.Criterion;
import vn.egov.model.CriterionResult;
import vn.egov.model.GroupResult;
import vn.egov.model.Kind;
import vn.egov.model.Problem;
import vn.egov.model.Results;
import vn.egov.model.UnitGroup;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;

/**
 * {@code report.html} and {@code scorecards/}: the page the Department publishes and e-mails — one
 * self-contained file (inline CSS and SVG, no scripts, fonts, images or links other than in-page
 * anchors and the scorecards beside it), readable on a phone and printable — and one page per unit
 * that sent a report ({@link Scorecards}). Rendered from the Pebble templates in {@code
 * vn/egov/report/html/} with every text escaped; the same results give byte-identical files.
 */
final class ReportHtml implements OutputFormat<Results> {
  static final String FILE = "report.html";

  /** Problems listed in the report; the rest are counted (all of them are in results.json). */
  static final int PROBLEMS_SHOWN = 200;

  /** Criteria listed as where most points were lost. */
  static final int LOSSES_SHOWN = 10;

  @Override
  public String name() {
    return "html";
  }

  @Override
  public List<Path> write(Results results, OutputContext context) throws IOException {
    HtmlView v = new HtmlView(results, context);
    Map<String, String> files = Scorecards.files(results);
    Map<String, Object> model = model(v, files);
    Path target = context.dir().resolve(FILE);
    AtomicFiles.write(target, out -> HtmlTemplates.render("report", model, out));
    List<Path> written = new ArrayList<>();
    written.add(target);
    written.addAll(new Scorecards(v, files).write());
    return written;
  }

  /** Headline figures. */
  public record Figure(String label, String value, String note) {}

  /** A column of points of one criteria group. */
  public record Column(String id, String name, String max) {}

  /** A row of a ranking table. */
  public record Row(
      String rank,
      String name,
      String id,
      String file,
      String note,
      String selfScore,
      String points,
      String score,
      String classification,
      List<String> groups,
      boolean changed) {}

  /** The ranking and distribution of one unit group. */
  public record Section(
      String anchor,
      String name,
      String summary,
      List<Column> columns,
      List<Row> rows,
      SvgCharts.Svg histogram) {}

  /** An entry of a chart legend. */
  public record Legend(String cls, String name) {}

  /** A criterion where points were lost across the province. */
  public record Loss(
      String rank, String id, String name, String lost, String units, String share) {}

  /** A unit that sent no report. */
  public record Missing(String id, String name, String group) {}

  private static Map<String, Object> model(HtmlView v, Map<String, String> files) {
    Results r = v.results;
    Map<String, Object> m = v.page();
    List<UnitResult> units = r.units();
    long scored = units.stream().filter(u -> u.status() == UnitStatus.SCORED).count();
    long missing = units.stream().filter(u -> u.status() == UnitStatus.NOT_SUBMITTED).count();
    long rejected = units.stream().filter(u -> u.status() == UnitStatus.REJECTED).count();
    long errors = r.problems().stream().filter(Problem::isError).count();
    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure(v.labels.get("html.fig.units"), Long.toString(units.size()), null));
    figures.add(new Figure(v.labels.get("html.fig.scored"), Long.toString(scored), null));
    figures.add(new Figure(v.labels.get("html.fig.notSubmitted"), Long.toString(missing), null));
    figures.add(new Figure(v.labels.get("html.fig.rejected"), Long.toString(rejected), null));
    for (UnitGroup g : r.criteria().unitGroups()) {
      List<UnitResult> ranked = Figures.ranked(units, g.id());
      if (!ranked.isEmpty()) {
        figures.add(
            new Figure(
                v.labels.get("html.fig.average", g.name()),
                v.num(Figures.meanScore(ranked, v.precision)),
                v.labels.get("html.fig.averageNote", ranked.size())));
      }
    }
    figures.add(
        new Figure(
            v.labels.get("html.fig.problems"),
            Integer.toString(r.problems().size()),
            v.labels.get("html.fig.problemsNote", errors, r.problems().size() - errors)));
    m.put("figures", figures);

    List<Section> sections = new ArrayList<>();
    int index = 0;
    for (UnitGroup g : r.criteria().unitGroups()) {
      index++;
      Section s = section(v, g, index, files);
      if (s != null) {
        sections.add(s);
      }
    }
    m.put("sections", sections);
    m.put("scale", v.num(r.criteria().scoring().scale()));

    List<Legend> legend = new ArrayList<>();
    m.put("groupChart", groupChart(v, legend));
    m.put("groupLegend", legend);
    m.put("losses", losses(v));
    List<Missing> notSubmitted = new ArrayList<>();
    for (UnitResult u : units) {
      if (u.status() == UnitStatus.NOT_SUBMITTED) {
        notSubmitted.add(new Missing(u.id(), u.unit().name(), v.unitGroupName(u.unit().group())));
      }
    }
    m.put("notSubmitted", notSubmitted);
    List<Problem> shown = r.problems().subList(0, Math.min(PROBLEMS_SHOWN, r.problems().size()));
    m.put("problemFiles", v.byFile(shown, files));
    int more = r.problems().size() - shown.size();
    m.put("problemsMore", more > 0 ? v.labels.get("html.problems.more", more) : null);
    m.put("problemCount", r.problems().size());
    return m;
  }

  private static Section section(HtmlView v, UnitGroup g, int index, Map<String, String> files) {
    List<UnitResult> members =
        v.results.units().stream().filter(u -> u.unit().group().equals(g.id())).toList();
    if (members.isEmpty()) {
      return null;
    }
    List<CriteriaGroup> groups = v.groupsFor(g.id());
    List<Column> columns = new ArrayList<>();
    for (CriteriaGroup cg : groups) {
      columns.add(new Column(cg.id(), cg.name(), v.num(Figures.groupMax(cg, g.id()))));
    }
    List<Row> rows = new ArrayList<>();
    long ranked = 0;
    long missing = 0;
    for (UnitResult u : members) {
      if (u.status() == UnitStatus.NOT_SUBMITTED || u.fin() == null) {
        missing++;
        continue;
      }
      if (u.fin().rank() != null) {
        ranked++;
      }
      String note =
          u.status() == UnitStatus.REJECTED
              ? v.unitStatus(UnitStatus.REJECTED)
              : u.fin().rank() == null ? v.labels.get("html.notRanked") : null;
      List<String> points = new ArrayList<>();
      for (CriteriaGroup cg : groups) {
        GroupResult gr = HtmlView.group(u, cg.id());
        points.add(v.groupPoints(u, gr));
      }
      boolean changed =
          u.self() != null
              && u.self().points() != null
              && u.fin().points() != null
              && u.self().points().compareTo(u.fin().points()) != 0;
      rows.add(
          new Row(
              u.fin().rank() == null ? "—" : u.fin().rank().toString(),
              u.unit().name(),
              u.id(),
              files.get(u.id()),
              note,
              u.self() == null ? "—" : v.num(u.self().score()),
              v.num(u.fin().points()) + " / " + v.num(u.fin().max()),
              v.num(u.fin().score()),
              u.fin().classification() == null ? "" : u.fin().classification(),
              points,
              changed));
    }
    String summary = v.labels.get("html.section.summary", ranked, rows.size() - ranked, missing);
    List<UnitResult> scored = Figures.ranked(v.results.units(), g.id());
    SvgCharts.Svg histogram = null;
    if (!scored.isEmpty()) {
      BigDecimal mean = Figures.meanScore(scored, v.precision);
      histogram =
          SvgCharts.histogram(
              v.labels.get("html.distribution.title", g.name()),
              scored.stream()
                  .map(u -> new SvgCharts.Point(u.fin().score(), u.unit().name()))
                  .toList(),
              v.results.criteria().scoring().scale(),
              mean,
              v.labels.get("html.distribution.mean", v.num(mean)),
              v.language);
    }
    return new Section("group-" + index, g.name(), summary, columns, rows, histogram);
  }

  /**
   * Average points of each criteria group for each unit group, as a percentage of the average max:
   * sum of points over sum of max of the ranked units.
   */
  private static SvgCharts.Svg groupChart(HtmlView v, List<Legend> legend) {
    List<UnitGroup> unitGroups = new ArrayList<>();
    for (UnitGroup g : v.results.criteria().unitGroups()) {
      if (!Figures.ranked(v.results.units(), g.id()).isEmpty()) {
        unitGroups.add(g);
      }
    }
    if (unitGroups.isEmpty()) {
      return null;
    }
    List<String> categories = new ArrayList<>();
    for (CriteriaGroup cg : v.results.criteria().groups()) {
      categories.add(cg.id() + ". " + cg.name());
    }
    List<SvgCharts.Series> series = new ArrayList<>();
    int i = 0;
    for (UnitGroup g : unitGroups) {
      String cls = "s" + (i++ % 6);
      legend.add(new Legend(cls, g.name()));
      List<UnitResult> scored = Figures.ranked(v.results.units(), g.id());
      List<SvgCharts.Bar> bars = new ArrayList<>();
      for (CriteriaGroup cg : v.results.criteria().groups()) {
        BigDecimal[] sums = HtmlView.groupSums(scored, cg.id());
        BigDecimal points = sums[0];
        BigDecimal max = sums[1];
        if (max.signum() == 0) {
          bars.add(new SvgCharts.Bar(null, v.labels.get("html.notApplicableShort"), null));
          continue;
        }
        BigDecimal pct = HtmlView.percent(points, max);
        BigDecimal n = BigDecimal.valueOf(scored.size());
        String label =
            v.pct(pct)
                + " ("
                + v.num(points.divide(n, v.precision, RoundingMode.HALF_UP))
                + " / "
                + v.num(max.divide(n, v.precision, RoundingMode.HALF_UP))
                + ")";
        bars.add(new SvgCharts.Bar(pct, label, g.name() + ": " + label));
      }
      series.add(new SvgCharts.Series(cls, bars));
    }
    return SvgCharts.bars(v.labels.get("html.groups.title"), categories, series);
  }

  /**
   * The top-level criteria where the scored units lost most points together: {@code max − points}
   * summed over the units where the criterion counts (deductions: the points taken), largest first,
   * ties in the order of the criteria set.
   */
  private static List<Loss> losses(HtmlView v) {
    record Sum(Criterion criterion, BigDecimal lost, BigDecimal max, int units) {}
    Map<String, Sum> sums = new LinkedHashMap<>();
    for (CriteriaGroup g : v.results.criteria().groups()) {
      for (Criterion c : g.criteria()) {
        if (c.kind() != Kind.BONUS) {
          sums.put(c.id(), new Sum(c, BigDecimal.ZERO, BigDecimal.ZERO, 0));
        }
      }
    }
    for (UnitResult u : v.results.units()) {
      if (u.status() != UnitStatus.SCORED) {
        continue;
      }
      Map<String, CriterionResult> byId = new HashMap<>();
      u.criteria().forEach(c -> byId.put(c.id(), c));
      for (Map.Entry<String, Sum> e : sums.entrySet()) {
        CriterionResult c = byId.get(e.getKey());
        BigDecimal lost = c == null ? null : HtmlView.lost(c);
        if (lost != null) {
          Sum s = e.getValue();
          e.setValue(
              new Sum(s.criterion(), s.lost().add(lost), s.max().add(c.max()), s.units() + 1));
        }
      }
    }
    List<Sum> ordered =
        new ArrayList<>(sums.values().stream().filter(s -> s.lost().signum() > 0).toList());
    // stable sort: equal losses keep the order of the criteria set
    ordered.sort((a, b) -> b.lost().compareTo(a.lost()));
    List<Loss> out = new ArrayList<>();
    for (Sum s : ordered.subList(0, Math.min(LOSSES_SHOWN, ordered.size()))) {
      out.add(
          new Loss(
              Integer.toString(out.size() + 1),
              s.criterion().id(),
              s.criterion().kind() == Kind.DEDUCTION
                  ? s.criterion().name() + " (" + v.labels.get("html.kind.deduction") + ")"
                  : s.criterion().name(),
              v.num(s.lost()),
              Integer.toString(s.units()),
              v.pct(HtmlView.percent(s.lost(), s.max()))));
    }
    return out;
  }
}
