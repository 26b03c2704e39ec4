package vn.egov.report;

import vn.egov.output.AtomicFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.Criterion;
import vn.egov.model.CriterionResult;
import vn.egov.model.CriterionStatus;
import vn.egov.model.Entry;
import vn.egov.model.GroupResult;
import vn.egov.model.InputDef;
import vn.egov.model.Previous;
import vn.egov.model.Problem;
import vn.egov.model.Results;
import vn.egov.model.ScoringMethod;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.model.Variant;
import vn.egov.scoring.GroupBests;
import vn.egov.scoring.Hint;
import vn.egov.scoring.Hints;

/**
 * {@code scorecards/NAME.html}: one page per unit that sent a report (scored or rejected) — its
 * score, rank of the ranked units of its group, class, change from last year, a chart of its points
 * per criteria group against the group's average and its best unit, every criterion with self /
 * final / max points and the inputs and evidence behind them, under each criterion below its max
 * what would earn more points (the hints of {@code explain}, {@link Hints}), what the appraisal
 * changed with the appraiser's note, and where it lost most points. File names come from {@link vn.egov.text.FileNames}, the rule templates are named by;
 * nothing is written outside the folder whatever a unit id says.
 */
final class Scorecards {
  static final String DIR = "scorecards";

  /** Top-level criteria listed as where the unit lost most points. */
  static final int LOSSES_SHOWN = 5;

  private static final int PROBLEMS_SHOWN = 200;

  private final HtmlView v;
  private final Map<String, String> files;

  Scorecards(HtmlView v, Map<String, String> files) {
    this.v = v;
    this.files = files;
  }

  /** The scorecard file name of every unit that has one, by unit id, in published order. */
  static Map<String, String> files(Results results) {
    // named among every unit of the assessment, sent or not, as templates are named among every
    // unit of the registry: a unit's name does not change with who else sent a report
    Map<String, String> names =
        vn.egov.text.FileNames.forIds(results.units().stream().map(UnitResult::id).toList());
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (UnitResult u : results.units()) {
      if (hasScorecard(u)) {
        out.put(u.id(), names.get(u.id()) + ".html");
      }
    }
    return out;
  }

  static boolean hasScorecard(UnitResult u) {
    return u.status() != UnitStatus.NOT_SUBMITTED && u.fin() != null && u.report() != null;
  }

  List<Path> write() throws IOException {
    Path dir = v.context.dir().resolve(DIR).toAbsolutePath().normalize();
    List<Path> written = new ArrayList<>();
    List<UnitResult> units =
        v.results.units().stream().filter(u -> files.get(u.id()) != null && hasScorecard(u)).toList();
    units.forEach(u -> peers.computeIfAbsent(u.unit().group(), this::peersOf));
    bests = GroupBests.of(v.results.units(), Variant.FINAL);
    // pages made on every core, a few at a time, and written in published order
    vn.egov.parallel.InOrder.run(
        units.size(),
        i -> {
          try {
            return HtmlTemplates.page("scorecard", model(units.get(i)));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        },
        new vn.egov.parallel.InOrder.Handler<byte[]>() {
          private int next;

          @Override
          public boolean take(byte[] page) throws IOException {
            String file = files.get(units.get(next++).id());
            Path target = dir.resolve(file).normalize();
            if (!dir.equals(target.getParent())) {
              throw new IllegalStateException("scorecard name outside its folder: " + file);
            }
            AtomicFiles.write(target, out -> out.write(page));
            written.add(v.context.dir().resolve(DIR).resolve(file));
            return true;
          }
        });
    return written;
  }

  /** The change from last year. */
  public record Change(
      boolean isNew,
      String previousScore,
      String previousRank,
      String previousClass,
      String scoreDelta,
      String rankChange,
      String file) {}

  /** An input behind a criterion. */
  public record InputRow(
      String id,
      String label,
      String self,
      String appraised,
      String evidence,
      String note,
      boolean changed) {}

  /** A criterion or sub-criterion ({@code depth} 0 or more). */
  public record Row(
      int depth,
      String id,
      String name,
      String self,
      String fin,
      String max,
      String status,
      String statusKey,
      boolean differs,
      List<InputRow> inputs,
      List<String> hints) {}

  /** A criteria group with its criteria. */
  public record Block(
      String id, String name, String points, String selfPoints, String max, List<Row> rows) {}

  /** A criterion whose points the appraisal changed, with the appraised inputs behind it. */
  public record Diff(
      String id, String name, String self, String fin, String delta, List<InputRow> inputs) {}

  /** A criterion where the unit lost points. */
  public record Lost(
      String rank, String id, String name, String points, String max, String lost, String status) {}

  /** An entry of the chart legend. */
  public record Legend(String cls, String name) {}

  private Map<String, Object> model(UnitResult u) {
    Map<String, Object> m = v.page();
    String group = u.unit().group();
    m.put("name", u.unit().name());
    m.put("id", u.id());
    m.put("group", v.unitGroupName(group));
    m.put("rejected", u.status() == UnitStatus.REJECTED);
    m.put("status", v.unitStatus(u.status()));
    m.put("score", v.num(u.fin().score()));
    m.put("points", v.num(u.fin().points()));
    m.put("max", v.num(u.fin().max()));
    m.put("classification", u.fin().classification());
    Peers others = peers.computeIfAbsent(group, this::peersOf);
    long ranked = others.ranked();
    long selfRanked = others.selfRanked();
    m.put("rank", rank(u, u.fin().rank(), ranked));
    m.put("ranked", u.fin().rank() != null);
    m.put("selfScore", u.self() == null ? "—" : v.num(u.self().score()));
    m.put("selfPoints", u.self() == null ? "—" : v.num(u.self().points()));
    m.put("selfRank", u.self() == null ? "—" : rank(u, u.self().rank(), selfRanked));
    m.put("selfClassification", u.self() == null ? null : u.self().classification());
    m.put("change", change(u));
    List<Legend> legend = new ArrayList<>();
    m.put("chart", chart(u, legend));
    m.put("legend", legend);
    List<Block> blocks = new ArrayList<>();
    List<Diff> diffs = new ArrayList<>();
    Map<String, List<String>> hints = hints(u);
    for (CriteriaGroup cg : v.results.criteria().groups()) {
      List<Row> rows = new ArrayList<>();
      for (CriterionResult c : u.criteria()) {
        if (inGroup(cg, c)) {
          rows(u, c, 0, rows, diffs, hints);
        }
      }
      if (rows.isEmpty()) {
        continue;
      }
      GroupResult gr = HtmlView.group(u, cg.id());
      blocks.add(
          new Block(
              cg.id(),
              cg.name(),
              v.groupPoints(u, gr),
              gr == null ? "—" : v.num(gr.selfPoints()),
              gr == null ? "—" : v.num(gr.max()),
              rows));
    }
    m.put("blocks", blocks);
    m.put("diffs", diffs);
    m.put("appraised", appraised(u));
    m.put("lost", lost(u));
    List<Problem> problems = problemsOf().getOrDefault(u.id(), List.of());
    m.put(
        "problems",
        problems.stream().limit(PROBLEMS_SHOWN).map(p -> v.problemRow(p, Map.of())).toList());
    m.put(
        "problemsMore",
        problems.size() > PROBLEMS_SHOWN
            ? v.labels.get("html.problems.more", problems.size() - PROBLEMS_SHOWN)
            : null);
    return m;
  }

  private String rank(UnitResult u, Integer rank, long of) {
    if (rank != null) {
      return rank + " / " + of;
    }
    return u.status() == UnitStatus.REJECTED
        ? v.unitStatus(UnitStatus.REJECTED)
        : v.labels.get("html.notRanked");
  }

  private static boolean inGroup(CriteriaGroup g, CriterionResult c) {
    return g.criteria().stream().anyMatch(x -> x.id().equals(c.id()));
  }

  /**
   * What would earn the unit more points, by (sub-)criterion: the hints {@code explain} gives
   * ({@link Hints}), in its words, most points first.
   */
  private Map<String, List<String>> hints(UnitResult u) {
    Map<String, List<String>> out = new java.util.HashMap<>();
    if (u.report().overlapping()) {
      return out; // two versions of its report, no value taken: nothing to improve on
    }
    int precision = v.results.criteria().scoring().precision();
    for (Hint h : Hints.of(v.results, u, bests)) {
      out.computeIfAbsent(h.criterionId(), k -> new ArrayList<>())
          .add(Hints.describe(h, v.context.messages(), precision));
    }
    return out;
  }

  private void rows(
      UnitResult u, CriterionResult c, int depth, List<Row> rows, List<Diff> diffs, Map<String, List<String>> hints) {
    boolean applies = c.fin() != null && c.fin().status() != CriterionStatus.NOT_APPLICABLE;
    List<InputRow> inputs = applies ? inputs(u, c) : List.of();
    boolean differs = HtmlView.differs(c);
    CriterionStatus status = c.fin() == null ? CriterionStatus.NOT_APPLICABLE : c.fin().status();
    rows.add(
        new Row(
            depth,
            c.id(),
            v.criterionName(c),
            c.self() == null ? "—" : v.num(c.self().points()),
            c.fin() == null ? "—" : v.num(c.fin().points()),
            applies ? v.num(c.max()) : "—",
            v.status(status),
            status.key(),
            differs,
            inputs,
            hints.getOrDefault(c.id(), List.of())));
    if (differs) {
      BigDecimal a = c.self().points();
      BigDecimal b = c.fin().points();
      diffs.add(
          new Diff(
              c.id(),
              v.criterionName(c),
              a == null ? v.status(c.self().status()) : v.num(a),
              b == null ? v.status(c.fin().status()) : v.num(b),
              a == null || b == null ? "—" : v.signed(b.subtract(a)),
              inputs.stream().filter(InputRow::changed).toList()));
    }
    for (CriterionResult sub : c.criteria()) {
      rows(u, sub, depth + 1, rows, diffs, hints);
    }
  }

  /**
   * The inputs a criterion declares or its scoring method reads (for the unit's group), in the
   * order the criteria set declares them.
   */
  private List<InputRow> inputs(UnitResult u, CriterionResult c) {
    List<InputDef> defs =
        inputDefs.computeIfAbsent(u.unit().group(), k -> new java.util.concurrent.ConcurrentHashMap<>())
            .computeIfAbsent(c.criterion().id(), id -> inputDefs(c.criterion(), u.unit().group()));
    List<InputRow> out = new ArrayList<>(defs.size());
    for (InputDef def : defs) {
      out.add(input(u, def));
    }
    return out;
  }

  /** The inputs of each criterion (by id) for each unit group, found once per pair, not per unit. */
  private final Map<String, Map<String, List<InputDef>>> inputDefs = new java.util.concurrent.ConcurrentHashMap<>();

  private List<InputDef> inputDefs(Criterion criterion, String group) {
    Set<String> ids = new LinkedHashSet<>(criterion.inputs());
    ScoringMethod method = criterion.methodFor(group);
    if (method != null) {
      ids.addAll(method.inputs());
    }
    return v.results.criteria().inputs().stream().filter(def -> ids.contains(def.id())).toList();
  }

  private InputRow input(UnitResult u, InputDef def) {
    Entry e = u.report().entries().get(def.id());
    if (e == null) {
      return new InputRow(def.id(), def.label(), "", "", "", "", false);
    }
    boolean appraised = e.appraised() != null && !e.appraised().blank();
    String self = v.value(e.self(), def);
    String fin = appraised ? v.value(e.appraised(), def) : "";
    return new InputRow(
        def.id(),
        def.label(),
        self,
        fin,
        e.evidence() == null ? "" : e.evidence(),
        e.note() == null ? "" : e.note(),
        appraised && !fin.equals(self));
  }

  /** Every input the Department appraised, with both values. */
  private List<InputRow> appraised(UnitResult u) {
    List<InputRow> out = new ArrayList<>();
    for (InputDef def : v.results.criteria().inputs()) {
      Entry e = u.report().entries().get(def.id());
      if (e != null && e.appraised() != null && !e.appraised().blank()) {
        out.add(input(u, def));
      }
    }
    return out;
  }

  private List<Lost> lost(UnitResult u) {
    record Item(CriterionResult c, BigDecimal lost) {}
    List<Item> items = new ArrayList<>();
    for (CriterionResult c : u.criteria()) {
      BigDecimal lost = HtmlView.lost(c);
      if (lost != null && lost.signum() > 0) {
        items.add(new Item(c, lost));
      }
    }
    // stable: equal losses keep the order of the criteria set
    items.sort(Comparator.comparing(Item::lost).reversed());
    List<Lost> out = new ArrayList<>();
    for (Item i : items.subList(0, Math.min(LOSSES_SHOWN, items.size()))) {
      CriterionResult c = i.c();
      out.add(
          new Lost(
              Integer.toString(out.size() + 1),
              c.id(),
              v.criterionName(c),
              v.num(c.fin().points()),
              v.num(c.max()),
              v.num(i.lost()),
              c.fin().status() == CriterionStatus.SCORED ? "" : v.status(c.fin().status())));
    }
    return out;
  }

  private Change change(UnitResult u) {
    Previous previous = v.context.previous();
    if (previous == null) {
      return null;
    }
    Previous.Unit last = previous.units().get(u.id());
    if (last == null) {
      last =
          previous.units().values().stream()
              .filter(
                  p ->
                      p.id() != null
                          && p.id()
                              .toLowerCase(Locale.ROOT)
                              .equals(u.id().toLowerCase(Locale.ROOT)))
              .min(Comparator.comparing(Previous.Unit::id))
              .orElse(null);
    }
    if (last == null) {
      return new Change(
          true, "—", "—", null, "—", v.labels.get("html.change.new"), previous.file());
    }
    BigDecimal score = u.fin().score();
    String delta =
        score == null || last.score() == null ? "—" : v.signed(score.subtract(last.score()));
    String rankChange;
    Integer now = u.fin().rank();
    if (now == null || last.rank() == null) {
      rankChange = "—";
    } else if (last.rank() > now) {
      rankChange = v.labels.get("html.change.up", last.rank() - now);
    } else if (last.rank() < now) {
      rankChange = v.labels.get("html.change.down", now - last.rank());
    } else {
      rankChange = v.labels.get("html.change.same");
    }
    return new Change(
        false,
        v.num(last.score()),
        last.rank() == null ? "—" : last.rank().toString(),
        last.classification(),
        delta,
        rankChange,
        previous.file());
  }

  /**
   * The scored units of a unit group, seen once for all its scorecards: its best unit (rank 1,
   * else the highest score) and, per criteria group id, the sum of their points and of their max.
   */
  private record Peers(UnitResult best, Map<String, BigDecimal[]> sums, long ranked, long selfRanked) {}

  /** Each unit's problems, in the order of the results, found once for all scorecards. */
  private volatile Map<String, List<Problem>> problemsByUnit;

  private Map<String, List<Problem>> problemsOf() {
    Map<String, List<Problem>> byUnit = problemsByUnit;
    if (byUnit == null) {
      synchronized (this) {
        if (problemsByUnit == null) {
          Map<String, List<Problem>> m = new java.util.HashMap<>();
          for (Problem p : v.results.problems()) {
            if (p.unit() != null) {
              m.computeIfAbsent(p.unit(), k -> new ArrayList<>()).add(p);
            }
          }
          problemsByUnit = m;
        }
        byUnit = problemsByUnit;
      }
    }
    return byUnit;
  }

  private final Map<String, Peers> peers = new java.util.concurrent.ConcurrentHashMap<>();

  /** The final group bests of relative criteria, found once for every unit's hints. */
  private GroupBests bests;

  private Peers peersOf(String group) {
    List<UnitResult> scored = Figures.ranked(v.results.units(), group);
    UnitResult best =
        scored.stream()
            .filter(o -> o.fin().rank() != null && o.fin().rank() == 1)
            .findFirst()
            .orElseGet(
                () ->
                    scored.stream()
                        .max(Comparator.comparing((UnitResult o) -> o.fin().score()))
                        .orElse(null));
    Map<String, BigDecimal[]> sums = new java.util.HashMap<>();
    for (vn.egov.model.CriteriaGroup cg : v.results.criteria().groups()) {
      sums.put(cg.id(), HtmlView.groupSums(scored, cg.id()));
    }
    long ranked = 0;
    long selfRanked = 0;
    for (UnitResult o : v.results.units()) {
      if (o.unit().group().equals(group)) {
        ranked += o.fin() != null && o.fin().rank() != null ? 1 : 0;
        selfRanked += o.self() != null && o.self().rank() != null ? 1 : 0;
      }
    }
    return new Peers(best, sums, ranked, selfRanked);
  }

  /**
   * The unit's points per criteria group as a percentage of its max, against the scored units of
   * its group (sum of points over sum of max) and against its best unit (rank 1, else the highest
   * score).
   */
  private SvgCharts.Svg chart(UnitResult u, List<Legend> legend) {
    String group = u.unit().group();
    Peers others = peers.computeIfAbsent(group, this::peersOf);
    UnitResult best = others.best();
    List<String> categories = new ArrayList<>();
    List<SvgCharts.Bar> mine = new ArrayList<>();
    List<SvgCharts.Bar> average = new ArrayList<>();
    List<SvgCharts.Bar> top = new ArrayList<>();
    String averageName = v.labels.get("html.chart.average", v.unitGroupName(group));
    String bestName = best == null ? null : v.labels.get("html.chart.best", best.unit().name());
    for (GroupResult g : u.groups()) {
      if (g.max() == null || g.max().signum() == 0) {
        continue;
      }
      categories.add(g.id() + ". " + g.group().name());
      BigDecimal p = HtmlView.percent(g.points(), g.max());
      mine.add(
          new SvgCharts.Bar(
              p,
              v.pct(p) + " (" + v.num(g.points()) + " / " + v.num(g.max()) + ")",
              u.unit().name() + ": " + v.pct(p)));
      BigDecimal[] sums = others.sums().get(g.id());
      BigDecimal avg = HtmlView.percent(sums[0], sums[1]);
      average.add(new SvgCharts.Bar(avg, v.pct(avg), averageName + ": " + v.pct(avg)));
      if (best != null) {
        GroupResult bg = HtmlView.group(best, g.id());
        BigDecimal b = bg == null ? null : HtmlView.percent(bg.points(), bg.max());
        top.add(new SvgCharts.Bar(b, v.pct(b), bestName + ": " + v.pct(b)));
      }
    }
    if (categories.isEmpty()) {
      return null;
    }
    List<SvgCharts.Series> series = new ArrayList<>();
    series.add(new SvgCharts.Series("s0", mine));
    legend.add(new Legend("s0", u.unit().name()));
    series.add(new SvgCharts.Series("s1", average));
    legend.add(new Legend("s1", averageName));
    if (best != null) {
      series.add(new SvgCharts.Series("s2", top));
      legend.add(new Legend("s2", bestName));
    }
    return SvgCharts.bars(v.labels.get("html.chart.title"), categories, series);
  }
}
