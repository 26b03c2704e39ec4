package vn.egov.assess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.egov.criteria.CriteriaLoader;
import vn.egov.criteria.UnitsFile;
import vn.egov.ingest.CsvReader;
import vn.egov.ingest.DecimalMode;
import vn.egov.ingest.InputFiles;
import vn.egov.ingest.ReportBuilder;
import vn.egov.ingest.TableReader;
import vn.egov.ingest.WorkbookReader;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Problem;
import vn.egov.model.Results;
import vn.egov.model.Unit;
import vn.egov.ranking.Ranker;
import vn.egov.scoring.Scorer;
import vn.egov.validate.AfterScoring;
import vn.egov.validate.Validator;
import vn.egov.model.Location;
import vn.egov.model.Previous;
import java.math.BigDecimal;

/** Runs a whole assessment in memory; writing the outputs is the caller's business. */
public final class Assessment {
  private Assessment() {}

  /**
   * What to assess.
   *
   * @param units a units registry file replacing the criteria set's {@code units:}, or {@code null}
   * @param strict units whose reports have errors are {@code rejected} and not ranked
   */
  public record Request(
      Path criteria,
      String criteriaShown,
      List<Path> inputs,
      Path units,
      boolean strict,
      DecimalMode decimal,
      Previous previous,
      BigDecimal factor) {
    public Request {
      inputs = List.copyOf(inputs);
      factor = factor == null ? AfterScoring.DEFAULT_FACTOR : factor;
    }

    public Request(
        Path criteria, String criteriaShown, List<Path> inputs, Path units, boolean strict, DecimalMode decimal) {
      this(criteria, criteriaShown, inputs, units, strict, decimal, null, null);
    }
  }

  /**
   * What came of it.
   *
   * @param criteria {@code null} when the criteria set has errors (then nothing else was done)
   * @param results {@code null} when the criteria set has errors
   * @param unreadable whether some input could not be found or read at all
   * @param files the reports found and read ({@code null} when the criteria set has errors)
   */
  public record Outcome(
      CriteriaSet criteria, List<Problem> criteriaProblems, Results results, boolean unreadable, List<InputFiles.Input> files) {}

  public static Outcome run(Request request) {
    return run(request, Progress.NONE);
  }

  /** As {@link #run(Request)}, telling {@code progress} the files read and the units scored. */
  public static Outcome run(Request request, Progress progress) {
    CriteriaLoader.Loaded loaded = CriteriaLoader.load(request.criteria(), request.criteriaShown());
    if (!loaded.ok()) {
      return new Outcome(null, loaded.problems(), null, false, null);
    }
    CriteriaSet set = loaded.criteria();
    Stopwatch.lap("start, criteria");
    List<Problem> problems = new ArrayList<>();
    List<Unit> registry = set.units();
    if (request.units() != null) {
      UnitsFile.Loaded u = UnitsFile.load(request.units(), request.units().toString(), set);
      problems.addAll(u.problems());
      registry = u.units();
    }
    Stopwatch.lap("units registry");
    InputFiles.Expanded files = InputFiles.expand(request.inputs());
    problems.addAll(files.missing());
    Location registryWhere = Location.of(request.units() != null ? request.units().toString() : request.criteriaShown());
    Validator.Checked checked = readAndCheck(set, request, files, registry, registryWhere, problems, progress);
    Scorer.Scored scored = new Scorer(set).score(checked.subjects(), request.strict());
    progress.unitsScored(
        (int) scored.units().stream().filter(u -> u.status() == vn.egov.model.UnitStatus.SCORED).count());
    Stopwatch.lap("score");
    problems.addAll(scored.problems());
    problems.addAll(new AfterScoring(set).check(scored.units(), request.previous(), request.factor()));
    problems.addAll(crosswalkWarnings(request.previous(), scored.units()));
    sortByPlace(problems);
    Stopwatch.lap("after-scoring checks, sort");
    boolean unreadable = problems.stream().anyMatch(Problem::unreadableFile);
    List<Problem> all = new ArrayList<>(loaded.problems());
    all.addAll(problems);
    Results results = new Results(set, new Ranker(set).rank(scored.units()), all);
    Stopwatch.lap("rank");
    return new Outcome(set, loaded.problems(), results, unreadable, files.files());
  }

  /**
   * When last year's results are seen through a crosswalk: a warning for each new unit the map
   * names that is not one of this year's {@code units} (registered or reporting), with a
   * did-you-mean; none without a crosswalk.
   */
  public static List<Problem> crosswalkWarnings(Previous previous, List<vn.egov.model.UnitResult> units) {
    if (previous == null || previous.through() == null) {
      return List.of();
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    units.forEach(u -> ids.add(u.id()));
    return vn.egov.ingest.CrosswalkFile.notThisYear(previous.through(), ids);
  }

  /** Reads and checks the reports; what was read is not kept beyond (it can be large). */
  private static Validator.Checked readAndCheck(
      CriteriaSet set,
      Request request,
      InputFiles.Expanded files,
      List<Unit> registry,
      Location registryWhere,
      List<Problem> problems,
      Progress progress) {
    List<TableReader> readers = List.of(new CsvReader(set), new WorkbookReader(set));
    int total = files.files().size();
    ReportBuilder.Ingested ingested =
        ReportBuilder.read(set, request.decimal(), files.files(), readers, done -> progress.filesRead(done, total));
    problems.addAll(ingested.problems());
    Stopwatch.lap("read");
    Validator.Checked checked =
        new Validator(set, registry, registryWhere).check(ingested.reports(), ingested.problems());
    problems.addAll(checked.problems());
    Stopwatch.lap("validate");
    return checked;
  }

  /**
   * Sorts problems by file, then place: line and column numerically for text files, sheet (by
   * name), row and column for workbooks; stable otherwise. Each problem's place is read once
   * rather than at every comparison: a national run has tens of thousands of problems.
   */
  static void sortByPlace(List<Problem> problems) {
    record Keyed(Problem p, String file, String sheet, long first, long second) {}
    List<Keyed> keyed = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      vn.egov.model.Location l = p.location();
      if (l.line() > 0) { // a text file's LINE:COLUMN, held as numbers: nothing to parse
        keyed.add(new Keyed(p, l.file(), "", l.line(), l.column()));
        continue;
      }
      long[] at = place(l.where());
      keyed.add(new Keyed(p, l.file(), sheet(l.where()), at[0], at[1]));
    }
    keyed.sort(
        Comparator.comparing(Keyed::file)
            .thenComparing(Keyed::sheet)
            .thenComparingLong(Keyed::first)
            .thenComparingLong(Keyed::second));
    problems.clear();
    keyed.forEach(k -> problems.add(k.p()));
  }

  private static String sheet(String where) {
    int bang = where.lastIndexOf('!');
    return bang < 0 ? "" : where.substring(0, bang);
  }

  /** {line, column} of {@code 12:3}, or {row, column} of {@code Sheet!AB12}; {0, 0} otherwise. */
  private static long[] place(String where) {
    int bang = where.lastIndexOf('!');
    if (bang >= 0) {
      String a1 = where.substring(bang + 1);
      int i = 0;
      long col = 0;
      while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
        col = col * 26 + (Character.toUpperCase(a1.charAt(i)) - 'A' + 1);
        i++;
      }
      try {
        return new long[] {Long.parseLong(a1.substring(i)), col};
      } catch (NumberFormatException e) {
        return new long[] {0, 0};
      }
    }
    String[] parts = where.split(":");
    if (parts.length != 2) {
      return new long[] {0, 0};
    }
    try {
      return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    } catch (NumberFormatException e) {
      return new long[] {0, 0};
    }
  }
}
