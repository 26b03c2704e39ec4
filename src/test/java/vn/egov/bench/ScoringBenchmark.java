package vn.egov.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.egov.criteria.CriteriaLoader;
import vn.egov.criteria.UnitsFile;
import vn.egov.ingest.CsvReader;
import vn.egov.ingest.DecimalMode;
import vn.egov.ingest.InputFiles;
import vn.egov.ingest.ReportBuilder;
import vn.egov.ingest.WorkbookReader;
import vn.egov.model.CriteriaSet;
import vn.egov.model.UnitReport;
import vn.egov.model.UnitResult;
import vn.egov.ranking.Ranker;
import vn.egov.scoring.Scorer;
import vn.egov.model.Subject;
import vn.egov.validate.Validator;

/**
 * The scoring core without input or output: validating, scoring (self and final, every
 * criterion rounded) and ranking N synthetic units of 150 inputs, read once in the set-up. Run
 * with {@code bench/run.sh jmh}; never part of {@code mvn test}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms800m", "-Xmn200m"})
public class ScoringBenchmark {
  @Param({"1000"})
  public int units;

  private CriteriaSet criteria;
  private List<vn.egov.model.Unit> registry;
  private List<UnitReport> reports;
  private List<Subject> subjects;
  private List<UnitResult> scored;

  @Setup
  public void read() throws IOException {
    Path dir = Files.createTempDirectory("egov-jmh");
    Synth.main(new String[] {String.valueOf(units), "150", dir.toString(), "long"});
    CriteriaLoader.Loaded loaded = CriteriaLoader.load(dir.resolve("criteria.yaml"), "criteria.yaml");
    criteria = loaded.criteria();
    registry = UnitsFile.load(dir.resolve("units.csv"), "units.csv", criteria).units();
    reports =
        ReportBuilder.read(
                criteria,
                DecimalMode.AUTO,
                InputFiles.expand(List.of(dir.resolve("long.csv"))).files(),
                List.of(new CsvReader(criteria), new WorkbookReader(criteria)))
            .reports();
    subjects = new Validator(criteria, registry).check(reports).subjects();
    scored = new Scorer(criteria).score(subjects, false).units();
  }

  /** Checking every value of every unit (types, ranges, required inputs, checks). */
  @Benchmark
  public Object validate() {
    return new Validator(criteria, registry).check(reports);
  }

  /** Points of every criterion from self-assessed and final values, totals and scores. */
  @Benchmark
  public Object score() {
    return new Scorer(criteria).score(subjects, false);
  }

  /** Ranks, ties and tiebreaks, classes. */
  @Benchmark
  public Object rank() {
    return new Ranker(criteria).rank(scored);
  }
}
