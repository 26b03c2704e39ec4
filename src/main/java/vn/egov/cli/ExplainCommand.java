package vn.egov.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.egov.analysis.ExplainJson;
import vn.egov.analysis.ExplainText;
import vn.egov.analysis.Explainer;
import vn.egov.analysis.Explanation;
import vn.egov.assess.Assessment;
import vn.egov.ingest.DecimalMode;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Problem;
import vn.egov.model.Results;
import vn.egov.model.UnitResult;
import vn.egov.text.DidYouMean;

/**
 * {@code egov explain}: how every figure of one unit came about, from the cell as typed to its
 * rank and class, with what would earn it more points.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Show how each figure of a unit was computed: the cell as typed, the value understood, the value",
      "with the numbers substituted, the rule and the points (self-assessed and final), then the totals,",
      "rank with the neighbours, class, and what would earn more points."
    })
final class ExplainCommand implements Callable<Integer> {
  @ParentCommand EgovCommand top;

  @Spec CommandSpec spec;

  @Mixin ReportsInput in;

  @Option(names = "--unit", required = true, paramLabel = "ID", description = "The unit to explain.")
  String unitId;

  @Option(names = "--criterion", paramLabel = "ID", description = "Only this criterion (or sub-criterion).")
  String criterionId;

  @Option(names = "--format", paramLabel = "text|json", description = "text (default) or json.")
  String format = "text";

  @Option(names = "--strict", description = "As for assess: units whose reports have errors are rejected (no rank).")
  boolean strict;

  @Override
  public Integer call() {
    Console console = top.console();
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(spec.commandLine(), console.t("format.unknown", format, "text, json"));
    }
    Assessment.Outcome outcome = Assessment.run(in.request(strict));
    if (outcome.criteria() == null) {
      return invalidCriteria(console, in.criteria, outcome);
    }
    top.adoptLanguage(console, outcome.criteria().language());
    Results results = outcome.results();
    CriteriaSet set = results.criteria();
    UnitResult unit = findUnit(results, console);
    if (criterionId != null && set.criterion(criterionId).isEmpty()) {
      List<String> ids = new ArrayList<>();
      set.groups().forEach(g -> g.criteria().forEach(c -> collect(c, ids)));
      String hint = DidYouMean.suggest(criterionId, ids);
      throw new ParameterException(
          spec.commandLine(),
          console.t("explain.criterion.unknown", criterionId)
              + (hint == null ? "" : " " + console.t("explain.did_you_mean", hint)));
    }
    List<Problem> mine =
        results.problems().stream()
            .filter(p -> unit.id().equalsIgnoreCase(p.unit() == null ? "" : p.unit()) || p.unreadableFile())
            .toList();
    console.problems(mine);
    Explanation e = Explainer.explain(results, unit, criterionId, console.messages());
    if (format.equals("json")) {
      console.result(ExplainJson.write(e, set));
    } else {
      ExplainText.lines(e, set, console.messages()).forEach(console::result);
    }
    console.flush();
    long errors = mine.stream().filter(Problem::isError).count();
    console.summary(
        console.t("explain.summary", unit.unit().name(), unit.id(), count(e.criteria()), errors, mine.size() - errors, e.hints().size()));
    ExitCode code = errors > 0 ? ExitCode.INVALID_DATA : ExitCode.OK;
    if (outcome.unreadable()) {
      code = code.worst(ExitCode.IO);
    }
    return code.code();
  }

  private static int count(List<Explanation.CriterionTrace> traces) {
    int n = 0;
    for (Explanation.CriterionTrace t : traces) {
      n += 1 + count(t.criteria());
    }
    return n;
  }

  private static void collect(vn.egov.model.Criterion c, List<String> ids) {
    ids.add(c.id());
    c.criteria().forEach(s -> collect(s, ids));
  }

  /** The unit by id (case-insensitively, as the registry matches ids), or a usage error. */
  private UnitResult findUnit(Results results, Console console) {
    unitId = vn.egov.text.UserText.nfc(unitId); // as typed on a keyboard that composes marks
    for (UnitResult u : results.units()) {
      if (u.id().equals(unitId)) {
        return u;
      }
    }
    for (UnitResult u : results.units()) {
      if (u.id().equalsIgnoreCase(unitId)) {
        return u;
      }
    }
    List<String> ids = results.units().stream().map(UnitResult::id).toList();
    String hint = DidYouMean.suggest(unitId, ids);
    if (hint == null) {
      // a unit's name typed instead of its id
      for (UnitResult u : results.units()) {
        if (vn.egov.text.Fold.key(u.unit().name()).equals(vn.egov.text.Fold.key(unitId))) {
          hint = u.id();
        }
      }
    }
    throw new ParameterException(
        spec.commandLine(),
        console.t("explain.unit.unknown", unitId, ids.size())
            + (hint == null ? "" : " " + console.t("explain.did_you_mean", hint)));
  }

  // shared with SensitivityCommand

  /** Prints the problems of an invalid criteria set and returns the exit code (2, or 3 unreadable). */
  static int invalidCriteria(Console console, Path criteria, Assessment.Outcome outcome) {
    console.problems(outcome.criteriaProblems());
    long errors = outcome.criteriaProblems().stream().filter(Problem::isError).count();
    console.summary(console.t("check.invalid", criteria, errors, outcome.criteriaProblems().size() - errors));
    return (outcome.criteriaProblems().stream().anyMatch(Problem::unreadableFile) ? ExitCode.IO : ExitCode.USAGE).code();
  }
}
