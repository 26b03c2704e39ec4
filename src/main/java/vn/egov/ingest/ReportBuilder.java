package vn.egov.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.model.Cell;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Entry;
import vn.egov.model.InputDef;
import vn.egov.model.Location;
import vn.egov.model.Problem;
import vn.egov.model.Sighting;
import vn.egov.model.UnitReport;
import vn.egov.text.DidYouMean;

/**
 * Merges what every reader found into one report per unit: parses each value for its input's
 * type, and reports unknown inputs, the same (unit, input) twice in one file, and a unit whose
 * files disagree on its name or group. A unit may appear in several files that hold different
 * inputs (its report and the Department's own figures); two files that hold the same input of a
 * unit are two versions of its report, and the unit gets no value from either (one error naming
 * both; SPEC §3), never a cell-by-cell mix. Thread-safe, so readers may run in parallel.
 */
public final class ReportBuilder implements ReportSink {
  private final CriteriaSet criteria;
  private final ValueParser parser;
  private final Map<String, List<Sighting>> units = new LinkedHashMap<>();
  private final Map<String, Map<String, Entry>> entries = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  /** Units two of whose files hold the same inputs, in the order found. */
  private final Map<String, Overlap> overlaps = new LinkedHashMap<>();

  /** The files of one unit that hold the same inputs, and those inputs. */
  private static final class Overlap {
    final Location where; // the first value given again, in the later file
    final java.util.Set<String> files = new java.util.LinkedHashSet<>();
    final java.util.Set<String> inputs = new java.util.LinkedHashSet<>();

    Overlap(Location where) {
      this.where = where;
    }

    void add(String firstFile, String laterFile, String input) {
      files.add(firstFile);
      files.add(laterFile);
      inputs.add(input);
    }

    /** One error naming the files and the inputs they share (the first few, then how many). */
    Problem problem(String unitId) {
      List<String> all = new ArrayList<>(files);
      java.util.StringJoiner shown = new java.util.StringJoiner(", ");
      inputs.stream().limit(INPUTS_SHOWN).forEach(shown::add);
      String list = inputs.size() > INPUTS_SHOWN ? shown + ", …" : shown.toString();
      return Problem.error(
              where,
              "unit.reports.overlap",
              all.get(0),
              String.join(", ", all.subList(1, all.size())),
              list,
              inputs.size())
          .about(unitId, null);
    }
  }

  private static final int INPUTS_SHOWN = 5;

  /** Where a unit left an input blank, so that "required input is blank" can point there. */
  private final Map<String, Map<String, Location>> blanks = new LinkedHashMap<>();

  public ReportBuilder(CriteriaSet criteria, DecimalMode mode) {
    this.criteria = criteria;
    this.parser = new ValueParser(mode);
  }


  /** The reports and problems found so far, units in the order first seen. */
  public record Ingested(List<UnitReport> reports, List<Problem> problems) {}

  /**
   * Reads every file with the first reader that accepts it, files in parallel, and merges what
   * they hold in the order of {@code files}, so the outcome does not depend on thread timing.
   */
  public static Ingested read(
      CriteriaSet criteria, DecimalMode mode, List<InputFiles.Input> files, List<TableReader> readers) {
    return read(criteria, mode, files, readers, done -> {});
  }

  /** As {@link #read(CriteriaSet, DecimalMode, List, List)}, telling {@code read} the files done. */
  public static Ingested read(
      CriteriaSet criteria,
      DecimalMode mode,
      List<InputFiles.Input> files,
      List<TableReader> readers,
      java.util.function.IntConsumer read) {
    ReportBuilder b = new ReportBuilder(criteria, mode);
    if (files.size() == 1) {
      readOne(files.get(0), readers, b); // nothing to run in parallel: no buffering
      read.accept(1);
      return b.result();
    }
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    List<BufferedSink> sinks =
        files.parallelStream()
            .map(
                f -> {
                  BufferedSink sink = new BufferedSink();
                  readOne(f, readers, sink);
                  read.accept(done.incrementAndGet());
                  return sink;
                })
            .toList();
    sinks.forEach(s -> s.replay(b));
    return b.result();
  }

  private static void readOne(InputFiles.Input f, List<TableReader> readers, ReportSink sink) {
    TableReader reader = readers.stream().filter(r -> r.accepts(f.path())).findFirst().orElse(null);
    if (reader == null) {
      sink.problem(Problem.error(Location.of(f.shown()), "file.type"));
    } else {
      reader.read(f.path(), f.shown(), sink);
    }
  }

  @Override
  public synchronized void unit(String unitId, Sighting seen) {
    List<Sighting> all = units.get(unitId);
    if (all == null) {
      all = new ArrayList<>();
      units.put(unitId, all);
      entries.put(unitId, criteria.newEntries());
      lastUnitId = null; // a new map for the id: the one remembered for it (if any) is no longer its
    }
    if (all.stream().noneMatch(s -> s.where().file().equals(seen.where().file())
        && java.util.Objects.equals(s.name(), seen.name())
        && java.util.Objects.equals(s.group(), seen.group()))) {
      all.add(seen); // one sighting per file and spelling is enough to compare them
    }
  }

  @Override
  public synchronized void value(Observation o) {
    InputDef def = criteria.inputOrNull(o.inputId());
    if (def == null) {
      String hint =
          DidYouMean.suggest(o.inputId(), criteria.inputs().stream().map(InputDef::id).toList());
      problems.add(
          (hint == null
                  ? Problem.error(o.inputWhere(), "input.unknown", o.inputId())
                  : Problem.error(o.inputWhere(), "input.unknown.hint", o.inputId(), hint))
              .about(o.unitId(), o.inputId()));
      return;
    }
    if (o.unitId() != lastUnitId) { // a long table's rows of one unit follow each other, its id one string
      lastUnitId = o.unitId();
      lastUnitEntries = entries.computeIfAbsent(o.unitId(), k -> criteria.newEntries());
    }
    Map<String, Entry> unitEntries = lastUnitEntries;
    if (o.value().blank() && (o.appraised() == null || o.appraised().blank()) && o.evidence().isEmpty()) {
      blanks.computeIfAbsent(o.unitId(), k -> new LinkedHashMap<>()).putIfAbsent(def.id(), o.value().where());
      return;
    }
    Entry first = unitEntries.get(def.id());
    if (first != null) {
      String firstFile = first.self().location().file();
      if (firstFile.equals(o.value().file())) {
        // a row repeated inside one file: the first one counts, as it always has
        problems.add(
            Problem.error(o.value().where(), "input.twice", first.self().location())
                .about(o.unitId(), def.id()));
      } else {
        // another file gives it again: two versions of the unit's report, never mixed
        overlaps.computeIfAbsent(o.unitId(), k -> new Overlap(o.value().where())).add(firstFile, o.value().file(), def.id());
      }
      return;
    }
    Cell self = cell(o.value(), def, o.unitId());
    // a blank appraisal is no appraisal: nothing is kept for it (a national run has millions)
    Cell appraised = o.appraised() == null || o.appraised().blank() ? null : cell(o.appraised(), def, o.unitId());
    unitEntries.put(def.id(), new Entry(def.id(), self, appraised, o.evidence(), o.note(), o.evidenceWhere()));
  }

  /** The unit of the last value and its entries (the same map as in {@link #entries}). */
  private String lastUnitId;

  private Map<String, Entry> lastUnitEntries;

  private Cell cell(RawCell t, InputDef def, String unitId) {
    if (t.blank()) {
      return t.understood("", null);
    }
    if (t.number() == null && t.bool() == null && t.uncachedFormula() == null) {
      Known k = known(t.text(), def);
      if (k.parsed().error() != null) {
        problems.add(
            new Problem(t.where(), vn.egov.model.Severity.ERROR, k.parsed().error(), unitId, def.id()));
      }
      return t.understood(k.raw(), k.parsed().value());
    }
    ValueParser.Parsed p = parser.parse(t, def);
    if (p.error() != null) {
      problems.add(
          new Problem(t.where(), vn.egov.model.Severity.ERROR, p.error(), unitId, def.id()));
    }
    return t.understood(t.text().strip(), p.value());
  }

  /** A text already read for inputs of one type (or one choice input): its trimmed text and value. */
  private record Known(String raw, ValueParser.Parsed parsed) {}

  /**
   * Texts seen before, by type (choices by input, since their options differ), so that the same
   * text, as typed by thousands of units ({@code 100}, {@code Có}, {@code 0}), is parsed once and
   * its text and value are held once: values are immutable and can be shared. Bounded, so that
   * distinct texts cannot grow it without end.
   */
  private final Map<vn.egov.model.InputType, Map<String, Known>> knownByType =
      new java.util.EnumMap<>(vn.egov.model.InputType.class);
  private final Map<String, Map<String, Known>> knownByChoice = new java.util.HashMap<>();

  private int knownCount;
  private static final int KNOWN_LIMIT = 200_000;

  private Known known(String text, InputDef def) {
    Map<String, Known> byText =
        def.type() == vn.egov.model.InputType.CHOICE
            ? knownByChoice.computeIfAbsent(def.id(), k -> new java.util.HashMap<>())
            : knownByType.computeIfAbsent(def.type(), k -> new java.util.HashMap<>());
    Known k = byText.get(text);
    if (k == null) {
      String raw = text.strip();
      k = new Known(raw, parser.parse(raw, def));
      if (knownCount < KNOWN_LIMIT) {
        byText.put(text, k);
        knownCount++;
      }
    }
    return k;
  }

  @Override
  public synchronized void problem(Problem p) {
    problems.add(p);
  }

  /** One report per unit seen, in the order first seen. */
  public synchronized Ingested result() {
    List<UnitReport> reports = new ArrayList<>();
    for (Map.Entry<String, List<Sighting>> u : units.entrySet()) {
      List<Sighting> seen = u.getValue();
      String name = seen.stream().map(Sighting::name).filter(java.util.Objects::nonNull).findFirst().orElse(null);
      String group = seen.stream().map(Sighting::group).filter(java.util.Objects::nonNull).findFirst().orElse(null);
      Overlap overlap = overlaps.get(u.getKey());
      if (overlap != null) {
        reports.add(
            new UnitReport(
                u.getKey(), name, group, seen.get(0).where(), criteria.newEntries(), Map.of(), seen, true));
        continue;
      }
      reports.add(
          new UnitReport(
              u.getKey(), name, group, seen.get(0).where(), entries.get(u.getKey()),
              blanks.getOrDefault(u.getKey(), Map.of()), seen, false));
    }
    List<Problem> all = new ArrayList<>(problems);
    overlaps.forEach((unit, o) -> all.add(o.problem(unit)));
    return new Ingested(reports, List.copyOf(all));
  }
}
