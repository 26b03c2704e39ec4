package vn.egov.criteria;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Location;
import vn.egov.model.Problem;
import vn.egov.model.Unit;
import vn.egov.model.UnitGroup;
import vn.egov.text.DidYouMean;
import vn.egov.text.Fold;

/**
 * Reads a units registry given with {@code --units}: a CSV file with columns {@code unit_id}
 * ({@code Mã đơn vị}), {@code unit_name} ({@code Tên đơn vị}), {@code unit_group} ({@code Nhóm}:
 * id or name of a unit group) and optionally {@code ranked} ({@code Xếp hạng}: true/false,
 * có/không) and {@code tags} ({@code Nhãn}: several separated by {@code ;}). A tag that a
 * criterion's {@code applies_to} lists and no unit carries is a warning (a misspelt tag would
 * leave the criterion applying to nobody it names).
 */
public final class UnitsFile {
  private UnitsFile() {}

  /** The registry, and every problem found (any error means the registry is unusable). */
  public record Loaded(List<Unit> units, List<Problem> problems) {
    public boolean ok() {
      return problems.stream().noneMatch(Problem::isError);
    }
  }

  public static Loaded load(Path file, String shown, CriteriaSet criteria) {
    String text;
    try {
      if (Files.size(file) > vn.egov.security.Limits.MAX_FILE_BYTES) { // SECURITY.md
        return new Loaded(List.of(), List.of(Problem.error(Location.of(shown), "limit.file_size", Files.size(file) >> 20, vn.egov.security.Limits.MAX_FILE_BYTES >> 20)));
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new Loaded(List.of(), List.of(Problem.io(Location.of(shown), file, e)));
    }
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    return csv(text, shown, criteria);
  }

  private static Loaded csv(String text, String shown, CriteriaSet criteria) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Unit> units = new LinkedHashMap<>();
    Map<String, String> where = new HashMap<>();
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(vn.egov.text.CsvDelimiter.detect(text)).setTrim(true).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      int[] cols = null;
      for (CSVRecord r : parser) {
        long line = parser.getCurrentLineNumber();
        if (cols == null) {
          cols = header(r);
          if (cols[0] < 0 || cols[2] < 0) {
            problems.add(Problem.error(Location.at(shown, line, 1), "units.header"));
            return new Loaded(List.of(), problems);
          }
          continue;
        }
        String id = clean(r, cols[0], shown, line, problems);
        if (id.isEmpty()) {
          continue;
        }
        String groupText = get(r, cols[2]);
        UnitGroup g = group(groupText, criteria);
        if (g == null) {
          List<String> ids = criteria.unitGroups().stream().map(UnitGroup::id).toList();
          String hint = DidYouMean.suggest(groupText, ids);
          problems.add(
              (hint == null
                      ? Problem.error(Location.at(shown, line, cols[2] + 1), "unit.group.unknown", groupText, String.join(", ", ids))
                      : Problem.error(Location.at(shown, line, cols[2] + 1), "unit.group.unknown.hint", groupText, String.join(", ", ids), hint))
                  .about(id, null));
          continue;
        }
        boolean ranked = true;
        if (cols[3] >= 0 && !get(r, cols[3]).isEmpty()) {
          String k = Fold.plain(get(r, cols[3]));
          if (List.of("false", "0", "khong", "no", "n").contains(k)) {
            ranked = false;
          } else if (!List.of("true", "1", "co", "yes", "y", "x").contains(k)) {
            problems.add(Problem.error(Location.at(shown, line, cols[3] + 1), "value.boolean", get(r, cols[3])).about(id, null));
          }
        }
        if (units.containsKey(id)) {
          problems.add(Problem.error(Location.at(shown, line, cols[0] + 1), "units.duplicate", id, where.get(id)).about(id, null));
          continue;
        }
        String name = clean(r, cols[1], shown, line, problems);
        int length = name.codePointCount(0, name.length());
        if (length > vn.egov.security.Limits.MAX_UNIT_NAME_CHARS) {
          problems.add(
              Problem.error(Location.at(shown, line, cols[1] + 1), "text.long", "unit_name", length, vn.egov.security.Limits.MAX_UNIT_NAME_CHARS)
                  .about(id, null));
          continue;
        }
        name = name.isEmpty() ? id : name;
        List<String> tags = new ArrayList<>();
        if (cols[4] >= 0) {
          for (String t : get(r, cols[4]).split(";")) {
            String tag = vn.egov.text.UserText.nfc(t.strip());
            if (tag.isEmpty() || tags.contains(tag)) {
              continue;
            }
            if (!Declared.TAG.matcher(tag).matches()) {
              problems.add(Problem.error(Location.at(shown, line, cols[4] + 1), "criteria.tag.invalid", tag).about(id, null));
            } else {
              tags.add(tag);
            }
          }
        }
        units.put(id, new Unit(id, name, g.id(), ranked, tags));
        where.put(id, String.valueOf(line));
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.add(Problem.error(Location.of(shown), "csv.broken", e.getMessage()));
    }
    uncarriedTags(units.values(), shown, criteria, problems);
    return new Loaded(List.copyOf(units.values()), problems);
  }

  /** A warning for each tag the criteria list in {@code applies_to} that no unit carries. */
  private static void uncarriedTags(
      java.util.Collection<Unit> units, String shown, CriteriaSet criteria, List<Problem> problems) {
    java.util.Set<String> carried = new java.util.TreeSet<>();
    units.forEach(u -> carried.addAll(u.tags()));
    Map<String, String> listedBy = new LinkedHashMap<>();
    for (vn.egov.model.CriteriaGroup g : criteria.groups()) {
      for (vn.egov.model.Criterion c : g.criteria()) {
        c.tags().forEach(t -> listedBy.putIfAbsent(t, c.id()));
      }
    }
    listedBy.forEach(
        (tag, criterion) -> {
          if (!carried.contains(tag)) {
            String hint = DidYouMean.suggest(tag, carried);
            problems.add(
                hint == null
                    ? Problem.warning(Location.of(shown), "units.tag.uncarried", tag, criterion)
                    : Problem.warning(Location.of(shown), "units.tag.uncarried.hint", tag, criterion, hint));
          }
        });
  }

  private static int[] header(CSVRecord r) {
    int[] cols = {-1, -1, -1, -1, -1};
    for (int i = 0; i < r.size(); i++) {
      String k = Fold.key(r.get(i));
      switch (k) {
        case "unit id", "id", "ma don vi" -> cols[0] = i;
        case "unit name", "name", "ten don vi" -> cols[1] = i;
        case "unit group", "group", "nhom" -> cols[2] = i;
        case "ranked", "xep hang" -> cols[3] = i;
        case "tags", "tag", "nhan" -> cols[4] = i;
        default -> {}
      }
    }
    return cols;
  }

  /**
   * A cell of an id or a name: in NFC, on one line, control characters removed with a warning
   * (SPEC §6; the same rule as self-reports).
   */
  private static String clean(CSVRecord r, int i, String shown, long line, List<Problem> problems) {
    String raw = get(r, i);
    if (vn.egov.text.UserText.firstGarbage(raw) >= 0) {
      problems.add(
          Problem.warning(Location.at(shown, line, i + 1), "text.control", vn.egov.text.UserText.garbageCodes(raw)));
    }
    return vn.egov.text.UserText.nfc(vn.egov.text.UserText.oneLine(raw));
  }

  private static String get(CSVRecord r, int i) {
    return i >= 0 && i < r.size() ? r.get(i).strip() : "";
  }

  private static UnitGroup group(String text, CriteriaSet criteria) {
    String k = Fold.key(text);
    for (UnitGroup g : criteria.unitGroups()) {
      if (Fold.key(g.id()).equals(k) || Fold.key(g.name()).equals(k)) {
        return g;
      }
    }
    return null;
  }
}
