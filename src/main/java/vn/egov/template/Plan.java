package vn.egov.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.InputDef;
import vn.egov.model.Kind;
import vn.egov.model.ScoringMethod;
import vn.egov.model.Unit;

/**
 * What one unit's template asks, in sheet order: each criteria group with a criterion that
 * applies to the unit's group, its criteria (sub-criteria under their parent), and under each
 * criterion the inputs it declares and then the inputs its scoring reads that were not shown yet.
 * Every input appears once; inputs no criterion uses (information only) come last.
 */
final class Plan {
  /** One row of the data sheet. */
  sealed interface Line {}

  /** A criteria group heading, with the max of its applicable normal criteria. */
  record GroupLine(CriteriaGroup group, BigDecimal max) implements Line {}

  /** A criterion heading; {@code top} is its top-level criterion ({@code depth} 0 is itself). */
  record CriterionLine(Criterion criterion, Criterion top, int depth) implements Line {}

  /** The heading of the information-only inputs. */
  record InfoLine() implements Line {}

  /**
   * An input to fill in.
   *
   * @param naAllowed whether the unit may write N/A (every criterion using it allows it)
   * @param pointsMax for a {@code points} input, the max of the manual criterion scoring it
   */
  record InputLine(InputDef input, int depth, boolean naAllowed, BigDecimal pointsMax)
      implements Line {}

  private final CriteriaSet set;
  private final Unit unit;
  private final List<Line> lines = new ArrayList<>();
  private final Set<String> shown = new LinkedHashSet<>();
  private final Map<String, Integer> declared = new HashMap<>();

  private Plan(CriteriaSet set, Unit unit) {
    this.set = set;
    this.unit = unit;
    List<InputDef> all = set.inputs();
    for (int i = 0; i < all.size(); i++) {
      declared.put(all.get(i).id(), i);
    }
  }

  static Plan of(CriteriaSet set, Unit unit) {
    Plan p = new Plan(set, unit);
    p.build();
    return p;
  }

  List<Line> lines() {
    return List.copyOf(lines);
  }

  /** The inputs asked of the unit, in sheet order. */
  List<InputDef> inputs() {
    return lines.stream()
        .filter(l -> l instanceof InputLine)
        .map(l -> ((InputLine) l).input())
        .toList();
  }

  Unit unit() {
    return unit;
  }

  CriteriaSet criteria() {
    return set;
  }

  /**
   * Whether a top-level criterion applies to the unit (by its group; the one place to change
   * when {@code applies_to} learns tags).
   */
  boolean applies(Criterion top) {
    return top.appliesTo(unit); // its group or one of its tags (SPEC §2)
  }

  /** Top-level criteria applying to the unit that allow N/A, in order. */
  List<Criterion> naCriteria() {
    List<Criterion> out = new ArrayList<>();
    for (CriteriaGroup g : set.groups()) {
      for (Criterion c : g.criteria()) {
        if (applies(c) && c.naAllowedFor(unit.group())) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** Criteria (at any depth) applying to the unit that require evidence, in order. */
  List<Criterion> evidenceCriteria() {
    List<Criterion> out = new ArrayList<>();
    for (Line l : lines) {
      if (l instanceof CriterionLine c && c.criterion().evidenceRequired()) {
        out.add(c.criterion());
      }
    }
    return out;
  }

  private void build() {
    String ug = unit.group();
    for (CriteriaGroup g : set.groups()) {
      List<Criterion> applicable = g.criteria().stream().filter(this::applies).toList();
      if (applicable.isEmpty()) {
        continue;
      }
      BigDecimal max =
          applicable.stream()
              .filter(c -> c.kind() == Kind.NORMAL)
              .map(c -> c.maxFor(ug))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      lines.add(new GroupLine(g, max));
      for (Criterion c : applicable) {
        add(c, c, 0);
      }
    }
    List<InputDef> info =
        set.inputs().stream()
            .filter(d -> !shown.contains(d.id()) && set.topLevelUsersOf(d.id()).isEmpty())
            .toList();
    if (!info.isEmpty()) {
      lines.add(new InfoLine());
      info.forEach(d -> addInput(d, 0));
    }
  }

  private void add(Criterion c, Criterion top, int depth) {
    lines.add(new CriterionLine(c, top, depth));
    List<String> ids = new ArrayList<>(c.inputs());
    ScoringMethod m = c.methodFor(unit.group());
    if (m != null) {
      // the method's inputs come as an unordered set: show them in declaration order
      m.inputs().stream()
          .filter(id -> !ids.contains(id))
          .sorted(Comparator.comparing((String id) -> declared.getOrDefault(id, Integer.MAX_VALUE)).thenComparing(id -> id))
          .forEach(ids::add);
    }
    for (String id : ids) {
      set.input(id).ifPresent(d -> addInput(d, depth + 1));
    }
    for (Criterion sub : c.criteria()) {
      add(sub, top, depth + 1);
    }
  }

  private void addInput(InputDef d, int depth) {
    if (shown.add(d.id())) {
      lines.add(new InputLine(d, depth, naAllowed(d), pointsMax(d)));
    }
  }

  /** As the validator decides: every applicable top-level criterion using the input allows N/A. */
  private boolean naAllowed(InputDef d) {
    return set.topLevelUsersOf(d.id()).stream()
        .filter(this::applies)
        .allMatch(c -> c.naAllowedFor(unit.group()));
  }

  private BigDecimal pointsMax(InputDef d) {
    for (Criterion top : set.topLevelUsersOf(d.id())) {
      if (applies(top)) {
        BigDecimal m = manualMax(top, d.id());
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  private BigDecimal manualMax(Criterion c, String inputId) {
    ScoringMethod m = c.methodFor(unit.group());
    if (m != null && m.type().equals("manual") && m.inputs().contains(inputId)) {
      return c.maxFor(unit.group());
    }
    for (Criterion sub : c.criteria()) {
      BigDecimal r = manualMax(sub, inputId);
      if (r != null) {
        return r;
      }
    }
    return null;
  }
}
