package vn.egov.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two years' results side by side ({@code egov compare}), per unit group: each unit's old and new
 * score, rank and class and their changes, units new or gone, the biggest movers. Units are
 * matched by id; a unit is shown in its new unit group (its old one when gone). Criteria sets may
 * differ: totals (score, rank, class) always compare; points per criteria group and per criterion
 * only where the ids exist in both files. Every figure is read from the two files.
 *
 * @param commonGroups criteria group ids in both files (new file's order)
 * @param commonCriteria criterion ids (any depth) in both files (new file's order)
 */
public record Comparison(
    Snapshot old,
    Snapshot neu,
    boolean sameCriteriaSet,
    List<String> commonGroups,
    List<String> commonCriteria,
    List<Section> sections) {
  public Comparison {
    commonGroups = List.copyOf(commonGroups);
    commonCriteria = List.copyOf(commonCriteria);
    sections = List.copyOf(sections);
  }

  /** Movers listed per direction and unit group. */
  static final int MOVERS = 3;

  /** Whether a unit is in both files, only the new one, or only the old one. */
  public enum Presence {
    BOTH,
    NEW,
    GONE;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One unit group.
   *
   * @param rows units in the new file's published order, then units gone (old order)
   * @param up the units that rose most in rank (then score), at most {@value #MOVERS}
   * @param down the units that fell most
   */
  public record Section(
      String groupId,
      String name,
      int oldRanked,
      int newRanked,
      BigDecimal oldMean,
      BigDecimal newMean,
      List<Row> rows,
      List<Row> up,
      List<Row> down) {
    public Section {
      rows = List.copyOf(rows);
      up = List.copyOf(up);
      down = List.copyOf(down);
    }
  }

  /**
   * One unit.
   *
   * @param old {@code null} when new
   * @param neu {@code null} when gone
   * @param scoreChange new − old score, when both have one
   * @param rankChange old − new rank (positive: moved up), when ranked in both
   * @param groupChange new − old points per common criteria group, where both have them
   * @param criterionChange new − old points per common criterion, where both have them
   */
  public record Row(
      String id,
      String name,
      Presence presence,
      Snapshot.Unit old,
      Snapshot.Unit neu,
      BigDecimal scoreChange,
      Integer rankChange,
      boolean classChanged,
      Map<String, BigDecimal> groupChange,
      Map<String, BigDecimal> criterionChange) {}

  /** Compares {@code old} with {@code neu}. */
  public static Comparison of(Snapshot old, Snapshot neu) {
    Set<String> oldGroups = new LinkedHashSet<>();
    old.groups().forEach(g -> oldGroups.add(g.id()));
    List<String> commonGroups = new ArrayList<>();
    neu.groups().forEach(g -> {
      if (oldGroups.contains(g.id())) {
        commonGroups.add(g.id());
      }
    });
    List<String> commonCriteria = new ArrayList<>();
    neu.criteria().keySet().forEach(id -> {
      if (old.criteria().containsKey(id)) {
        commonCriteria.add(id);
      }
    });
    boolean same =
        old.criteriaSetId().equals(neu.criteriaSetId())
            && old.groups().equals(neu.groups())
            && old.criteria().keySet().equals(neu.criteria().keySet());

    Map<String, Snapshot.Unit> oldById = new LinkedHashMap<>();
    old.units().forEach(u -> oldById.put(u.id(), u));
    Map<String, Snapshot.Unit> newById = new LinkedHashMap<>();
    neu.units().forEach(u -> newById.put(u.id(), u));

    List<String> groupOrder = new ArrayList<>();
    neu.unitGroups().forEach(g -> groupOrder.add(g.id()));
    neu.units().forEach(u -> addOnce(groupOrder, u.group()));
    old.unitGroups().forEach(g -> addOnce(groupOrder, g.id()));
    old.units().forEach(u -> addOnce(groupOrder, u.group()));

    List<Section> sections = new ArrayList<>();
    for (String g : groupOrder) {
      List<Row> rows = new ArrayList<>();
      for (Snapshot.Unit n : neu.units()) {
        if (n.group().equals(g)) {
          rows.add(row(oldById.get(n.id()), n, commonGroups, commonCriteria));
        }
      }
      for (Snapshot.Unit o : old.units()) {
        if (o.group().equals(g) && !newById.containsKey(o.id())) {
          rows.add(row(o, null, commonGroups, commonCriteria));
        }
      }
      if (rows.isEmpty()) {
        continue;
      }
      String name = neu.unitGroups().stream().anyMatch(x -> x.id().equals(g)) ? neu.unitGroupName(g) : old.unitGroupName(g);
      List<Snapshot.Unit> olds = old.units().stream().filter(u -> u.group().equals(g)).toList();
      List<Snapshot.Unit> news = neu.units().stream().filter(u -> u.group().equals(g)).toList();
      List<Row> moved = rows.stream().filter(r -> r.rankChange() != null && r.rankChange() != 0).toList();
      Comparator<Row> byRank =
          Comparator.comparing((Row r) -> Math.abs(r.rankChange()))
              .thenComparing(r -> r.scoreChange() == null ? BigDecimal.ZERO : r.scoreChange().abs())
              .reversed()
              .thenComparing(r -> r.neu() == null || r.neu().rank() == null ? Integer.MAX_VALUE : r.neu().rank());
      List<Row> up = moved.stream().filter(r -> r.rankChange() > 0).sorted(byRank).limit(MOVERS).toList();
      List<Row> down = moved.stream().filter(r -> r.rankChange() < 0).sorted(byRank).limit(MOVERS).toList();
      sections.add(
          new Section(g, name, ranked(olds), ranked(news), mean(olds), mean(news), rows, up, down));
    }
    return new Comparison(old, neu, same, commonGroups, commonCriteria, sections);
  }

  private static void addOnce(List<String> list, String id) {
    if (!list.contains(id)) {
      list.add(id);
    }
  }

  private static int ranked(List<Snapshot.Unit> units) {
    return (int) units.stream().filter(u -> u.rank() != null).count();
  }

  /** The mean score of the ranked units, at two more decimals than the file's figures. */
  private static BigDecimal mean(List<Snapshot.Unit> units) {
    List<BigDecimal> scores = units.stream().filter(u -> u.rank() != null && u.score() != null).map(Snapshot.Unit::score).toList();
    if (scores.isEmpty()) {
      return null;
    }
    BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(scores.size()), 2, java.math.RoundingMode.HALF_UP);
  }

  private static Row row(Snapshot.Unit o, Snapshot.Unit n, List<String> groups, List<String> criteria) {
    Presence p = o == null ? Presence.NEW : n == null ? Presence.GONE : Presence.BOTH;
    Snapshot.Unit shown = n != null ? n : o;
    BigDecimal scoreChange = null;
    Integer rankChange = null;
    boolean classChanged = false;
    Map<String, BigDecimal> groupChange = new LinkedHashMap<>();
    Map<String, BigDecimal> criterionChange = new LinkedHashMap<>();
    if (p == Presence.BOTH) {
      if (o.score() != null && n.score() != null) {
        scoreChange = n.score().subtract(o.score());
      }
      if (o.rank() != null && n.rank() != null) {
        rankChange = o.rank() - n.rank();
      }
      classChanged = !Objects.equals(o.classification(), n.classification());
      for (String g : groups) {
        BigDecimal a = o.groupPoints().get(g);
        BigDecimal b = n.groupPoints().get(g);
        if (a != null && b != null) {
          groupChange.put(g, b.subtract(a));
        }
      }
      for (String c : criteria) {
        BigDecimal a = o.criterionPoints().get(c);
        BigDecimal b = n.criterionPoints().get(c);
        if (a != null && b != null) {
          criterionChange.put(c, b.subtract(a));
        }
      }
    }
    return new Row(shown.id(), shown.name(), p, o, n, scoreChange, rankChange, classChanged, groupChange, criterionChange);
  }
}
