package vn.egov.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.model.Crosswalk;

/**
 * Three or more years side by side ({@code egov trend}): per unit group of the last year, each
 * unit's score, rank and class per year, read from the years' {@code results.json}.
 *
 * <p>Units are followed by id from year to year. Where a crosswalk is given for a gap (between two
 * consecutive years, in order), a unit the map names takes, for every earlier year, the baseline
 * of the units it came from ({@link Crosswalk#baseline}, rounded half-up to the later year's
 * precision), carried one gap at a time: across two reorganisations the baseline of a baseline,
 * each rounded once. Such a figure has no rank and no class (the ranks were of another set of
 * units) and names the units it came from. Units of earlier years that no later year continues
 * (not in the next year by id, not named by the map) are listed after the others in their last
 * year's unit group.
 *
 * @param maps one per gap, {@code null} where units are matched by id only
 */
public record Trend(List<Snapshot> years, List<Crosswalk> maps, List<Section> sections) {
  public Trend {
    years = List.copyOf(years);
    maps = java.util.Collections.unmodifiableList(new ArrayList<>(maps));
    sections = List.copyOf(sections);
  }

  /** One unit group: its units in the last year's published order, then units gone earlier. */
  public record Section(String groupId, String name, List<Row> rows) {
    public Section {
      rows = List.copyOf(rows);
    }
  }

  /** One unit: a cell per year ({@code null} where the unit has no figure that year). */
  public record Row(String id, String name, List<Cell> cells) {
    public Row {
      cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
    }
  }

  /**
   * A unit's figures of one year.
   *
   * @param score {@code null} when it had none (not submitted)
   * @param from the units of that year its score was made of; empty when it is the unit's own
   */
  public record Cell(BigDecimal score, Integer rank, String classification, List<String> from) {
    public Cell {
      from = List.copyOf(from);
    }

    public boolean baseline() {
      return !from.isEmpty();
    }
  }

  /** The trend of {@code years} (oldest first) with {@code maps} (one per gap, or {@code null}). */
  public static Trend of(List<Snapshot> years, List<Crosswalk> maps) {
    if (maps.size() != years.size() - 1) {
      throw new IllegalArgumentException("one map (or null) per gap");
    }
    int n = years.size();
    // per year j, the cells of every unit, carried forward into the ids of the last year
    List<Map<String, Cell>> carried = new ArrayList<>();
    List<Map<String, String>> goneNames = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      Map<String, Cell> cells = new LinkedHashMap<>();
      for (Snapshot.Unit u : years.get(j).units()) {
        cells.put(u.id(), new Cell(u.score(), u.rank(), u.classification(), List.of()));
      }
      for (int k = j; k < n - 1; k++) {
        cells = carry(cells, years.get(k + 1), maps.get(k));
      }
      carried.add(cells);
    }
    Snapshot last = years.get(n - 1);
    List<String> groupOrder = new ArrayList<>();
    last.unitGroups().forEach(g -> addOnce(groupOrder, g.id()));
    last.units().forEach(u -> addOnce(groupOrder, u.group()));
    // units that stop: in year j, not in j + 1 by id, not named by the map of the gap
    List<Gone> gone = new ArrayList<>();
    for (int j = 0; j < n - 1; j++) {
      Crosswalk map = maps.get(j);
      java.util.Set<String> next = new java.util.HashSet<>();
      years.get(j + 1).units().forEach(u -> next.add(u.id()));
      for (Snapshot.Unit u : years.get(j).units()) {
        if (!next.contains(u.id()) && (map == null || !map.mapsOld(u.id())) && gone.stream().noneMatch(g -> g.id().equals(u.id()))) {
          gone.add(new Gone(u.id(), u.name(), u.group(), j));
          addOnce(groupOrder, u.group());
        }
      }
    }
    List<Section> sections = new ArrayList<>();
    for (String g : groupOrder) {
      List<Row> rows = new ArrayList<>();
      for (Snapshot.Unit u : last.units()) {
        if (u.group().equals(g)) {
          List<Cell> cells = new ArrayList<>();
          for (int j = 0; j < n; j++) {
            cells.add(carried.get(j).get(u.id()));
          }
          rows.add(new Row(u.id(), u.name(), cells));
        }
      }
      for (Gone x : gone) {
        if (x.group().equals(g)) {
          List<Cell> cells = new ArrayList<>();
          for (int j = 0; j < n; j++) {
            Snapshot.Unit u = j <= x.lastYear() ? unit(years.get(j), x.id()) : null;
            cells.add(u == null ? null : new Cell(u.score(), u.rank(), u.classification(), List.of()));
          }
          rows.add(new Row(x.id(), x.name(), cells));
        }
      }
      if (!rows.isEmpty()) {
        String name = last.unitGroups().stream().anyMatch(x -> x.id().equals(g)) ? last.unitGroupName(g) : groupName(years, g);
        sections.add(new Section(g, name, rows));
      }
    }
    return new Trend(years, maps, sections);
  }

  private record Gone(String id, String name, String group, int lastYear) {}

  private static Snapshot.Unit unit(Snapshot s, String id) {
    return s.units().stream().filter(u -> u.id().equals(id)).findFirst().orElse(null);
  }

  private static String groupName(List<Snapshot> years, String g) {
    for (int j = years.size() - 1; j >= 0; j--) {
      if (years.get(j).unitGroups().stream().anyMatch(x -> x.id().equals(g))) {
        return years.get(j).unitGroupName(g);
      }
    }
    return g;
  }

  /**
   * One gap: the cells of the units of the earlier year's id space, as cells of the next year's
   * units: by id where the map does not name the unit, else the baseline of its sources.
   */
  private static Map<String, Cell> carry(Map<String, Cell> cells, Snapshot next, Crosswalk map) {
    Map<String, Cell> out = new LinkedHashMap<>();
    for (Snapshot.Unit u : next.units()) {
      if (map != null && map.mapsNew(u.id())) {
        List<Crosswalk.Link> from = map.sources(u.id());
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (Crosswalk.Link l : from) {
          Cell c = cells.get(l.oldId());
          if (c == null) {
            continue;
          }
          if (c.score() != null) {
            scores.put(l.oldId(), c.score());
          }
          for (String id : c.baseline() ? c.from() : List.of(l.oldId())) {
            addOnce(ids, id);
          }
        }
        if (!ids.isEmpty()) {
          out.put(u.id(), new Cell(Crosswalk.baseline(from, scores, next.precision()), null, null, ids));
        }
      } else if (cells.containsKey(u.id())) {
        out.put(u.id(), cells.get(u.id()));
      }
    }
    return out;
  }

  private static void addOnce(List<String> list, String id) {
    if (!list.contains(id)) {
      list.add(id);
    }
  }
}
