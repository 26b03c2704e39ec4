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
 * <p>With a crosswalk (a reorganisation: old units merged or split into new ones), a new unit the
 * map names gets as its last score the baseline {@link vn.egov.model.Crosswalk#baseline} of its
 * old units, and is {@link Presence#MERGED}; a unit the map does not name is matched by id as
 * without a map; the old units the map names are not listed as gone. Ranks then compare only
 * within this year's ranking: among this year's ranked units of a unit group that have a last
 * score, the last scores are ranked (standard competition: 1, 2, 2, 4) and the change is that rank
 * minus the unit's place among the same units in this year's published order (its published rank
 * when every unit has a predecessor). Points per criteria group and criterion compare only for
 * units matched by id.
 *
 * @param commonGroups criteria group ids in both files (new file's order)
 * @param commonCriteria criterion ids (any depth) in both files (new file's order)
 * @param crosswalk {@code null} without one
 */
public record Comparison(
    Snapshot old,
    Snapshot neu,
    boolean sameCriteriaSet,
    List<String> commonGroups,
    List<String> commonCriteria,
    List<Section> sections,
    vn.egov.model.Crosswalk crosswalk) {
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
    /** Made of old units through the crosswalk. */
    MERGED,
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
   * @param origins the old units a {@link Presence#MERGED} unit came from (empty otherwise); {@code
   *     old} then holds the baseline as its score and its rank among this year's units
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
      Map<String, BigDecimal> criterionChange,
      List<Origin> origins) {
    public Row {
      origins = List.copyOf(origins);
    }
  }

  /**
   * An old unit a new one came from.
   *
   * @param score {@code null} when it had none (left out of the baseline)
   * @param weight {@code null} when the map gives none
   */
  public record Origin(String id, String name, BigDecimal score, BigDecimal weight) {}

  /** Compares {@code old} with {@code neu}. */
  public static Comparison of(Snapshot old, Snapshot neu) {
    return of(old, neu, null);
  }

  /** Compares {@code old} with {@code neu} across {@code map} ({@code null}: by id only). */
  public static Comparison of(Snapshot old, Snapshot neu, vn.egov.model.Crosswalk map) {
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
          rows.add(
              map != null && map.mapsNew(n.id())
                  ? merged(n, map, oldById, neu.precision())
                  : row(oldById.get(n.id()), n, commonGroups, commonCriteria));
        }
      }
      if (map != null) {
        rows = withinThisYear(rows);
      }
      for (Snapshot.Unit o : old.units()) {
        if (o.group().equals(g) && !newById.containsKey(o.id()) && (map == null || !map.mapsOld(o.id()))) {
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
    return new Comparison(old, neu, same, commonGroups, commonCriteria, sections, map);
  }

  /** A unit the map names: its baseline as the last score, its old units as origins. */
  private static Row merged(Snapshot.Unit n, vn.egov.model.Crosswalk map, Map<String, Snapshot.Unit> oldById, int precision) {
    List<vn.egov.model.Crosswalk.Link> links = map.sources(n.id());
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    List<Origin> origins = new ArrayList<>();
    for (vn.egov.model.Crosswalk.Link l : links) {
      Snapshot.Unit o = oldById.get(l.oldId());
      BigDecimal score = o == null ? null : o.score();
      if (score != null) {
        scores.put(l.oldId(), score);
      }
      origins.add(new Origin(l.oldId(), o == null ? l.oldId() : o.name(), score, l.weight()));
    }
    BigDecimal baseline = vn.egov.model.Crosswalk.baseline(links, scores, precision);
    String cls = null;
    if (links.size() == 1 && oldById.get(links.get(0).oldId()) != null) {
      cls = oldById.get(links.get(0).oldId()).classification();
    }
    Snapshot.Unit base =
        new Snapshot.Unit(
            n.id(), n.name(), n.group(), baseline == null ? "not_submitted" : "scored", true, null, null, baseline, null, cls,
            Map.of(), Map.of(), Map.of(), Map.of());
    BigDecimal change = baseline != null && n.score() != null ? n.score().subtract(baseline) : null;
    boolean classChanged = cls != null && !cls.equals(n.classification());
    return new Row(n.id(), n.name(), Presence.MERGED, base, n, change, null, classChanged, Map.of(), Map.of(), origins);
  }

  /**
   * Rank changes within this year's ranking: the last scores of this year's ranked units that have
   * one, ranked among themselves, against their places in this year's order.
   */
  private static List<Row> withinThisYear(List<Row> rows) {
    List<Row> compared =
        rows.stream()
            .filter(r -> r.neu() != null && r.neu().rank() != null && r.old() != null && r.old().score() != null)
            .toList();
    List<Row> out = new ArrayList<>();
    for (Row r : rows) {
      if (!compared.contains(r)) {
        // no last score to rank: no rank change (a merged unit keeps no old rank of another ranking)
        out.add(r.presence() == Presence.MERGED || r.old() == null ? r : withRank(r, null, null));
        continue;
      }
      int lastRank = 1;
      int place = 1;
      for (Row x : compared) {
        if (x.old().score().compareTo(r.old().score()) > 0) {
          lastRank++;
        }
        if (x.neu().rank() < r.neu().rank()) {
          place++;
        }
      }
      out.add(withRank(r, lastRank, lastRank - place));
    }
    return out;
  }

  private static Row withRank(Row r, Integer lastRank, Integer change) {
    Snapshot.Unit o = r.old();
    Snapshot.Unit old =
        new Snapshot.Unit(
            o.id(), o.name(), o.group(), o.status(), o.ranked(), o.points(), o.max(), o.score(), lastRank, o.classification(),
            o.groupPoints(), o.groupMax(), o.criterionPoints(), o.criterionMax());
    return new Row(r.id(), r.name(), r.presence(), old, r.neu(), r.scoreChange(), change, r.classChanged(), r.groupChange(), r.criterionChange(), r.origins());
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
    return new Row(shown.id(), shown.name(), p, o, n, scoreChange, rankChange, classChanged, groupChange, criterionChange, List.of());
  }
}
