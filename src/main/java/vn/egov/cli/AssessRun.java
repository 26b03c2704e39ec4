package vn.egov.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.egov.assess.Assessment;
import vn.egov.assess.InputsRead;
import vn.egov.model.Problem;
import vn.egov.model.Results;
import vn.egov.model.UnitStatus;
import vn.egov.output.Manifest;
import vn.egov.output.OutputFolder;
import vn.egov.output.Why;
import vn.egov.output.OutputContext;
import vn.egov.output.OutputFormat;
import vn.egov.report.OutputFormats;

/** Runs an assessment for {@code assess} and {@code demo}: prints problems, writes outputs. */
final class AssessRun {
  private AssessRun() {}

  /**
   * The exit code and, when the criteria set was valid, the results, the files written and the
   * closing summary line (printed by the caller, last).
   */
  record Done(ExitCode code, Results results, List<Path> written, String summary) {}

  static Done run(
      EgovCommand top, Console console, Assessment.Request request, Path outDir, List<OutputFormat<Results>> formats, Options options) {
    long started = System.nanoTime();
    // everything that can fail is decided before the first output is replaced (SPEC §4 "Safe runs")
    List<Path> readOnly = new ArrayList<>(List.of(request.criteria()));
    if (request.units() != null) {
      readOnly.add(request.units());
    }
    if (options.previousFile() != null) {
      readOnly.add(options.previousFile());
    }
    try {
      OutputFolder.check(outDir, request.inputs(), readOnly, OutputFormats::owns);
    } catch (OutputFolder.Refused r) {
      return refused(console, r, outDir);
    }
    InputsRead.Snapshot before = InputsRead.before(request, options.previousFile());
    Progress progress = Progress.of(top, console);
    Assessment.Outcome outcome = Assessment.run(request, progress);
    progress.clear(); // the problems come next, each on a line of its own
    if (outcome.criteria() == null) {
      console.problems(outcome.criteriaProblems());
      long errors = outcome.criteriaProblems().stream().filter(Problem::isError).count();
      console.summary(console.t("check.invalid", request.criteriaShown(), errors, outcome.criteriaProblems().size() - errors));
      boolean unreadable = outcome.criteriaProblems().stream().anyMatch(Problem::unreadableFile);
      return new Done(unreadable ? ExitCode.IO : ExitCode.USAGE, null, List.of(), null);
    }
    top.adoptLanguage(console, outcome.criteria().language());
    Results results = outcome.results();
    if (request.previous() == null) { // assess: last year's results come with the options
      List<Problem> crosswalk = Assessment.crosswalkWarnings(options.previous(), results.units());
      if (!crosswalk.isEmpty()) {
        List<Problem> all = new ArrayList<>(results.problems());
        all.addAll(crosswalk);
        results = new Results(results.criteria(), results.units(), all);
      }
    }
    if (outcome.unreadable()) {
      // an input path missing or unreadable: the ranking would be made without it, so the run
      // stops and says only why (which units sent nothing, say, follows from what was not read)
      console.problems(results.problems().stream().filter(Problem::unreadableFile).toList());
      console.summary(console.t("output.kept", outDir));
      return new Done(ExitCode.IO, results, List.of(), null);
    }
    console.problems(results.problems());
    vn.egov.assess.Stopwatch.lap("print problems");
    List<Manifest.FileHash> inputs = before.hashIfUnchanged(outcome.files());
    if (inputs == null) {
      console.problems(before.changed());
      console.summary(console.t("output.kept", outDir));
      return new Done(ExitCode.IO, results, List.of(), null);
    }
    vn.egov.assess.Stopwatch.lap("hash inputs");
    ExitCode code = results.hasErrors() ? ExitCode.INVALID_DATA : ExitCode.OK;
    List<Path> written;
    try (OutputFolder folder = OutputFolder.open(outDir)) {
      written = write(console, folder, results, formats, options, record(inputs, request, formats, options, console), progress);
    } catch (OutputFolder.Refused r) {
      return refused(console, r, outDir);
    } catch (IOException e) {
      console.problems(List.of(Problem.error(vn.egov.model.Location.of(outDir.toString()), "output.unwritable", outDir, words(console, Why.of(e)))));
      console.summary(console.t("output.kept", outDir));
      return new Done(ExitCode.IO, results, List.of(), null);
    }
    long units = results.units().size();
    long scored = results.units().stream().filter(u -> u.status() == UnitStatus.SCORED).count();
    long missing = results.units().stream().filter(u -> u.status() == UnitStatus.NOT_SUBMITTED).count();
    long rejected = results.units().stream().filter(u -> u.status() == UnitStatus.REJECTED).count();
    long errors = results.problems().stream().filter(Problem::isError).count();
    long warnings = results.problems().size() - errors;
    BigDecimal seconds = BigDecimal.valueOf(System.nanoTime() - started, 9);
    String summary =
        console.t(
            "assess.summary",
            units,
            scored,
            missing,
            rejected,
            errors,
            warnings,
            console.num(seconds.setScale(1, java.math.RoundingMode.HALF_UP), 1),
            outDir);
    return new Done(code, results, written, summary);
  }

  /** Writes every format into the staging folder, then publishes; the files now in the folder. */
  private static List<Path> write(
      Console console,
      OutputFolder folder,
      Results results,
      List<OutputFormat<Results>> formats,
      Options options,
      Manifest record,
      Progress progress)
      throws IOException {
    OutputContext context =
        new OutputContext(folder.staging(), console.messages(), EgovCommand.Version.number(), options.date(), options.previous());
    List<Path> staged = new ArrayList<>();
    try {
      for (int i = 0; i < formats.size(); i++) {
        progress.outputsWritten(i, formats.size());
        staged.addAll(formats.get(i).write(results, context));
        vn.egov.assess.Stopwatch.lap("write " + formats.get(i).name());
      }
    } finally {
      progress.clear();
    }
    OutputFolder.Published p = folder.publish(staged, record, OutputFormats::owns);
    vn.egov.assess.Stopwatch.lap("publish, manifest");
    if (!p.removed().isEmpty()) {
      console.info(console.t("output.removed", p.removed().size(), p.removed().get(0)));
    }
    if (!p.foreign().isEmpty()) {
      List<String> some = p.foreign().subList(0, Math.min(3, p.foreign().size()));
      console.problems(
          List.of(
              Problem.warning(
                  vn.egov.model.Location.of(folder.path().toString()),
                  "output.foreign",
                  p.foreign().size(),
                  String.join(", ", some) + (p.foreign().size() > some.size() ? ", …" : ""))));
    }
    return p.files();
  }

  /** The refusal in words, and the exit code: 2 for the way egov was called, 3 otherwise. */
  private static Done refused(Console console, OutputFolder.Refused r, Path outDir) {
    Object[] args = r.args();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Why w) {
        args[i] = words(console, w);
      }
    }
    console.problems(List.of(Problem.error(vn.egov.model.Location.of(outDir.toString()), r.key(), args)));
    console.summary(console.t("output.kept", outDir));
    return new Done(r.usage() ? ExitCode.USAGE : ExitCode.IO, null, List.of(), null);
  }

  static String words(Console console, Why w) {
    return w.key() != null ? console.t(w.key()) : w.raw();
  }

  /** Output options besides the formats: the date to print and last year's results. */
  record Options(java.time.LocalDate date, vn.egov.model.Previous previous, Path previousFile) {
    static final Options NONE = new Options(null, null, null);

    Options(java.time.LocalDate date, vn.egov.model.Previous previous) {
      this(date, previous, null);
    }
  }

  /**
   * {@code manifest.json} without its outputs: the tool version, options and the inputs as they
   * were read. Made here rather than as an output format because it must be written whatever
   * --formats says, after every other output, and it needs the input files and options, which
   * formats never see.
   */
  private static Manifest record(
      List<Manifest.FileHash> inputs, Assessment.Request request, List<OutputFormat<Results>> formats, Options options, Console console) {
    Manifest.Options used =
        new Manifest.Options(
            formats.stream().map(OutputFormat::name).toList(),
            request.strict(),
            request.decimal().name().toLowerCase(java.util.Locale.ROOT),
            console.messages().language(),
            options.date());
    return new Manifest(EgovCommand.Version.number(), used, inputs, List.of());
  }

  /** The formats named by --formats (the defaults without it), or a usage problem. */
  static List<OutputFormat<Results>> formats(List<String> names, Console console, picocli.CommandLine.Model.CommandSpec spec) {
    return Outputs.choose(OutputFormats.ASSESS, names, console, spec);
  }
}
