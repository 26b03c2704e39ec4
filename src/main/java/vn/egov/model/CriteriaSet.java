package vn.egov.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A loaded, valid criteria set with lookups by id. Immutable. */
public final class CriteriaSet {
  private final String file;
  private final String id;
  private final String title;
  private final String source;
  private final String period;
  private final String deadline;
  private final String language;
  private final List<UnitGroup> unitGroups;
  private final List<Unit> units;
  private final List<InputDef> inputs;
  private final Scoring scoring;
  private final Ranking ranking;
  private final Classification classification;
  private final List<CriteriaGroup> groups;
  private final List<Check> checks;
  private final Issuer issuer;
  private final Map<String, InputDef> inputById = new LinkedHashMap<>();
  private final Map<String, Integer> inputIndex = new java.util.HashMap<>();
  /** The input ids by position in {@link #inputIndex}. */
  private final String[] inputIds;
  private final Map<String, Criterion> criterionById = new LinkedHashMap<>();
  private final Map<String, List<Criterion>> topLevelUsers = new LinkedHashMap<>();

  public CriteriaSet(
      String file,
      String id,
      String title,
      String source,
      String period,
      String deadline,
      String language,
      List<UnitGroup> unitGroups,
      List<Unit> units,
      List<InputDef> inputs,
      Scoring scoring,
      Ranking ranking,
      Classification classification,
      List<CriteriaGroup> groups,
      List<Check> checks,
      Issuer issuer) {
    this.issuer = issuer;
    this.file = file;
    this.id = id;
    this.title = title;
    this.source = source;
    this.period = period;
    this.deadline = deadline;
    this.language = language;
    this.unitGroups = List.copyOf(unitGroups);
    this.units = List.copyOf(units);
    this.inputs = List.copyOf(inputs);
    this.scoring = scoring;
    this.ranking = ranking;
    this.classification = classification;
    this.groups = List.copyOf(groups);
    this.checks = List.copyOf(checks);
    for (InputDef in : inputs) {
      inputById.put(in.id(), in);
      inputIndex.putIfAbsent(in.id(), inputIndex.size());
    }
    this.inputIds = inputById.keySet().toArray(new String[0]);
    for (CriteriaGroup g : groups) {
      for (Criterion c : g.criteria()) {
        index(c, c);
      }
    }
  }

  private void index(Criterion c, Criterion top) {
    criterionById.put(c.id(), c);
    List<ScoringMethod> methods = new ArrayList<>();
    if (c.method() != null) {
      methods.add(c.method());
    }
    c.overrides().values().stream()
        .filter(o -> o.method() != null)
        .forEach(o -> methods.add(o.method()));
    List<String> used = new ArrayList<>(c.inputs());
    methods.forEach(m -> used.addAll(m.inputs()));
    for (String input : used) {
      List<Criterion> users = topLevelUsers.computeIfAbsent(input, k -> new ArrayList<>());
      // the same criterion, not an equal one: a record's equals would compare whole subtrees
      if (users.isEmpty() || users.get(users.size() - 1) != top) {
        users.add(top);
      }
    }
    for (Criterion sub : c.criteria()) {
      index(sub, top);
    }
  }

  public String file() {
    return file;
  }

  /** Every criterion, sub-criteria included, in the order of the file. */
  public java.util.Collection<Criterion> allCriteria() {
    return java.util.Collections.unmodifiableCollection(criterionById.values());
  }

  public String id() {
    return id;
  }

  /** The title, and " — period" unless the title already names the period ("… năm 2025"). */
  public String heading() {
    return period == null || period.isBlank() || title.contains(period) ? title : title + " — " + period;
  }

  public String title() {
    return title;
  }

  public String source() {
    return source;
  }

  /** Who publishes the results, or {@code null} when the set does not say. */
  public Issuer issuer() {
    return issuer;
  }

  public String period() {
    return period;
  }

  /** When reports are due, as free text (e.g. "15/11/2018"), or {@code null}. */
  public String deadline() {
    return deadline;
  }

  public String language() {
    return language;
  }

  public List<UnitGroup> unitGroups() {
    return unitGroups;
  }

  public Optional<UnitGroup> unitGroup(String groupId) {
    return unitGroups.stream().filter(g -> g.id().equals(groupId)).findFirst();
  }

  /** The registry declared in the criteria file (may be empty). */
  public List<Unit> units() {
    return units;
  }

  /** Every input, top-level and per-criterion, in declaration order. */
  public List<InputDef> inputs() {
    return inputs;
  }

  public Optional<InputDef> input(String inputId) {
    return Optional.ofNullable(inputById.get(inputId));
  }

  /** A unit's entries by input id, held compactly: see {@link Entries}. */
  public Entries newEntries() {
    return new Entries(inputIndex);
  }

  /**
   * The input's position among {@link #inputs()} (as {@link UnitReport#entryAt} takes it), or -1
   * when the set has no such input.
   */
  public int inputPosition(String inputId) {
    Integer i = inputIndex.get(inputId);
    return i == null ? -1 : i;
  }

  /** A unit's numbers by input id, held compactly: see {@link InputNumbers}. */
  InputNumbers newNumbers() {
    return new InputNumbers(inputIndex, inputIds);
  }

  /** The input, or {@code null}: {@link #input} without an Optional, for per-value loops. */
  public InputDef inputOrNull(String inputId) {
    return inputById.get(inputId);
  }

  public Scoring scoring() {
    return scoring;
  }

  public Ranking ranking() {
    return ranking;
  }

  public Classification classification() {
    return classification;
  }

  public List<CriteriaGroup> groups() {
    return groups;
  }

  public List<Check> checks() {
    return checks;
  }

  /** Any criterion, top-level or sub-criterion. */
  public Optional<Criterion> criterion(String criterionId) {
    return Optional.ofNullable(criterionById.get(criterionId));
  }

  /**
   * The top-level criteria that declare the input or whose scoring (at any depth, any override)
   * reads it.
   */
  public List<Criterion> topLevelUsersOf(String inputId) {
    return Collections.unmodifiableList(topLevelUsers.getOrDefault(inputId, List.of()));
  }

  /**
   * Max points a unit of the group can reach: the sum of the max of its applicable normal
   * criteria, before any N/A.
   */
  public BigDecimal maxFor(String unitGroup, Kind kind) {
    return maxFor(new Unit("", "", unitGroup, true), kind);
  }

  /**
   * Max points the unit can reach: the sum of the max of the criteria that apply to it (by its
   * group or one of its tags), before any N/A.
   */
  public BigDecimal maxFor(Unit unit, Kind kind) {
    String unitGroup = unit.group();
    BigDecimal sum = BigDecimal.ZERO;
    for (CriteriaGroup g : groups) {
      for (Criterion c : g.criteria()) {
        if (c.kind() == kind && c.appliesTo(unit)) {
          sum = sum.add(c.maxFor(unitGroup));
        }
      }
    }
    return sum;
  }
}
