package vn.egov.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.egov.assess.Assessment;
import vn.egov.ingest.DecimalMode;
import vn.egov.ingest.PreviousResults;
import vn.egov.model.Previous;
import vn.egov.model.Problem;
import vn.egov.model.Results;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.validate.Validator;

/**
 * {@code egov validate}: every problem of every self-report, grouped by file and unit, so that a
 * unit official can fix the report from the output alone.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Check self-reports against the criteria set and print every problem with its place; exit 1 if any error.")
final class ValidateCommand implements Callable<Integer> {
  static final int SHOW_SCORES_UP_TO = 10;

  @ParentCommand EgovCommand top;

  @Spec CommandSpec spec;

  @Mixin ReportsInput in;

  @Option(names = "--format", paramLabel = "text|json", description = "text (default): one line per problem; json: the problems as a JSON array.")
  String format = "text";

  @Option(names = "--previous", paramLabel = "RESULTS.json", description = "Last year's results.json: warn about values and scores that moved implausibly.")
  Path previous;

  @Option(names = "--crosswalk", paramLabel = "MAP.csv", description = "With --previous: Last year's units to this year's, after a reorganisation (old_unit_id,new_unit_id[,weight]): a merged unit is checked against the (weighted) mean of its old units' scores.")
  Path crosswalk;

  @Option(names = "--factor", paramLabel = "F", description = "With --previous: a value moving by more than this factor is questioned (default: ${DEFAULT-VALUE}).")
  BigDecimal factor = BigDecimal.valueOf(2);

  @Option(names = "--max-problems", paramLabel = "N", description = "Problems printed per file, the rest counted (default: ${DEFAULT-VALUE}; 0 = all). JSON is never cut.")
  int maxProblems = 200;

  @Override
  public Integer call() {
    Console console = top.console();
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--format': '" + format + "' (expected text or json)");
    }
    if (factor.compareTo(BigDecimal.ONE) <= 0) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--factor': " + factor + " (expected a number above 1)");
    }
    Previous last = LastYear.read(spec, console, previous, crosswalk);
    Progress progress = Progress.of(top, console);
    Assessment.Outcome outcome =
        Assessment.run(
            new Assessment.Request(in.criteria, in.criteria.toString(), in.inputs, in.units, false, in.decimal, last, factor),
            progress);
    progress.clear();
    if (outcome.criteria() == null) {
      console.problems(outcome.criteriaProblems());
      long errors = outcome.criteriaProblems().stream().filter(Problem::isError).count();
      console.summary(console.t("check.invalid", in.criteria, errors, outcome.criteriaProblems().size() - errors));
      return (outcome.criteriaProblems().stream().anyMatch(Problem::unreadableFile) ? ExitCode.IO : ExitCode.USAGE).code();
    }
    top.adoptLanguage(console, outcome.criteria().language());
    Results results = outcome.results();
    List<Problem> problems = grouped(results.problems());
    if (outcome.unreadable()) {
      // an input path missing or unreadable: which registered units sent nothing is not known
      problems = problems.stream().filter(p -> !Validator.notSubmitted(p)).toList();
    }
    if (format.equals("json")) {
      console.result(json(problems, console));
    } else {
      printText(console, problems);
      printScores(console, results);
    }
    long errors = problems.stream().filter(Problem::isError).count();
    long files = problems.stream().map(p -> p.location().file()).distinct().count();
    long reported = results.units().stream().filter(u -> u.status() != UnitStatus.NOT_SUBMITTED).count();
    long missing = results.units().stream().filter(u -> u.status() == UnitStatus.NOT_SUBMITTED).count();
    // without a registry (--units or the set's units:) every unit is one that reported
    boolean registry = in.units != null || !outcome.criteria().units().isEmpty();
    console.summary(
        registry && !outcome.unreadable()
            ? console.t("validate.summary", inputFileCount(), reported, errors, problems.size() - errors, missing, files)
            : console.t("validate.summary.reported", inputFileCount(), reported, errors, problems.size() - errors, files));
    ExitCode code = errors > 0 ? ExitCode.INVALID_DATA : ExitCode.OK;
    if (outcome.unreadable()) {
      code = code.worst(ExitCode.IO);
    }
    return code.code();
  }

  private long inputFileCount() {
    return vn.egov.ingest.InputFiles.expand(in.inputs).files().size();
  }

  /**
   * Problems by file (in first-seen order), then unit (first-seen order), then place; the
   * registry's warning of units that sent nothing last, after every file's problems.
   */
  static List<Problem> grouped(List<Problem> problems) {
    Map<String, Map<String, List<Problem>>> byFile = new LinkedHashMap<>();
    List<Problem> last = new ArrayList<>();
    for (Problem p : problems) {
      if (Validator.notSubmitted(p)) {
        last.add(p);
        continue;
      }
      byFile
          .computeIfAbsent(p.location().file(), k -> new LinkedHashMap<>())
          .computeIfAbsent(p.unit() == null ? "" : p.unit(), k -> new ArrayList<>())
          .add(p);
    }
    List<Problem> out = new ArrayList<>();
    byFile.values().forEach(units -> units.values().forEach(out::addAll));
    out.addAll(last);
    return out;
  }

  private void printText(Console console, List<Problem> problems) {
    String file = null;
    int shown = 0;
    int hidden = 0;
    for (Problem p : problems) {
      if (!p.location().file().equals(file)) {
        flushHidden(console, file, hidden);
        if (file != null) {
          console.result("");
        }
        file = p.location().file();
        shown = 0;
        hidden = 0;
      }
      if (maxProblems > 0 && shown >= maxProblems) {
        hidden++;
        continue;
      }
      console.resultProblem(p);
      shown++;
    }
    flushHidden(console, file, hidden);
  }

  private void flushHidden(Console console, String file, int hidden) {
    if (hidden > 0) {
      console.result(file + ": " + console.t("validate.more", hidden));
    }
  }

  /** The provisional scores of the units checked, when they are few (a unit checking its own report). */
  private void printScores(Console console, Results results) {
    List<UnitResult> scored = results.units().stream().filter(u -> u.status() != UnitStatus.NOT_SUBMITTED).toList();
    if (scored.isEmpty() || scored.size() > SHOW_SCORES_UP_TO) {
      return;
    }
    int p = results.criteria().scoring().precision();
    console.result("");
    for (UnitResult u : scored) {
      if (u.report() != null && u.report().overlapping()) {
        console.result(console.t("validate.rejected", u.id(), u.unit().name()));
        continue;
      }
      // the appraised score only when the Department appraised some value of the unit
      boolean appraised =
          u.report() != null && u.report().entries().values().stream().anyMatch(e -> e.appraised() != null && !e.appraised().blank());
      console.result(
          console.t(
              appraised ? "validate.score" : "validate.score.self",
              u.id(),
              u.unit().name(),
              console.num(u.self().points(), p),
              console.num(u.self().max(), p),
              console.num(u.self().score(), p),
              console.num(u.fin().score(), p)));
    }
  }

  private static String json(List<Problem> problems, Console console) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (Problem p : problems) {
        g.writeStartObject();
        g.writeStringField("severity", p.severity().label());
        g.writeStringField("file", p.location().file());
        g.writeStringField("location", p.location().where());
        g.writeStringField("unit", p.unit());
        g.writeStringField("input", p.input());
        g.writeStringField("message", console.messages().render(p.message()));
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
