package vn.egov.conformance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.egov.conformance.ReferenceExpr.Node;

/**
 * A random criteria set with every scoring method and every kind of unit report, as plain data
 * the {@link ReferenceScorer} reads and that is written out as the YAML and CSV egov reads:
 * several unit groups, a registry with unranked and silent units, {@code applies_to}, {@code na:
 * allowed} and {@code on_undefined: na}, bonus and deduction criteria, sub-criteria summed or
 * best-of, overrides of max, method and {@code na} per unit group, a ranking by score or points
 * with tiebreaks, a classification with per-group bands; reports with Vietnamese number formats,
 * N/A, blanks, out-of-range values, and appraised values that change, add or blank nothing.
 */
final class SetSpec {
  enum InType {
    NUMBER("number"), INTEGER("integer"), PERCENT("percent"), BOOLEAN("boolean"), CHOICE("choice"), POINTS("points");

    final String key;

    InType(String key) {
      this.key = key;
    }
  }

  record Option(String value, String label, BigDecimal points) {}

  /** An input; {@code min}/{@code max} may be null. */
  record Input(String id, InType type, boolean required, BigDecimal min, BigDecimal max, List<Option> options) {}

  record Band(BigDecimal min, BigDecimal max, BigDecimal points) {}

  /**
   * A scoring method: {@code type} one of SPEC's eight; {@code input} for boolean, choice and
   * manual; {@code value} (the expression) for the others; target/floor null when left to their
   * defaults.
   */
  record Method(
      String type,
      String input,
      Node value,
      List<Band> bands,
      BigDecimal target,
      BigDecimal floor,
      BigDecimal each,
      boolean lowerIsBetter,
      boolean onUndefinedNa) {
    boolean usesValue() {
      return value != null;
    }
  }

  record Override(BigDecimal max, Method method, Boolean na) {}

  /** A criterion: {@code method} or {@code subs}; kind, na and appliesTo matter on top-level ones. */
  record Criterion(
      String id,
      BigDecimal max,
      String kind,
      boolean naAllowed,
      List<String> appliesTo,
      Method method,
      String combine,
      List<Criterion> subs,
      Map<String, Override> overrides,
      List<Input> inputs) {
    boolean composite() {
      return method == null;
    }

    boolean appliesTo(String group) {
      return appliesTo.isEmpty() || appliesTo.contains(group);
    }

    BigDecimal maxFor(String group) {
      Override o = overrides.get(group);
      return o != null && o.max() != null ? o.max() : max;
    }

    Method methodFor(String group) {
      Override o = overrides.get(group);
      return o != null && o.method() != null ? o.method() : method;
    }

    boolean naAllowedFor(String group) {
      Override o = overrides.get(group);
      return o != null && o.na() != null ? o.na() : naAllowed;
    }
  }

  record Group(String id, List<Criterion> criteria) {}

  record Unit(String id, String name, String group, boolean ranked, boolean submitted) {}

  record ClassBand(BigDecimal min, String label) {}

  /**
   * What a unit typed in one cell: {@code text} as written (empty = blank), and what SPEC reads
   * from it — a number ({@code value}; booleans 1/0, a choice its option value in {@code
   * choice}) or N/A.
   */
  record Typed(String text, BigDecimal value, String choice, boolean na) {
    static final Typed BLANK = new Typed("", null, null, false);

    boolean blank() {
      return text.isEmpty();
    }
  }

  /** A unit's cell: the self-assessed value and the appraised one (BLANK when none). */
  record Cell(Typed self, Typed appraised) {}

  final List<String> unitGroups = new ArrayList<>();
  final List<Unit> units = new ArrayList<>();
  final List<Group> groups = new ArrayList<>();
  final Map<String, Input> inputs = new LinkedHashMap<>();
  int precision;
  BigDecimal scale;
  String rankBy;
  final List<String> tiebreak = new ArrayList<>();
  String classBy;
  final List<ClassBand> classBands = new ArrayList<>();
  final Map<String, List<ClassBand>> classOverrides = new LinkedHashMap<>();
  /** unit id → input id → cell; only submitted units. */
  final Map<String, Map<String, Cell>> report = new LinkedHashMap<>();
  boolean longTable;
  char delimiter;

  // ---- generating ----

  private final Random r;
  private int nextInput;

  private SetSpec(Random r) {
    this.r = r;
  }

  static SetSpec random(long seed) {
    SetSpec s = new SetSpec(new Random(seed));
    s.generate();
    return s;
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private <T> T pick(List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  private boolean chance(int percent) {
    return r.nextInt(100) < percent;
  }

  private void generate() {
    int nGroups = 1 + r.nextInt(3);
    for (int g = 1; g <= nGroups; g++) {
      unitGroups.add("k" + g);
    }
    int n = 0;
    for (String g : unitGroups) {
      int count = 3 + r.nextInt(7);
      for (int i = 0; i < count; i++) {
        n++;
        units.add(new Unit("DV" + n, "Đơn vị số " + n, g, !chance(10), !chance(7)));
      }
    }
    precision = r.nextInt(4);
    scale = pick(List.of(d("100"), d("100"), d("1000"), d("10")));
    int nCriteriaGroups = 1 + r.nextInt(3);
    for (int g = 1; g <= nCriteriaGroups; g++) {
      List<Criterion> cs = new ArrayList<>();
      int count = 1 + r.nextInt(4);
      for (int c = 1; c <= count; c++) {
        cs.add(topLevel(g + "." + c));
      }
      groups.add(new Group(String.valueOf(g), cs));
    }
    rankBy = chance(70) ? "score" : "points";
    List<String> tiebreakable = new ArrayList<>();
    groups.forEach(g -> {
      tiebreakable.add(g.id());
      g.criteria().forEach(c -> tiebreakable.add(c.id()));
    });
    int ties = r.nextInt(3);
    for (int i = 0; i < ties; i++) {
      String t = pick(tiebreakable);
      if (!tiebreak.contains(t)) {
        tiebreak.add(t);
      }
    }
    if (chance(80)) {
      classBy = chance(70) ? "score" : "points";
      classBands.addAll(classBands());
      for (String g : unitGroups) {
        if (chance(25)) {
          classOverrides.put(g, classBands());
        }
      }
    }
    for (Unit u : units) {
      if (u.submitted()) {
        report.put(u.id(), cells(u));
      }
    }
    longTable = chance(35);
    delimiter = chance(30) ? ';' : ',';
  }

  private List<ClassBand> classBands() {
    List<ClassBand> out = new ArrayList<>();
    List<String> labels = List.of("Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu");
    // strictly decreasing mins, in the figure's range (score up to scale, points up to a few tens)
    BigDecimal top = "score".equals(classBy) ? scale : d("40");
    int k = 2 + r.nextInt(3);
    BigDecimal min = top;
    for (int i = 0; i < k; i++) {
      BigDecimal step = top.multiply(BigDecimal.valueOf(5 + r.nextInt(30))).divide(d("100"));
      min = min.subtract(step).max(BigDecimal.ZERO);
      if (!out.isEmpty() && min.compareTo(out.get(out.size() - 1).min()) >= 0) {
        break;
      }
      out.add(new ClassBand(i == k - 1 && chance(70) ? BigDecimal.ZERO : min.setScale(r.nextInt(2), java.math.RoundingMode.DOWN), labels.get(i)));
      if (out.get(out.size() - 1).min().signum() == 0) {
        break;
      }
    }
    // keep the mins strictly decreasing after the rounding above
    List<ClassBand> strict = new ArrayList<>();
    for (ClassBand b : out) {
      if (strict.isEmpty() || b.min().compareTo(strict.get(strict.size() - 1).min()) < 0) {
        strict.add(b);
      }
    }
    return strict;
  }

  private Criterion topLevel(String id) {
    String kind = chance(80) ? "normal" : chance(50) ? "bonus" : "deduction";
    boolean na = chance(35);
    List<String> appliesTo = new ArrayList<>();
    if (unitGroups.size() > 1 && chance(25)) {
      for (String g : unitGroups) {
        if (chance(60)) {
          appliesTo.add(g);
        }
      }
      if (appliesTo.isEmpty()) {
        appliesTo.add(unitGroups.get(0));
      }
    }
    BigDecimal max = maxPoints();
    Map<String, Override> overrides = new LinkedHashMap<>();
    boolean composite = chance(20);
    List<Input> own = new ArrayList<>();
    if (composite) {
      List<Criterion> subs = new ArrayList<>();
      int k = 2 + r.nextInt(2);
      for (int i = 1; i <= k; i++) {
        BigDecimal subMax = maxPoints();
        List<Input> subInputs = new ArrayList<>();
        Method m = method(subMax, na, subInputs, null);
        subs.add(new Criterion(id + "." + i, subMax, "normal", false, List.of(), m, null, List.of(), Map.of(), subInputs));
      }
      if (unitGroups.size() > 1 && chance(25)) {
        overrides.put(pick(unitGroups), new Override(maxPoints(), null, chance(30) ? !na : null));
      }
      return new Criterion(id, max, kind, na, appliesTo, null, chance(50) ? "sum" : "max", subs, overrides, own);
    }
    // an override of max is generated first: bands and choice points must stay within every max
    String overridden = unitGroups.size() > 1 && chance(30) ? pick(unitGroups) : null;
    BigDecimal overrideMax = overridden != null && chance(60) ? maxPoints() : null;
    BigDecimal cap = overrideMax == null ? max : max.min(overrideMax);
    Method m = method(cap, na, own, null);
    if (overridden != null) {
      Method om = m.usesValue() && chance(60) ? method(cap, na, own, m) : null;
      Boolean ona = chance(30) ? !na : null;
      overrides.put(overridden, new Override(overrideMax, om, ona));
    }
    return new Criterion(id, max, kind, na, appliesTo, m, null, List.of(), overrides, own);
  }

  private BigDecimal maxPoints() {
    List<String> maxes = precision == 0 ? List.of("1", "2", "3", "5", "10", "15") : List.of("1", "2", "2.5", "3", "5", "10", "15", "0.5");
    return d(pick(maxes));
  }

  private Input input(InType type, List<Input> own) {
    String id = "x" + (++nextInput);
    boolean required = chance(85);
    BigDecimal min = type == InType.INTEGER && chance(40) ? BigDecimal.ZERO : null;
    BigDecimal max = type == InType.NUMBER && chance(15) ? d("500") : null;
    List<Option> options = List.of();
    Input in = new Input(id, type, required, min, max, options);
    own.add(in);
    inputs.put(id, in);
    return in;
  }

  private Input choiceInput(BigDecimal cap, List<Input> own) {
    String id = "x" + (++nextInput);
    List<Option> options = new ArrayList<>();
    int k = 2 + r.nextInt(3);
    for (int i = 1; i <= k; i++) {
      BigDecimal pts = cap.multiply(BigDecimal.valueOf(r.nextInt(5))).divide(d("4"));
      options.add(new Option("muc-" + i, "Mức độ " + i, pts));
    }
    Input in = new Input(id, InType.CHOICE, chance(85), null, null, options);
    own.add(in);
    inputs.put(id, in);
    return in;
  }

  /**
   * A method within {@code cap} points; {@code like} non-null: another value method over the
   * same inputs (an override for a unit group).
   */
  private Method method(BigDecimal cap, boolean naAllowed, List<Input> own, Method like) {
    boolean onNa = naAllowed && chance(25);
    String type = like != null
        ? pick(List.of("bands", "proportional", "count", "formula", "relative"))
        : pick(List.of("boolean", "choice", "bands", "proportional", "count", "manual", "formula", "relative"));
    switch (type) {
      case "boolean":
        return new Method(type, input(InType.BOOLEAN, own).id(), null, null, null, null, null, false, onNa);
      case "choice":
        return new Method(type, choiceInput(cap, own).id(), null, null, null, null, null, false, onNa);
      case "manual":
        return new Method(type, input(InType.POINTS, own).id(), null, null, null, null, null, false, onNa);
      default:
        break;
    }
    Node value = like != null ? like.value() : value(type, own);
    return switch (type) {
      case "bands" -> new Method(type, null, value, bands(cap), null, null, null, false, onNa);
      case "proportional" -> {
        BigDecimal target = null;
        BigDecimal floor = null;
        switch (r.nextInt(5)) {
          case 0 -> {} // defaults: target 1, floor 0
          case 1 -> target = d("100");
          case 2 -> { target = d("90"); floor = d("50"); }
          case 3 -> { target = d("0"); floor = d("10"); } // lower is better
          default -> { target = d(pick(List.of("5", "20", "0.5"))); floor = chance(50) ? null : d("1"); }
        }
        yield new Method(type, null, value, null, target, floor, null, false, onNa);
      }
      case "count" -> new Method(type, null, value, null, null, null, d(pick(List.of("0.25", "0.5", "1", "2", "0.125"))), false, onNa);
      case "relative" -> new Method(type, null, value, null, null, null, null, chance(35), onNa);
      default -> new Method("formula", null, value, null, null, null, null, false, onNa);
    };
  }

  /** A value expression over new inputs of the criterion. */
  private Node value(String type, List<Input> own) {
    if (type.equals("formula")) {
      List<String> vars = new ArrayList<>();
      int k = 1 + r.nextInt(3);
      for (int i = 0; i < k; i++) {
        vars.add(input(pick(List.of(InType.NUMBER, InType.INTEGER, InType.PERCENT, InType.BOOLEAN)), own).id());
      }
      Node e = ReferenceExpr.random(r, 1 + r.nextInt(3), vars);
      if (chance(35)) {
        // the shape of issue 20: a number plus a condition, "if(a, …) + (b > c && d)"
        Node condition = new ReferenceExpr.Bin(
            pick(List.of("&&", "||")),
            new ReferenceExpr.Bin(pick(List.of(">", ">=", "<", "==")), ReferenceExpr.random(r, 0, vars), ReferenceExpr.random(r, 0, vars)),
            ReferenceExpr.random(r, 0, vars));
        return new ReferenceExpr.Bin("+", e, condition);
      }
      return e;
    }
    switch (r.nextInt(5)) {
      case 0, 1: {
        return new ReferenceExpr.Var(input(pick(List.of(InType.NUMBER, InType.INTEGER, InType.PERCENT)), own).id());
      }
      case 2: {
        Node a = new ReferenceExpr.Var(input(InType.INTEGER, own).id());
        Node b = new ReferenceExpr.Var(input(InType.INTEGER, own).id());
        Node ratio = new ReferenceExpr.Bin("/", a, b);
        return chance(50) ? new ReferenceExpr.Bin("*", ratio, new ReferenceExpr.Lit("100")) : ratio;
      }
      default: {
        List<String> vars = List.of(
            input(pick(List.of(InType.NUMBER, InType.INTEGER, InType.PERCENT, InType.BOOLEAN)), own).id(),
            input(pick(List.of(InType.NUMBER, InType.INTEGER, InType.PERCENT)), own).id());
        return ReferenceExpr.random(r, 1 + r.nextInt(2), vars);
      }
    }
  }

  private List<Band> bands(BigDecimal cap) {
    List<String> thresholds = List.of("0", "0.5", "1", "2", "5", "10", "30", "50", "70", "90", "98", "100", "-1");
    List<Band> out = new ArrayList<>();
    int k = 1 + r.nextInt(3);
    for (int i = 0; i < k; i++) {
      BigDecimal lo = chance(85) ? d(pick(thresholds)) : null;
      BigDecimal hi = chance(20) ? d(pick(thresholds)) : null;
      if (lo != null && hi != null && lo.compareTo(hi) > 0) {
        BigDecimal t = lo;
        lo = hi;
        hi = t;
      }
      BigDecimal pts = cap.multiply(BigDecimal.valueOf(r.nextInt(5))).divide(d("4"));
      out.add(new Band(lo, hi, pts));
    }
    return out;
  }

  // ---- reports ----

  private Map<String, Cell> cells(Unit u) {
    Map<String, Cell> out = new LinkedHashMap<>();
    for (Input in : inputs.values()) {
      Typed self = typed(in, u, false);
      Typed appraised = chance(12) ? typed(in, u, true) : Typed.BLANK;
      out.put(in.id(), new Cell(self, appraised));
    }
    return out;
  }

  /** A random cell: mostly a valid value; N/A, blank, or out of range now and then. */
  private Typed typed(Input in, Unit u, boolean appraisal) {
    int k = r.nextInt(100);
    if (k < 4) {
      return new Typed(vn.egov.conformance.Typed.na(r), null, null, true);
    }
    if (k < 9 && !appraisal) {
      return Typed.BLANK;
    }
    if (k < 12 && !appraisal) {
      // out of range: SPEC counts an invalid value as blank (an appraisal is never invalid here:
      // whether an invalid appraisal hides the self-assessed value SPEC does not say)
      BigDecimal bad = switch (in.type()) {
        case PERCENT -> d("120,5".replace(',', '.'));
        case INTEGER -> in.min() != null ? d("-3") : null;
        case NUMBER -> in.max() != null ? d("501") : null;
        case POINTS -> d("99");
        default -> null;
      };
      if (bad != null) {
        return new Typed(text(in, bad), bad, null, false);
      }
    }
    switch (in.type()) {
      case CHOICE: {
        Option o = pick(in.options());
        return new Typed(chance(50) ? o.value() : o.label(), o.points(), o.value(), false);
      }
      case POINTS: {
        BigDecimal m = manualMax(in.id(), u.group());
        BigDecimal v = m.multiply(BigDecimal.valueOf(r.nextInt(9))).divide(d("8"));
        return new Typed(text(in, v), v, null, false);
      }
      default: {
        BigDecimal v = modest(in);
        return new Typed(text(in, v), v, null, false);
      }
    }
  }

  private BigDecimal modest(Input in) {
    return switch (in.type()) {
      case BOOLEAN -> r.nextBoolean() ? BigDecimal.ONE : BigDecimal.ZERO;
      case PERCENT -> chance(15) ? d("100") : BigDecimal.valueOf(r.nextInt(10001), 2);
      case INTEGER -> switch (r.nextInt(8)) {
        case 0 -> BigDecimal.ZERO;
        case 1 -> BigDecimal.valueOf(1000 + r.nextInt(60_000)); // 32.052
        case 2 -> BigDecimal.valueOf(r.nextInt(5));
        default -> BigDecimal.valueOf(in.min() != null ? r.nextInt(120) : r.nextInt(140) - 20);
      };
      default -> switch (r.nextInt(6)) {
        case 0 -> BigDecimal.ZERO;
        case 1 -> BigDecimal.valueOf(-r.nextInt(500), r.nextInt(3)).max(in.max() == null ? d("-1000") : BigDecimal.ZERO);
        case 2 -> BigDecimal.valueOf(1000 + r.nextInt(400_000), 1 + r.nextInt(2)).min(in.max() == null ? d("1e9") : in.max());
        default -> BigDecimal.valueOf(r.nextInt(5000), r.nextInt(4)).min(in.max() == null ? d("1e9") : in.max());
      };
    };
  }

  private String text(Input in, BigDecimal v) {
    return switch (in.type()) {
      case BOOLEAN -> vn.egov.conformance.Typed.text(r, vn.egov.conformance.Typed.Type.BOOLEAN, v);
      case PERCENT -> vn.egov.conformance.Typed.text(r, vn.egov.conformance.Typed.Type.PERCENT, v);
      case INTEGER -> vn.egov.conformance.Typed.text(r, vn.egov.conformance.Typed.Type.INTEGER, v);
      default -> vn.egov.conformance.Typed.text(r, vn.egov.conformance.Typed.Type.NUMBER, v);
    };
  }

  /** The max of the criterion scoring this points input for the unit's group. */
  BigDecimal manualMax(String input, String group) {
    for (Group g : groups) {
      for (Criterion c : g.criteria()) {
        BigDecimal m = manualMax(c, input, group);
        if (m != null) {
          return m;
        }
      }
    }
    throw new IllegalStateException(input);
  }

  private static BigDecimal manualMax(Criterion c, String input, String group) {
    if (!c.composite()) {
      Method m = c.methodFor(group);
      return m.type().equals("manual") && m.input().equals(input) ? c.maxFor(group) : null;
    }
    for (Criterion s : c.subs()) {
      BigDecimal m = manualMax(s, input, group);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  // ---- writing ----

  String yaml() {
    StringBuilder y = new StringBuilder();
    y.append("schema: egov-criteria/1\nid: so-sanh\ntitle: Bộ tiêu chí ngẫu nhiên\n");
    y.append("unit_groups:\n");
    unitGroups.forEach(g -> y.append("  - {id: ").append(g).append(", name: Khối ").append(g).append("}\n"));
    y.append("units:\n");
    for (Unit u : units) {
      y.append("  - {id: ").append(u.id()).append(", name: ").append(u.name()).append(", group: ").append(u.group())
          .append(u.ranked() ? "" : ", ranked: false").append("}\n");
    }
    y.append("scoring: {scale: ").append(plain(scale)).append(", precision: ").append(precision).append("}\n");
    y.append("ranking: {by: ").append(rankBy).append(", ties: shared, tiebreak: [");
    for (int i = 0; i < tiebreak.size(); i++) {
      y.append(i == 0 ? "" : ", ").append('"').append(tiebreak.get(i)).append('"');
    }
    y.append("]}\n");
    if (classBy != null) {
      y.append("classification:\n  by: ").append(classBy).append("\n  bands: ").append(bandsYaml(classBands)).append('\n');
      if (!classOverrides.isEmpty()) {
        y.append("  overrides:\n");
        classOverrides.forEach((g, b) -> y.append("    ").append(g).append(": {bands: ").append(bandsYaml(b)).append("}\n"));
      }
    }
    y.append("groups:\n");
    for (Group g : groups) {
      y.append("  - id: \"").append(g.id()).append("\"\n    name: Nhóm ").append(g.id()).append("\n    criteria:\n");
      for (Criterion c : g.criteria()) {
        criterionYaml(y, c, "      ", true);
      }
    }
    return y.toString();
  }

  private static String bandsYaml(List<ClassBand> bands) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < bands.size(); i++) {
      s.append(i == 0 ? "" : ", ").append("{min: ").append(plain(bands.get(i).min())).append(", label: ")
          .append(bands.get(i).label()).append('}');
    }
    return s.append(']').toString();
  }

  private void criterionYaml(StringBuilder y, Criterion c, String indent, boolean top) {
    y.append(indent).append("- id: \"").append(c.id()).append("\"\n");
    String in = indent + "  ";
    y.append(in).append("name: Tiêu chí ").append(c.id()).append('\n');
    y.append(in).append("max: ").append(plain(c.max())).append('\n');
    if (top) {
      if (!c.kind().equals("normal")) {
        y.append(in).append("kind: ").append(c.kind()).append('\n');
      }
      if (c.naAllowed()) {
        y.append(in).append("na: allowed\n");
      }
      if (!c.appliesTo().isEmpty()) {
        y.append(in).append("applies_to: [").append(String.join(", ", c.appliesTo())).append("]\n");
      }
    }
    if (!c.inputs().isEmpty()) {
      y.append(in).append("inputs:\n");
      for (Input i : c.inputs()) {
        y.append(in).append("  - {id: ").append(i.id()).append(", label: Chỉ tiêu ").append(i.id())
            .append(", type: ").append(i.type().key);
        if (!i.required()) {
          y.append(", required: false");
        }
        if (i.min() != null) {
          y.append(", min: ").append(plain(i.min()));
        }
        if (i.max() != null) {
          y.append(", max: ").append(plain(i.max()));
        }
        if (!i.options().isEmpty()) {
          y.append(", options: [");
          for (int k = 0; k < i.options().size(); k++) {
            Option o = i.options().get(k);
            y.append(k == 0 ? "" : ", ").append("{value: ").append(o.value()).append(", label: ").append(o.label())
                .append(", points: ").append(plain(o.points())).append('}');
          }
          y.append(']');
        }
        y.append("}\n");
      }
    }
    if (c.composite()) {
      if (c.combine().equals("max") || chance(50)) {
        y.append(in).append("combine: ").append(c.combine()).append('\n');
      }
      y.append(in).append("criteria:\n");
      for (Criterion s : c.subs()) {
        criterionYaml(y, s, in + "  ", false);
      }
    } else {
      y.append(in).append("method: ").append(methodYaml(c.method())).append('\n');
    }
    if (!c.overrides().isEmpty()) {
      y.append(in).append("overrides:\n");
      c.overrides().forEach((g, o) -> {
        y.append(in).append("  ").append(g).append(": {");
        List<String> parts = new ArrayList<>();
        if (o.max() != null) {
          parts.add("max: " + plain(o.max()));
        }
        if (o.method() != null) {
          parts.add("method: " + methodYaml(o.method()));
        }
        if (o.na() != null) {
          parts.add("na: " + (o.na() ? "allowed" : "forbidden"));
        }
        y.append(String.join(", ", parts)).append("}\n");
      });
    }
  }

  private static String methodYaml(Method m) {
    StringBuilder s = new StringBuilder("{type: ").append(m.type());
    if (m.input() != null) {
      s.append(", input: ").append(m.input());
    }
    if (m.value() != null) {
      s.append(m.type().equals("formula") ? ", expr: '" : ", value: '").append(ReferenceExpr.print(m.value())).append('\'');
    }
    if (m.bands() != null) {
      s.append(", bands: [");
      for (int i = 0; i < m.bands().size(); i++) {
        Band b = m.bands().get(i);
        List<String> parts = new ArrayList<>();
        if (b.min() != null) {
          parts.add("min: " + plain(b.min()));
        }
        if (b.max() != null) {
          parts.add("max: " + plain(b.max()));
        }
        parts.add("points: " + plain(b.points()));
        s.append(i == 0 ? "" : ", ").append('{').append(String.join(", ", parts)).append('}');
      }
      s.append(']');
    }
    if (m.target() != null) {
      s.append(", target: ").append(plain(m.target()));
    }
    if (m.floor() != null) {
      s.append(", floor: ").append(plain(m.floor()));
    }
    if (m.each() != null) {
      s.append(", each: ").append(plain(m.each()));
    }
    if (m.lowerIsBetter()) {
      s.append(", lower_is_better: true");
    }
    if (m.onUndefinedNa()) {
      s.append(", on_undefined: na");
    }
    return s.append('}').toString();
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  /** The reports as one CSV file, wide or long, every cell quoted. */
  String csv() {
    StringBuilder c = new StringBuilder();
    String sep = String.valueOf(delimiter);
    if (longTable) {
      c.append(String.join(sep, "mã đơn vị", "mã chỉ tiêu", "giá trị", "giá trị thẩm định")).append("\r\n");
      report.forEach((unit, cells) -> cells.forEach((input, cell) -> {
        if (!cell.self().blank() || !cell.appraised().blank() || chance(50)) {
          c.append(q(unit)).append(sep).append(q(input)).append(sep).append(q(cell.self().text())).append(sep)
              .append(q(cell.appraised().text())).append("\r\n");
        }
      }));
      return c.toString();
    }
    List<String> header = new ArrayList<>(List.of("unit_id"));
    for (String id : inputs.keySet()) {
      header.add(id);
      header.add(id + "@appraised");
    }
    c.append(String.join(sep, header)).append('\n');
    report.forEach((unit, cells) -> {
      List<String> row = new ArrayList<>(List.of(q(unit)));
      for (String id : inputs.keySet()) {
        row.add(q(cells.get(id).self().text()));
        row.add(q(cells.get(id).appraised().text()));
      }
      c.append(String.join(sep, row)).append('\n');
    });
    return c.toString();
  }

  private static String q(String s) {
    return s.isEmpty() ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
