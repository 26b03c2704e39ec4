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
import vn.egov.text.DidYouMean;
import vn.egov.text.Fold;

/**
 * Understands a table of text cells, whatever file it came from: finds whether it is long (an
 * {@code input_id} column) or wide (one column per input), and turns rows into observations.
 * One instance per table; not thread-safe.
 */
final class TableInterpreter {
  private final CriteriaSet criteria;
  private final String shown;
  private final ReportSink sink;
  private final Map<Headers.Role, Integer> fixed = new EnumMap<>(Headers.Role.class);
  private final Map<String, int[]> wide = new LinkedHashMap<>();
  private boolean longTable;

  TableInterpreter(CriteriaSet criteria, String shown, ReportSink sink) {
    this.criteria = criteria;
    this.shown = shown;
    this.sink = sink;
  }

  /** Whether the cells name a unit id column: the sign of a header row. */
  static boolean looksLikeHeader(List<String> cells) {
    return cells.stream().anyMatch(c -> Headers.role(c) == Headers.Role.UNIT_ID);
  }

  /**
   * Reads the header row.
   *
   * @return false when the table cannot be read (the problem is reported)
   */
  boolean header(List<String> cells, IntFunction<Location> where) {
    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String h = cells.get(i).strip();
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
        sink.problem(
            Problem.error(where.apply(i), "table.header.twice", h, cells.get(fixed.get(role))));
      } else {
        fixed.put(role, i);
      }
    }
    if (!fixed.containsKey(Headers.Role.UNIT_ID)) {
      sink.problem(Problem.error(where.apply(0), "table.header.unit_id"));
      return false;
    }
    longTable = fixed.containsKey(Headers.Role.INPUT_ID);
    if (longTable) {
      if (!fixed.containsKey(Headers.Role.VALUE)) {
        sink.problem(Problem.error(where.apply(0), "table.header.value"));
        return false;
      }
      for (int i : others) {
        sink.problem(Problem.warning(where.apply(i), "table.header.ignored", cells.get(i).strip()));
      }
      return true;
    }
    for (int i : others) {
      wideColumn(cells.get(i).strip(), i, where.apply(i));
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
        sink.problem(
            Problem.error(at, "table.header.suffix", header, "@appraised, @evidence, @note"));
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
    InputDef exact = criteria.input(id).orElse(null);
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
  void row(List<String> cells, IntFunction<Location> where) {
    if (cells.stream().allMatch(String::isBlank)) {
      return;
    }
    int unitCol = fixed.get(Headers.Role.UNIT_ID);
    String unit = cell(cells, unitCol);
    if (unit.isEmpty()) {
      sink.problem(Problem.error(where.apply(unitCol), "table.row.unit_id"));
      return;
    }
    sink.unit(unit, cellOrNull(cells, Headers.Role.UNIT_NAME), cellOrNull(cells, Headers.Role.UNIT_GROUP), where.apply(unitCol));
    if (longTable) {
      longRow(unit, cells, where);
    } else {
      wideRow(unit, cells, where);
    }
  }

  private void longRow(String unit, List<String> cells, IntFunction<Location> where) {
    int inputCol = fixed.get(Headers.Role.INPUT_ID);
    int valueCol = fixed.get(Headers.Role.VALUE);
    Integer appraisedCol = fixed.get(Headers.Role.APPRAISED);
    Observation.Text value = text(cells, valueCol, where);
    Observation.Text appraised = appraisedCol == null ? null : text(cells, appraisedCol, where);
    String evidence = cellOrEmpty(cells, Headers.Role.EVIDENCE);
    String input = cell(cells, inputCol);
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
            where.apply(inputCol),
            value,
            appraised,
            evidence,
            cellOrEmpty(cells, Headers.Role.NOTE)));
  }

  private void wideRow(String unit, List<String> cells, IntFunction<Location> where) {
    for (Map.Entry<String, int[]> e : wide.entrySet()) {
      int[] cols = e.getValue();
      Observation.Text value =
          cols[0] >= 0 ? text(cells, cols[0], where) : new Observation.Text("", where.apply(0));
      Observation.Text appraised = cols[1] >= 0 ? text(cells, cols[1], where) : null;
      String evidence = cols[2] >= 0 ? cell(cells, cols[2]) : "";
      String note = cols[3] >= 0 ? cell(cells, cols[3]) : "";
      sink.value(
          new Observation(unit, e.getKey(), value.where(), value, appraised, evidence, note));
    }
  }

  private static Observation.Text text(List<String> cells, int col, IntFunction<Location> where) {
    return new Observation.Text(cell(cells, col), where.apply(col));
  }

  private static String cell(List<String> cells, int col) {
    return col < cells.size() && cells.get(col) != null ? cells.get(col).strip() : "";
  }

  private String cellOrNull(List<String> cells, Headers.Role role) {
    Integer col = fixed.get(role);
    String s = col == null ? "" : cell(cells, col);
    return s.isEmpty() ? null : s;
  }

  private String cellOrEmpty(List<String> cells, Headers.Role role) {
    Integer col = fixed.get(role);
    return col == null ? "" : cell(cells, col);
  }
}
