package vn.egov.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import vn.egov.model.Cell;
import vn.egov.model.Check;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.Entry;
import vn.egov.model.InputDef;
import vn.egov.model.InputType;
import vn.egov.model.Location;
import vn.egov.model.Problem;
import vn.egov.model.ScoringMethod;
import vn.egov.model.Sighting;
import vn.egov.model.Subject;
import vn.egov.model.Unit;
import vn.egov.model.UnitGroup;
import vn.egov.model.UnitReport;
import vn.egov.model.Value;
import vn.egov.model.Variant;
import vn.egov.text.DidYouMean;
import vn.egov.text.Fold;
import vn.egov.text.Message;

/**
 * Checks every report against the criteria set and the registry. Deterministic: problems come
 * in the order of the reports and of the criteria set.
 */
public final class Validator {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final CriteriaSet criteria;
  private final List<Unit> registry;
  private final Location registryWhere;

  /**
   * @param registry the units registry ({@code units:} and {@code --units}); may be empty
   * @param registryWhere the registry's file, named in "sent no report" warnings
   */
  public Validator(CriteriaSet criteria, List<Unit> registry, Location registryWhere) {
    this.criteria = criteria;
    this.registry = List.copyOf(registry);
    this.registryWhere = registryWhere;
  }

  public Validator(CriteriaSet criteria, List<Unit> registry) {
    this(criteria, registry, Location.of(criteria.file()));
  }

  /** The checked subjects and the problems found. */
  public record Checked(List<Subject> subjects, List<Problem> problems) {}

  public Checked check(List<UnitReport> reports) {
    return check(reports, List.of());
  }

  /**
   * Checks the reports; {@code earlier} are the problems found while reading them, so that a unit
   * with an unreadable value counts as having errors.
   */
  public Checked check(List<UnitReport> reports, List<Problem> earlier) {
    Set<String> withErrors = new java.util.HashSet<>();
    earlier.stream().filter(p -> p.isError() && p.unit() != null).forEach(p -> withErrors.add(p.unit()));
    List<Problem> problems = new ArrayList<>();
    Map<String, Unit> byId = new LinkedHashMap<>();
    registry.forEach(u -> byId.put(u.id(), u));
    // which unit each report belongs to: in order, since one report may clash with an earlier one
    Map<String, UnitReport> first = new LinkedHashMap<>();
    Map<String, Unit> unitOf = new LinkedHashMap<>();
    for (UnitReport r : reports) {
      Unit unit = resolveUnit(r, byId, problems);
      if (unit == null) {
        continue;
      }
      if (first.containsKey(unit.id())) {
        // the same registered unit written two ways (case): merge is not worth the risk
        problems.add(
            Problem.error(r.where(), "unit.twice", r.unitId(), first.get(unit.id()).where())
                .about(unit.id(), null));
        continue;
      }
      first.put(unit.id(), r);
      unitOf.put(unit.id(), unit);
    }
    // each unit's values and rules on their own: units in parallel, results in order
    record Done(Subject subject, List<Problem> problems) {}
    List<Done> done =
        new ArrayList<>(first.keySet()).parallelStream()
            .map(
                id -> {
                  Unit unit = unitOf.get(id);
                  UnitReport r = first.get(id);
                  if (r.overlapping()) {
                    // two versions of its report: nothing to check, nothing taken (the error is
                    // the reader's); the unit is rejected whatever --strict says
                    UnitReport none =
                        new UnitReport(unit.id(), r.name(), unit.group(), r.where(), r.entries(), r.blanks(), r.sightings(), true);
                    return new Done(new Subject(unit, none, true, true), List.of());
                  }
                  List<Problem> own = new ArrayList<>();
                  UnitReport cleaned = checkValues(unit, r, own);
                  checkRules(unit, cleaned, own);
                  boolean errors = withErrors.contains(r.unitId()) || own.stream().anyMatch(Problem::isError);
                  return new Done(new Subject(unit, cleaned, errors), own);
                })
            .toList();
    Map<String, Subject> subjects = new LinkedHashMap<>();
    for (Done d : done) {
      problems.addAll(d.problems());
      subjects.put(d.subject().unit().id(), d.subject());
    }
    List<Subject> all = new ArrayList<>();
    List<Unit> silent = new ArrayList<>();
    for (Unit u : registry) {
      if (subjects.containsKey(u.id())) {
        all.add(subjects.remove(u.id()));
      } else {
        all.add(new Subject(u, null, false));
        silent.add(u);
      }
    }
    if (!silent.isEmpty()) {
      problems.add(
          silent.size() <= LISTED
              ? Problem.warning(registryWhere, NOT_SUBMITTED, silent.size(), listOf(silent))
              : Problem.warning(
                  registryWhere, NOT_SUBMITTED + ".more", silent.size(), String.join(", ", silent.subList(0, LISTED).stream().map(Unit::id).toList()), silent.size() - LISTED));
    }
    all.addAll(subjects.values());
    return new Checked(all, problems);
  }

  private static final String NOT_SUBMITTED = "unit.not_submitted";

  /** Units that sent nothing named in the warning; the rest are counted ("và 32 đơn vị khác"). */
  static final int LISTED = 5;

  /** Whether a problem is the registry's warning of the units that sent nothing. */
  public static boolean notSubmitted(Problem p) {
    return p.message().key().startsWith(NOT_SUBMITTED);
  }

  /** "BDT (Ban Dân tộc), TANSON (UBND huyện Tân Sơn)": the ids and names of a few units. */
  static String listOf(List<Unit> units) {
    StringJoiner j = new StringJoiner(", ");
    for (Unit u : units) {
      j.add(u.id() + " (" + u.name() + ")");
    }
    return j.toString();
  }

  private Unit resolveUnit(UnitReport r, Map<String, Unit> byId, List<Problem> problems) {
    Unit registered = byId.get(r.unitId());
    if (registered == null) {
      registered =
          byId.values().stream().filter(u -> u.id().equalsIgnoreCase(r.unitId())).findFirst().orElse(null);
    }
    if (registered == null && !byId.isEmpty()) {
      String hint = DidYouMean.suggest(r.unitId(), byId.keySet());
      problems.add(
          (hint == null
                  ? Problem.error(r.where(), "unit.unknown", r.unitId())
                  : Problem.error(r.where(), "unit.unknown.hint", r.unitId(), hint))
              .about(r.unitId(), null));
      return null;
    }
    if (registered != null) {
      nameDisagreements(r, problems);
      for (Sighting seen : r.sightings()) {
        if (seen.group() != null) {
          UnitGroup g = group(seen.group());
          if (g == null || !g.id().equals(registered.group())) {
            problems.add(
                Problem.error(seen.groupWhere(), "unit.group.contradicts", seen.group(), registered.group())
                    .about(registered.id(), null));
          }
        }
      }
      return registered;
    }
    Sighting first = r.sightings().stream().filter(x -> x.group() != null).findFirst().orElse(null);
    if (first == null) {
      problems.add(Problem.error(r.where(), "unit.group.missing", r.unitId()).about(r.unitId(), null));
      return null;
    }
    UnitGroup g = group(first.group());
    if (g == null) {
      List<String> ids = criteria.unitGroups().stream().map(UnitGroup::id).toList();
      problems.add(
          Problem.error(first.groupWhere(), "unit.group.unknown", first.group(), String.join(", ", ids))
              .about(r.unitId(), null));
      return null;
    }
    for (Sighting seen : r.sightings()) {
      if (seen.group() != null && group(seen.group()) != g) {
        problems.add(
            Problem.error(seen.groupWhere(), "unit.group.differs", seen.group(), first.group(), first.groupWhere())
                .about(r.unitId(), null));
      }
    }
    nameDisagreements(r, problems);
    return new Unit(r.unitId(), r.name() != null ? r.name() : r.unitId(), g.id(), true);
  }

  /** A unit's files that give it different names (the registry's name is used when there is one). */
  private static void nameDisagreements(UnitReport r, List<Problem> problems) {
    String name = r.name();
    for (Sighting seen : r.sightings()) {
      if (seen.name() != null && name != null && !seen.name().equals(name)) {
        problems.add(
            Problem.warning(seen.nameWhere(), "unit.name.differs", seen.name(), name, firstNamed(r).nameWhere())
                .about(r.unitId(), null));
      }
    }
  }

  private static Sighting firstNamed(UnitReport r) {
    return r.sightings().stream().filter(x -> x.name() != null).findFirst().orElse(r.sightings().get(0));
  }

  /** The unit group named by id or by name, ignoring case and diacritics. */
  private UnitGroup group(String text) {
    String k = Fold.key(text);
    for (UnitGroup g : criteria.unitGroups()) {
      if (g.id().equals(text) || Fold.key(g.id()).equals(k) || Fold.key(g.name()).equals(k)) {
        return g;
      }
    }
    return null;
  }

  private UnitReport checkValues(Unit unit, UnitReport r, List<Problem> problems) {
    // a new map only when a value changed (most reports are clean; a national run holds millions)
    Map<String, Entry> entries = null;
    int index = 0;
    for (Entry e : r.entries().values()) {
      InputDef def = criteria.inputOrNull(e.input());
      Cell self = checkCell(unit, def, e.self(), problems);
      Cell appraised = e.appraised() == null ? null : checkCell(unit, def, e.appraised(), problems);
      if (self.blank() && appraised != null && !appraised.blank()) {
        problems.add(
            Problem.warning(appraised.location(), "value.appraised.only").about(unit.id(), def.id()));
      }
      boolean unchanged = self == e.self() && appraised == e.appraised();
      if (!unchanged && entries == null) {
        if (r.entries() instanceof vn.egov.model.Entries compact) {
          entries = compact.copy(); // the entries after this one are put again below, as they are or changed
        } else {
          entries = criteria.newEntries();
          int copied = 0;
          for (Entry before : r.entries().values()) {
            if (copied++ == index) {
              break;
            }
            entries.put(before.input(), before);
          }
        }
      }
      if (entries != null) {
        entries.put(
            def.id(),
            unchanged ? e : new Entry(def.id(), self, appraised, e.evidence(), e.note(), e.evidenceWhere()));
      }
      index++;
    }
    UnitReport cleaned =
        new UnitReport(
            unit.id(), r.name(), unit.group(), r.where(), entries == null ? r.entries() : entries, r.blanks(), r.sightings(), false);
    for (InputDef def : criteria.inputs()) {
      if (!def.required()) {
        continue;
      }
      Entry e = cleaned.entries().get(def.id());
      Cell c = e == null ? null : e.fin();
      if ((c == null || c.blank()) && asked(def, unit) && !declaredNa(cleaned, def, unit)) {
        Location where = cleaned.whereOf(def.id());
        problems.add(
            Problem.error(where, "value.required", label(def)).about(unit.id(), def.id()));
      }
    }
    return cleaned;
  }

  /** A cell with its value blanked when it is not acceptable here, with the problem reported. */
  private Cell checkCell(Unit unit, InputDef def, Cell c, List<Problem> problems) {
    if (c.value() == null) {
      return c;
    }
    Message wrong = null;
    if (c.value() instanceof Value.NotApplicable) {
      if (!naAllowed(def, unit)) {
        wrong = Message.of("value.na.forbidden", c.raw());
      }
    } else if (c.value() instanceof Value.Num n) {
      wrong = range(def, n.value(), unit.group());
    }
    if (wrong == null) {
      return c;
    }
    problems.add(
        new Problem(c.location(), vn.egov.model.Severity.ERROR, wrong, unit.id(), def.id()));
    return new Cell(c.raw(), null, c.location());
  }

  private Message range(InputDef def, BigDecimal v, String group) {
    BigDecimal min = def.min();
    BigDecimal max = def.max();
    if (def.type() == InputType.PERCENT) {
      min = min == null ? BigDecimal.ZERO : min;
      max = max == null ? HUNDRED : max;
    }
    if (def.type() == InputType.POINTS) {
      min = min == null ? BigDecimal.ZERO : min;
      BigDecimal m = manualMax(def.id(), group);
      max = max == null ? m : (m == null ? max : max.min(m));
    }
    if ((min != null && v.compareTo(min) < 0) || (max != null && v.compareTo(max) > 0)) {
      return Message.of(
          "value.range", v, min == null ? "−∞" : min.stripTrailingZeros().toPlainString(),
          max == null ? "+∞" : max.stripTrailingZeros().toPlainString());
    }
    return null;
  }

  /** The max of the criterion that scores this points input manually, for the group. */
  private BigDecimal manualMax(String inputId, String group) {
    for (CriteriaGroup g : criteria.groups()) {
      for (Criterion c : g.criteria()) {
        BigDecimal m = manualMax(c, inputId, group);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  private static BigDecimal manualMax(Criterion c, String inputId, String group) {
    ScoringMethod m = c.methodFor(group);
    if (m != null && m.type().equals("manual") && m.inputs().contains(inputId)) {
      return c.maxFor(group);
    }
    for (Criterion sub : c.criteria()) {
      BigDecimal r = manualMax(sub, inputId, group);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /**
   * N/A is accepted where every top-level criterion using the input allows it (an input no
   * criterion uses is information only, and may be N/A).
   */
  private boolean naAllowed(InputDef def, Unit unit) {
    String group = unit.group();
    return criteria.topLevelUsersOf(def.id()).stream()
        .filter(c -> c.appliesTo(unit))
        .allMatch(c -> c.naAllowedFor(group));
  }

  /** Whether the unit is asked for this input at all (by its group or one of its tags). */
  private boolean asked(InputDef def, Unit unit) {
    List<Criterion> users = criteria.topLevelUsersOf(def.id());
    return users.isEmpty() || users.stream().anyMatch(c -> c.appliesTo(unit));
  }

  /** Whether every criterion using the input is N/A for the unit anyway. */
  private boolean declaredNa(UnitReport r, InputDef def, Unit unit) {
    String group = unit.group();
    List<Criterion> users = criteria.topLevelUsersOf(def.id());
    if (users.isEmpty()) {
      return false;
    }
    for (Criterion c : users) {
      if (!c.appliesTo(unit)) {
        continue;
      }
      boolean na = false;
      for (String i : inputsOf(c, group)) {
        if (r.value(i, Variant.FINAL) instanceof Value.NotApplicable) {
          na = true;
          break;
        }
      }
      if (!na) {
        return false;
      }
    }
    return true;
  }

  /** The inputs each top-level criterion reads for a unit group, computed once per pair. */
  private final Map<String, Set<String>> inputsByCriterionAndGroup = new java.util.concurrent.ConcurrentHashMap<>();

  private Set<String> inputsOf(Criterion c, String group) {
    return inputsByCriterionAndGroup.computeIfAbsent(
        c.id() + "\u0000" + group,
        k -> {
          Set<String> inputs = new LinkedHashSet<>();
          collectInputs(c, group, inputs);
          return inputs;
        });
  }

  private static void collectInputs(Criterion c, String group, Set<String> into) {
    ScoringMethod m = c.methodFor(group);
    if (m != null) {
      into.addAll(m.inputs());
    }
    c.criteria().forEach(s -> collectInputs(s, group, into));
  }

  private void checkRules(Unit unit, UnitReport r, List<Problem> problems) {
    if (criteria.checks().isEmpty()) {
      return; // most sets have no cross-input checks: no numbers to make for every unit
    }
    Map<String, BigDecimal> numbers = r.numbers(criteria, Variant.FINAL);
    for (Check check : criteria.checks()) {
      if (!check.inputs().stream().allMatch(numbers::containsKey)) {
        continue;
      }
      Boolean ok = check.rule().apply(numbers);
      if (ok == null || ok) {
        continue;
      }
      StringJoiner values = new StringJoiner(", ");
      for (String i : check.inputs()) {
        values.add(i + " = " + numbers.get(i).stripTrailingZeros().toPlainString());
      }
      String input = check.inputs().isEmpty() ? null : check.inputs().iterator().next();
      Entry e = input == null ? null : r.entries().get(input);
      Location where = e != null ? e.fin().location() : r.where();
      problems.add(
          new Problem(
                  where,
                  check.severity(),
                  Message.of("check.failed", check.text(), values, check.message()),
                  unit.id(),
                  input));
    }
  }

  private static String label(InputDef def) {
    return def.label() == null || def.label().isBlank() ? def.id() : def.id() + " (" + def.label() + ")";
  }
}
