package vn.egov.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.egov.assess.Assessment;
import vn.egov.model.Problem;
import vn.egov.model.Results;
import vn.egov.model.UnitStatus;
import vn.egov.report.OutputContext;
import vn.egov.report.OutputFormat;
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
      EgovCommand top, Console console, Assessment.Request request, Path outDir, List<OutputFormat> formats, Options options) {
    long started = System.nanoTime();
    Assessment.Outcome outcome = Assessment.run(request);
    if (outcome.criteria() == null) {
      console.problems(outcome.criteriaProblems());
      long errors = outcome.criteriaProblems().stream().filter(Problem::isError).count();
      console.summary(console.t("check.invalid", request.criteriaShown(), errors, outcome.criteriaProblems().size() - errors));
      boolean unreadable = outcome.criteriaProblems().stream().anyMatch(Problem::unreadableFile);
      return new Done(unreadable ? ExitCode.IO : ExitCode.USAGE, null, List.of(), null);
    }
    top.adoptLanguage(console, outcome.criteria().language());
    Results results = outcome.results();
    console.problems(results.problems());
    vn.egov.assess.Stopwatch.lap("print problems");
    List<Path> written = new ArrayList<>();
    ExitCode code = results.hasErrors() ? ExitCode.INVALID_DATA : ExitCode.OK;
    if (outcome.unreadable()) {
      code = code.worst(ExitCode.IO);
    }
    OutputContext context =
        new OutputContext(outDir, console.messages(), EgovCommand.Version.number(), options.date(), options.previous());
    try {
      Files.createDirectories(outDir);
      for (OutputFormat f : formats) {
        written.addAll(f.write(results, context));
        vn.egov.assess.Stopwatch.lap("write " + f.name());
      }
      // the run record, whatever --formats: written last, so it hashes every output (SECURITY.md)
      written.add(runRecord(outDir, written, request, formats, options, console).write(outDir));
      vn.egov.assess.Stopwatch.lap("write manifest");
    } catch (IOException e) {
      console.problems(List.of(Problem.error(vn.egov.model.Location.of(outDir.toString()), "file.unwritable", e.getMessage())));
      code = code.worst(ExitCode.IO);
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

  /** Output options besides the formats: the date to print and last year's results. */
  record Options(java.time.LocalDate date, vn.egov.model.Previous previous, Path previousFile) {
    static final Options NONE = new Options(null, null, null);

    Options(java.time.LocalDate date, vn.egov.model.Previous previous) {
      this(date, previous, null);
    }
  }

  /**
   * {@code manifest.json}: the tool version, options, and SHA-256 of every input and output. Made
   * here rather than as an output format because it must be written whatever --formats says,
   * after every other output, and it needs the input files and options, which formats never see.
   */
  private static vn.egov.report.Manifest runRecord(
      Path outDir, List<Path> written, Assessment.Request request, List<OutputFormat> formats, Options options, Console console)
      throws IOException {
    List<vn.egov.report.Manifest.FileHash> inputs = new ArrayList<>();
    hash(inputs, "criteria", request.criteriaShown(), request.criteria());
    for (vn.egov.ingest.InputFiles.Input in : vn.egov.ingest.InputFiles.expand(request.inputs()).files()) {
      hash(inputs, "report", in.shown(), in.path());
    }
    if (request.units() != null) {
      hash(inputs, "units", request.units().toString(), request.units());
    }
    if (options.previousFile() != null) {
      hash(inputs, "previous", options.previousFile().toString(), options.previousFile());
    }
    vn.egov.report.Manifest.Options used =
        new vn.egov.report.Manifest.Options(
            formats.stream().map(OutputFormat::name).toList(),
            request.strict(),
            request.decimal().name().toLowerCase(java.util.Locale.ROOT),
            console.messages().language(),
            options.date());
    return new vn.egov.report.Manifest(
        EgovCommand.Version.number(), used, inputs, vn.egov.report.Manifest.outputs(outDir, written));
  }

  /** Adds the file's hash; a file that cannot be read now was reported when it was read. */
  private static void hash(List<vn.egov.report.Manifest.FileHash> into, String role, String shown, Path file) {
    try {
      into.add(vn.egov.report.Manifest.FileHash.of(role, shown, file));
    } catch (IOException e) {
      // not readable: the problem was printed by the reader; the manifest lists what was hashed
    }
  }

  /** The formats named by --formats, or a usage problem. */
  static List<OutputFormat> formats(
      List<String> names, Console console, picocli.CommandLine.Model.CommandSpec spec) {
    List<OutputFormat> out = new ArrayList<>();
    for (String n : names) {
      String name = n.strip().toLowerCase(java.util.Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      OutputFormat f = OutputFormats.get(name).orElse(null);
      if (f == null) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            console.t("assess.format.unknown", name, String.join(", ", OutputFormats.names())));
      }
      if (!out.contains(f)) {
        out.add(f);
      }
    }
    return out;
  }
}
