package vn.egov.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import vn.egov.model.CriteriaSet;
import vn.egov.model.InputDef;
import vn.egov.model.Location;
import vn.egov.model.Problem;
import vn.egov.model.Sighting;
import vn.egov.text.DidYouMean;
import vn.egov.text.Fold;

/**
 * Understands a table of cells, whatever file it came from: finds whether it is long (an {@code
 * input_id} column) or wide (one column per input), and turns rows into observations. A per-unit
 * workbook names its unit in labelled cells above a long table instead of in a column. One
 * instance per table; not thread-safe.
 */
final class TableInterpreter {
  private final CriteriaSet criteria;
  private final ReportSink sink;
  private final boolean fillDown;
  private final Map<Headers.Role, Integer> fixed = new EnumMap<>(Headers.Role.class);
  private final Map<String, int[]> wide = new LinkedHashMap<>();
  private final Map<Headers.Role, RawCell> labelled = new EnumMap<>(Headers.Role.class);
  private boolean longTable;
  private String[] previousUnit;

  /**
   * @param fillDown in long tables, a row without unit id belongs to the unit of the row above
   *     (workbooks, where the unit cell is often merged over its rows)
   */
  TableInterpreter(CriteriaSet criteria, ReportSink sink, boolean fillDown) {
    this.criteria = criteria;
    this.sink = sink;
    this.fillDown = fillDown;
  }

  private TableInterpreter(TableInterpreter read, ReportSink sink) {
    this(read.criteria, sink, read.fillDown);
    fixed.putAll(read.fixed);
    wide.putAll(read.wide);
    labelled.putAll(read.labelled);
    longTable = read.longTable;
  }

  /**
   * The same table, header already read, reporting to another sink: for reading the rows of a
   * large file in chunks, in parallel. Only for tables whose rows do not depend on the rows
   * above ({@code fillDown} false).
   */
  TableInterpreter withSink(ReportSink other) {
    if (fillDown) {
      throw new IllegalStateException("rows of a fill-down table depend on the rows above");
    }
    return new TableInterpreter(this, other);
  }

  /**
   * Whether the cells hold a header row: a unit id column beside at least one other known column
   * (a labelled cell "Mã đơn vị | STTTT" is not a header), or an input id column below labels.
   */
  boolean looksLikeHeader(List<RawCell> cells) {
    boolean unit = false;
    boolean input = false;
    boolean other = false;
    for (RawCell c : cells) {
      if (c == null || c.text().isBlank()) {
        continue;
      }
      Headers.Role r = Headers.role(c.text());
      if (r == Headers.Role.UNIT_ID) {
        unit = true;
      } else if (r != null) {
        other = true;
        input |= r == Headers.Role.INPUT_ID;
      } else {
        String id = c.text().strip();
        int at = id.lastIndexOf('@');
        other |= resolve(at < 0 ? id : id.substring(0, at).strip()) != null;
      }
    }
    return (unit && other) || (input && labelled.containsKey(Headers.Role.UNIT_ID));
  }

  /** Whether a row below a header names inputs (the lower row of a two-row header). */
  boolean holdsInputIds(List<RawCell> cells) {
    int ids = 0;
    for (RawCell c : cells) {
      if (c == null || c.text().isBlank() || c.number() != null) {
        continue;
      }
      if (Headers.role(c.text()) != null) {
        return false;
      }
      String id = c.text().strip();
      int at = id.lastIndexOf('@');
      if (resolve(at < 0 ? id : id.substring(0, at).strip()) != null) {
        ids++;
      }
    }
    return ids >= 2;
  }

  /** The lower row's texts where it has one, else the upper row's (merged cells above). */
  static List<RawCell> under(List<RawCell> upper, List<RawCell> lower) {
    List<RawCell> out = new ArrayList<>();
    for (int i = 0; i < Math.max(upper.size(), lower.size()); i++) {
      RawCell down = i < lower.size() ? lower.get(i) : null;
      RawCell up = i < upper.size() ? upper.get(i) : null;
      out.add(down != null && !down.blank() ? down : up);
    }
    return out;
  }

  /**
   * Looks for labelled unit cells ({@code Mã đơn vị | STTTT}) in a row above the header: a cell
   * naming a unit column followed, in the next non-blank cell to its right, by the value.
   */
  void labels(List<RawCell> cells) {
    for (int i = 0; i < cells.size(); i++) {
      RawCell c = cells.get(i);
      Headers.Role r = c == null ? null : Headers.role(c.text());
      if (r != Headers.Role.UNIT_ID && r != Headers.Role.UNIT_NAME && r != Headers.Role.UNIT_GROUP) {
        continue;
      }
      for (int j = i + 1; j < cells.size(); j++) {
        RawCell v = cells.get(j);
        if (v != null && !v.blank()) {
          if (!labelled.containsKey(r)) {
            labelled.put(r, InputLimits.clean(v, sink)); // not through the table's row checks
          }
          break;
        }
      }
    }
  }

  /**
   * Reads the header row.
   *
   * @return false when the table cannot be read (the problem is reported)
   */
  boolean header(List<RawCell> cells, IntFunction<Location> where) {
    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String h = text(cells, i);
      if (h.isEmpty()) {
        continue;
      }
      Headers.Role role = Headers.role(h);
      if (role == Headers.Role.INFO) {
        continue;
      }
      if (role == null) {
        others.add(i);
      } else if (fixed.containsKey(role)) {
        sink.problem(Problem.error(where.apply(i), "table.header.twice", h, text(cells, fixed.get(role))));
      } else {
        fixed.put(role, i);
      }
    }
    longTable = fixed.containsKey(Headers.Role.INPUT_ID);
    boolean unitFromLabel = longTable && labelled.containsKey(Headers.Role.UNIT_ID);
    if (!fixed.containsKey(Headers.Role.UNIT_ID) && !unitFromLabel) {
      sink.problem(Problem.error(where.apply(0), "table.header.unit_id"));
      return false;
    }
    if (longTable) {
      if (!fixed.containsKey(Headers.Role.VALUE)) {
        sink.problem(Problem.error(where.apply(0), "table.header.value"));
        return false;
      }
      for (int i : others) {
        sink.problem(Problem.warning(where.apply(i), "table.header.ignored", text(cells, i)));
      }
      return true;
    }
    for (int i : others) {
      wideColumn(text(cells, i), i, where.apply(i));
    }
    return true;
  }

  private void wideColumn(String header, int column, Location at) {
    int atSign = header.lastIndexOf('@');
    String idPart = atSign < 0 ? header : header.substring(0, atSign).strip();
    Headers.Role role = Headers.Role.VALUE;
    if (atSign >= 0) {
      role = Headers.suffixRole(header.substring(atSign + 1));
      if (role == null) {
        sink.problem(Problem.error(at, "table.header.suffix", header, "@appraised, @evidence, @note"));
        return;
      }
    }
    InputDef def = resolve(idPart);
    if (def == null) {
      String hint = DidYouMean.suggest(idPart, inputIds());
      sink.problem(
          hint == null
              ? Problem.error(at, "table.header.unknown", header)
              : Problem.error(at, "table.header.unknown.hint", header, hint));
      return;
    }
    int[] cols = wide.computeIfAbsent(def.id(), k -> new int[] {-1, -1, -1, -1});
    int slot = role.ordinal() - Headers.Role.VALUE.ordinal();
    if (cols[slot] >= 0) {
      sink.problem(Problem.error(at, "table.header.twice", header, def.id()));
      return;
    }
    cols[slot] = column;
  }

  private List<String> inputIds() {
    return criteria.inputs().stream().map(InputDef::id).toList();
  }

  /** The input with this id, exactly or ignoring case, diacritics and '_' vs ' '. */
  InputDef resolve(String id) {
    InputDef exact = criteria.inputOrNull(id);
    if (exact != null) {
      return exact;
    }
    String k = Fold.key(id);
    InputDef found = null;
    for (InputDef d : criteria.inputs()) {
      if (Fold.key(d.id()).equals(k)) {
        if (found != null) {
          return null;
        }
        found = d;
      }
    }
    return found;
  }

  /** Reads one data row; blank rows are skipped. */
  void row(List<RawCell> cells, IntFunction<Location> where) {
    if (allBlank(cells)) {
      return;
    }
    String[] unit = unitOf(cells, where);
    if (unit == null) {
      return;
    }
    if (unit[1] != null && unit[1].length() > vn.egov.security.Limits.MAX_UNIT_NAME_CHARS && unit[1].codePointCount(0, unit[1].length()) > vn.egov.security.Limits.MAX_UNIT_NAME_CHARS) {
      if (longNames.add(unit[1])) {
        sink.problem(
            Problem.warning(placeOf(Headers.Role.UNIT_NAME, where, unitWhere(where)), "unit.name.long",
                    unit[1].codePointCount(0, unit[1].length()), vn.egov.security.Limits.MAX_UNIT_NAME_CHARS)
                .about(unit[0], null));
      }
      unit = new String[] {unit[0], null, unit[2]};
    }
    if (!java.util.Arrays.equals(unit, lastSighted)) {
      // the next rows of the same unit, written the same way, add nothing to what the sink keeps
      // (one sighting per file and spelling) and, in a long table, are nearly every row
      Location at = unitWhere(where);
      sink.unit(unit[0], new Sighting(unit[1], unit[2], at, placeOf(Headers.Role.UNIT_NAME, where, at), placeOf(Headers.Role.UNIT_GROUP, where, at)));
      lastSighted = unit;
    }
    if (longTable) {
      longRow(unit[0], cells, where);
    } else {
      wideRow(unit[0], cells, where);
    }
  }

  /** The row's unit id, name and group, or {@code null} (reported) when it has none. */
  private static boolean allBlank(List<RawCell> cells) {
    for (int i = 0, n = cells.size(); i < n; i++) { // no iterator: called for every row
      RawCell c = cells.get(i);
      if (c != null && !c.blank()) {
        return false;
      }
    }
    return true;
  }

  /** The unit id, name and group of the last sighting passed to the sink. */
  private String[] lastSighted;

  /** Unit names already reported too long in this table (a long table repeats them every row). */
  private final java.util.Set<String> longNames = new java.util.HashSet<>();

  private String[] unitOf(List<RawCell> cells, IntFunction<Location> where) {
    Integer unitCol = fixed.get(Headers.Role.UNIT_ID);
    if (unitCol == null) {
      return new String[] {
        unitText(labelled.get(Headers.Role.UNIT_ID).text().strip()),
        unitText(labelText(Headers.Role.UNIT_NAME)),
        unitText(labelText(Headers.Role.UNIT_GROUP))
      };
    }
    String id = unitText(0, text(cells, unitCol));
    String name = unitText(1, cellOrNull(cells, Headers.Role.UNIT_NAME));
    String group = unitText(2, cellOrNull(cells, Headers.Role.UNIT_GROUP));
    if (id.isEmpty() && fillDown && longTable && previousUnit != null) {
      return new String[] {
        previousUnit[0], name != null ? name : previousUnit[1], group != null ? group : previousUnit[2]
      };
    }
    if (id.isEmpty()) {
      if (longTable && text(cells, fixed.get(Headers.Role.INPUT_ID)).isEmpty() && noValues(cells)) {
        return null; // a heading or spacer row of a long table
      }
      sink.problem(Problem.error(where.apply(unitCol), "table.row.unit_id"));
      return null;
    }
    if (previousUnit == null
        || !id.equals(previousUnit[0])
        || !java.util.Objects.equals(name, previousUnit[1])
        || !java.util.Objects.equals(group, previousUnit[2])) {
      previousUnit = new String[] {id, name, group}; // else the same unit as the row above: kept
    }
    return previousUnit;
  }

  /** The last unit id, name and group text seen ({@link #unitText(int, String)}) and what it gave. */
  private final String[] lastUnitRaw = new String[3];

  private final String[] lastUnitText = new String[3];

  /**
   * {@link #unitText(String)} of the {@code k}th of id, name and group, the last answer again when
   * the text is the same string (the CSV reader gives a long table's repeated id as one string).
   */
  private String unitText(int k, String raw) {
    if (raw == null || raw != lastUnitRaw[k]) {
      lastUnitRaw[k] = raw;
      lastUnitText[k] = unitText(raw);
    }
    return lastUnitText[k];
  }

  /**
   * A unit's id, name or group as compared and shown: on one line (a line break typed in the cell
   * is a space) and in NFC, so that an id typed with combining marks is the registry's id.
   */
  private static String unitText(String s) {
    return s == null ? null : vn.egov.text.UserText.nfc(vn.egov.text.UserText.oneLine(s));
  }

  private boolean noValues(List<RawCell> cells) {
    for (Headers.Role r : List.of(Headers.Role.VALUE, Headers.Role.APPRAISED, Headers.Role.EVIDENCE)) {
      Integer col = fixed.get(r);
      if (col != null && col < cells.size() && cells.get(col) != null && !cells.get(col).blank()) {
        return false;
      }
    }
    return true;
  }

  private Location unitWhere(IntFunction<Location> where) {
    Integer unitCol = fixed.get(Headers.Role.UNIT_ID);
    return unitCol == null ? labelled.get(Headers.Role.UNIT_ID).where() : where.apply(unitCol);
  }

  /** The cell of a unit column in this row, or the labelled cell, or {@code fallback}. */
  private Location placeOf(Headers.Role role, IntFunction<Location> where, Location fallback) {
    Integer col = fixed.get(role);
    if (col != null) {
      return where.apply(col);
    }
    RawCell label = labelled.get(role);
    return label != null ? label.where() : fallback;
  }

  private String labelText(Headers.Role role) {
    RawCell c = labelled.get(role);
    return c == null || c.text().isBlank() ? null : c.text().strip();
  }

  private void longRow(String unit, List<RawCell> cells, IntFunction<Location> where) {
    int inputCol = fixed.get(Headers.Role.INPUT_ID);
    int valueCol = fixed.get(Headers.Role.VALUE);
    Integer appraisedCol = fixed.get(Headers.Role.APPRAISED);
    RawCell value = cell(cells, valueCol, where);
    RawCell appraised = appraisedCol == null ? null : cell(cells, appraisedCol, where);
    String evidence = cellOrEmpty(cells, Headers.Role.EVIDENCE);
    String input = vn.egov.text.UserText.nfc(text(cells, inputCol));
    if (input.isEmpty()) {
      if (value.blank() && (appraised == null || appraised.blank()) && evidence.isEmpty()) {
        return;
      }
      sink.problem(Problem.error(where.apply(inputCol), "table.row.input_id").about(unit, null));
      return;
    }
    InputDef def = resolve(input);
    sink.value(
        new Observation(
            unit,
            def != null ? def.id() : input,
            cell(cells, inputCol, where),
            value,
            appraised,
            evidence,
            cellOrEmpty(cells, Headers.Role.NOTE),
            fixed.containsKey(Headers.Role.EVIDENCE) ? cell(cells, fixed.get(Headers.Role.EVIDENCE), where) : null));
  }

  private void wideRow(String unit, List<RawCell> cells, IntFunction<Location> where) {
    for (Map.Entry<String, int[]> e : wide.entrySet()) {
      int[] cols = e.getValue();
      RawCell value = cols[0] >= 0 ? cell(cells, cols[0], where) : RawCell.text("", where.apply(0));
      RawCell appraised = cols[1] >= 0 ? cell(cells, cols[1], where) : null;
      String evidence = cols[2] >= 0 ? text(cells, cols[2]) : "";
      String note = cols[3] >= 0 ? text(cells, cols[3]) : "";
      RawCell evidenceCell = cols[2] >= 0 ? cell(cells, cols[2], where) : null;
      sink.value(new Observation(unit, e.getKey(), value, value, appraised, evidence, note, evidenceCell));
    }
  }

  private static RawCell cell(List<RawCell> cells, int col, IntFunction<Location> where) {
    RawCell c = col < cells.size() ? cells.get(col) : null;
    return c != null ? c : RawCell.text("", where.apply(col));
  }

  private static String text(List<RawCell> cells, int col) {
    RawCell c = col < cells.size() ? cells.get(col) : null;
    return c == null ? "" : c.text().strip();
  }

  private String cellOrNull(List<RawCell> cells, Headers.Role role) {
    Integer col = fixed.get(role);
    String s = col == null ? "" : text(cells, col);
    return s.isEmpty() ? null : s;
  }

  private String cellOrEmpty(List<RawCell> cells, Headers.Role role) {
    Integer col = fixed.get(role);
    return col == null ? "" : text(cells, col);
  }
}
