package vn.egov.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.egov.analysis.Sensitivity;
import vn.egov.analysis.SensitivityOutputs;
import vn.egov.assess.Assessment;
import vn.egov.model.Problem;
import vn.egov.model.Results;

/**
 * {@code egov sensitivity}: how much the ranks depend on the criteria's max points (their
 * weights): Monte-Carlo perturbation and leaving out one criteria group at a time.
 */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Monte-Carlo perturbation of the criteria's max points: every top-level criterion's max is scaled",
      "by its own uniform factor in [1-F, 1+F], N times, and the units are rescored, ranked and classified",
      "by the engine; plus each criteria group left out in turn. Prints each unit's median rank, 5-95%",
      "rank interval and the probability of keeping its class; -o writes sensitivity.csv and .html."
    })
final class SensitivityCommand implements Callable<Integer> {
  @ParentCommand EgovCommand top;

  @Spec CommandSpec spec;

  @Mixin ReportsInput in;

  @Option(names = "--samples", paramLabel = "N", description = "Number of Monte-Carlo samples (default: ${DEFAULT-VALUE}).")
  int samples = 1000;

  @Option(names = "--weight-noise", paramLabel = "F", description = "Each max is scaled by a factor uniform in [1-F, 1+F], 0 <= F <= 1 (default: ${DEFAULT-VALUE}).")
  BigDecimal noise = new BigDecimal("0.2");

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the random factors; the same seed gives the same output (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write sensitivity.csv and sensitivity.html here (created if needed).")
  Path output;

  @Option(names = "--strict", description = "As for assess: units whose reports have errors are rejected (no rank).")
  boolean strict;

  @Override
  public Integer call() {
    Console console = top.console();
    if (samples < 1) {
      throw new ParameterException(spec.commandLine(), console.t("sensitivity.samples.invalid", samples));
    }
    if (noise.signum() < 0 || noise.compareTo(BigDecimal.ONE) > 0) {
      throw new ParameterException(spec.commandLine(), console.t("sensitivity.noise.invalid", noise.toPlainString()));
    }
    long started = System.nanoTime();
    Assessment.Outcome outcome =
        Assessment.run(
            in.request(strict));
    if (outcome.criteria() == null) {
      return ExplainCommand.invalidCriteria(console, in.criteria, outcome);
    }
    top.adoptLanguage(console, outcome.criteria().language());
    Results results = outcome.results();
    long errors = results.problems().stream().filter(Problem::isError).count();
    long warnings = results.problems().size() - errors;
    Sensitivity.Report report =
        Sensitivity.run(results, new Sensitivity.Settings(samples, noise, seed), progress(console));
    SensitivityOutputs.text(report, results, console.messages()).forEach(console::result);
    console.flush();
    ExitCode code = errors > 0 ? ExitCode.INVALID_DATA : ExitCode.OK;
    if (outcome.unreadable()) {
      code = code.worst(ExitCode.IO);
    }
    if (output != null) {
      code = code.worst(Outputs.write(new SensitivityOutputs.Run(report, results), SensitivityOutputs.FORMATS.byDefault(), output, console));
    }
    BigDecimal seconds = BigDecimal.valueOf(System.nanoTime() - started, 9).setScale(1, RoundingMode.HALF_UP);
    console.summary(
        console.t(
            "sensitivity.summary",
            samples,
            report.units().size(),
            report.criteria(),
            console.num(noise, 0),
            seed,
            errors,
            warnings,
            console.num(seconds, 1)));
    return code.code();
  }

  /** Samples done on stderr, only on a terminal and without --quiet; the line is cleared at the end. */
  private IntConsumer progress(Console console) {
    if (!top.terminal() || top.quiet) {
      return done -> {};
    }
    PrintWriter err = spec.commandLine().getErr();
    int every = Math.max(1, samples / 100);
    return done -> {
      if (done % every == 0 || done == samples) {
        synchronized (err) {
          err.print("\r" + console.t("sensitivity.progress", done, samples));
          if (done == samples) {
            err.print("\r\u001b[K");
          }
          err.flush();
        }
      }
    };
  }
}
