package vn.egov.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.egov.assess.Assessment;
import vn.egov.model.Results;
import vn.egov.output.OutputFormat;
import vn.egov.report.OutputFormats;

/** {@code egov assess}: validates, scores, ranks, classifies and writes the outputs. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Validate self-reports, score, rank and classify every unit, and write the outputs.")
final class AssessCommand implements Callable<Integer> {
  @ParentCommand EgovCommand top;

  @Spec CommandSpec spec;

  @Mixin ReportsInput in;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder for the outputs (created if needed).")
  Path output;

  @Option(
      names = "--formats",
      split = ",",
      paramLabel = "LIST",
      completionCandidates = FormatNames.class,
      description = "Outputs to write, comma-separated (available: ${COMPLETION-CANDIDATES}; default: all but md).")
  List<String> formats;

  @Option(names = "--strict", description = "Units whose reports have errors are rejected (no rank) instead of scored with invalid values as blank.")
  boolean strict;

  @Option(names = "--previous", paramLabel = "RESULTS.json", description = "Last year's results.json: reports show the change from last year.")
  Path previous;

  @Option(names = "--crosswalk", paramLabel = "MAP.csv", description = "With --previous: Last year's units to this year's, after a reorganisation (old_unit_id,new_unit_id[,weight]): a merged unit's last score is the (weighted) mean of its old units'.")
  Path crosswalk;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date printed in reports (default: SOURCE_DATE_EPOCH if set, else none, so reruns give identical files).")
  String date;

  @Override
  public Integer call() {
    Console console = top.console();
    List<OutputFormat<Results>> chosen = AssessRun.formats(formats, console, spec);
    Assessment.Request request =
        in.request(strict);
    AssessRun.Done done = AssessRun.run(top, console, request, output, chosen, options(console));
    if (done.summary() != null) {
      console.summary(done.summary());
    }
    vn.egov.assess.Stopwatch.lap("summary");
    return done.code().code();
  }

  /** The date and last year's results, or a usage error. */
  private AssessRun.Options options(Console console) {
    java.time.LocalDate when = null;
    if (date != null) {
      try {
        when = java.time.LocalDate.parse(date);
      } catch (java.time.format.DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), "Invalid value for option '--date': '" + date + "' (expected YYYY-MM-DD)");
      }
    } else if (System.getenv("SOURCE_DATE_EPOCH") != null) {
      try {
        when = java.time.Instant.ofEpochSecond(Long.parseLong(System.getenv("SOURCE_DATE_EPOCH").strip()))
            .atZone(java.time.ZoneOffset.UTC).toLocalDate();
      } catch (NumberFormatException e) {
        throw new ParameterException(spec.commandLine(), "SOURCE_DATE_EPOCH is not a number of seconds: " + System.getenv("SOURCE_DATE_EPOCH"));
      }
    }
    vn.egov.model.Previous last = LastYear.read(spec, console, previous, crosswalk);
    return new AssessRun.Options(when, last, previous);
  }

  /** The formats this version writes, for --help. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return OutputFormats.ASSESS.names().iterator();
    }
  }
}
