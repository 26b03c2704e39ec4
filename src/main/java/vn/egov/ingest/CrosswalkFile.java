package vn.egov.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.egov.model.Crosswalk;
import vn.egov.model.Location;
import vn.egov.model.Problem;
import vn.egov.text.CsvDelimiter;
import vn.egov.text.DidYouMean;

/**
 * Reads a crosswalk ({@code MAP.csv}): one row per old unit and new unit it went into,
 * {@code old_unit_id,new_unit_id[,weight]}, an optional header row with these names, lines starting
 * with {@code #} are comments, UTF-8 with or without BOM, {@code ,} {@code ;} or tab. A row without weight counts as weight 1. An old unit
 * split over several new units must give a weight on each of its rows (the share of it each new
 * unit took, e.g. by population): counting its whole score in every new unit silently would
 * make one old unit weigh as much as a whole one in each.
 */
public final class CrosswalkFile {
  private CrosswalkFile() {}

  /** The map, or {@code null} when it has errors (all of them in {@code problems}). */
  public record Loaded(Crosswalk crosswalk, List<Problem> problems, boolean unreadable) {}

  public static Loaded load(Path file, String shown) {
    byte[] bytes;
    try {
      if (Files.size(file) > vn.egov.security.Limits.MAX_FILE_BYTES) {
        return new Loaded(null, List.of(Problem.error(Location.of(shown), "limit.file_size", Files.size(file) >> 20, vn.egov.security.Limits.MAX_FILE_BYTES >> 20)), false);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return new Loaded(null, List.of(Problem.io(Location.of(shown), file, e)), true);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new Loaded(null, List.of(Problem.error(Location.of(shown), "crosswalk.encoding")), false);
    }
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    return parse(text, shown);
  }

  static Loaded parse(String text, String shown) {
    List<Problem> problems = new ArrayList<>();
    List<Crosswalk.Link> links = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(CsvDelimiter.detect(text)).setIgnoreEmptyLines(true).setCommentMarker('#').get();
    try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
      boolean first = true;
      for (CSVRecord r : p) {
        long line = p.getCurrentLineNumber();
        if (first && r.size() > 0 && r.get(0).strip().toLowerCase(Locale.ROOT).equals("old_unit_id")) {
          first = false;
          continue;
        }
        first = false;
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue;
        }
        String oldId = r.size() > 0 ? r.get(0).strip() : "";
        String newId = r.size() > 1 ? r.get(1).strip() : "";
        if (oldId.isEmpty() || newId.isEmpty() || r.size() > 3) {
          problems.add(Problem.error(Location.at(shown, line, 1), "crosswalk.row"));
          continue;
        }
        BigDecimal weight = null;
        if (r.size() == 3 && !r.get(2).isBlank()) {
          String w = r.get(2).strip().replace(',', '.');
          try {
            weight = new BigDecimal(w);
          } catch (NumberFormatException e) {
            problems.add(Problem.error(Location.at(shown, line, 3), "crosswalk.weight.nan", r.get(2).strip()));
            continue;
          }
          if (weight.signum() <= 0) {
            problems.add(Problem.error(Location.at(shown, line, 3), "crosswalk.weight.positive", r.get(2).strip()));
            continue;
          }
        }
        Location at = Location.at(shown, line, 1);
        for (Crosswalk.Link l : links) {
          if (l.oldId().equals(oldId) && l.newId().equals(newId)) {
            problems.add(Problem.error(at, "crosswalk.duplicate", oldId, newId, l.where().line()));
          }
        }
        links.add(new Crosswalk.Link(oldId, newId, weight, at));
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      problems.add(Problem.error(Location.of(shown), "crosswalk.syntax", e.getMessage()));
      return new Loaded(null, problems, false);
    }
    // an old unit split over several new ones needs a weight on every row that names it
    Map<String, List<Crosswalk.Link>> byOld = new LinkedHashMap<>();
    links.forEach(l -> byOld.computeIfAbsent(l.oldId(), k -> new ArrayList<>()).add(l));
    for (Map.Entry<String, List<Crosswalk.Link>> e : byOld.entrySet()) {
      List<Crosswalk.Link> rows = e.getValue();
      if (rows.size() > 1) {
        for (Crosswalk.Link l : rows) {
          if (l.weight() == null) {
            String others = String.join(", ", rows.stream().map(Crosswalk.Link::newId).distinct().toList());
            problems.add(Problem.error(l.where(), "crosswalk.split.unweighted", e.getKey(), others));
          }
        }
      }
    }
    if (links.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.error(Location.of(shown), "crosswalk.empty"));
    }
    return problems.isEmpty() ? new Loaded(new Crosswalk(shown, links), List.of(), false) : new Loaded(null, problems, false);
  }

  /**
   * Errors for ids the map names that the results do not hold, with a did-you-mean; {@code
   * newIds} {@code null} checks the old side only.
   */
  public static List<Problem> check(Crosswalk map, Collection<String> oldIds, Collection<String> newIds) {
    List<Problem> out = new ArrayList<>();
    for (Crosswalk.Link l : map.links()) {
      if (!oldIds.contains(l.oldId())) {
        out.add(unknown(l, l.oldId(), oldIds, "crosswalk.old.unknown"));
      }
      if (newIds != null && !newIds.contains(l.newId())) {
        out.add(unknown(l, l.newId(), newIds, "crosswalk.new.unknown"));
      }
    }
    return out;
  }

  /**
   * Warnings for new units the map names that are not units this year ({@code validate/assess
   * --previous … --crosswalk …}), at the map's line, column 2, with a did-you-mean: a misspelt
   * id would silently leave a merged unit without its baseline. One warning per id (its first row).
   */
  public static List<Problem> notThisYear(Crosswalk map, Collection<String> thisYear) {
    List<Problem> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Crosswalk.Link l : map.links()) {
      if (!thisYear.contains(l.newId()) && seen.add(l.newId())) {
        String hint = DidYouMean.suggest(l.newId(), thisYear);
        Location at = Location.at(l.where().file(), l.where().line(), 2);
        out.add(
            hint == null
                ? Problem.warning(at, "crosswalk.new.not_this_year", l.newId())
                : Problem.warning(at, "crosswalk.new.not_this_year.hint", l.newId(), hint));
      }
    }
    return out;
  }

  private static Problem unknown(Crosswalk.Link l, String id, Collection<String> known, String key) {
    String hint = DidYouMean.suggest(id, known);
    Location at = key.startsWith("crosswalk.old") ? l.where() : Location.at(l.where().file(), l.where().line(), 2);
    return hint == null ? Problem.error(at, key, id) : Problem.error(at, key + ".hint", id, hint);
  }
}
