package vn.egov.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import vn.egov.model.Location;
import vn.egov.model.Problem;
import vn.egov.output.Formats;
import vn.egov.output.OutputContext;
import vn.egov.output.OutputFormat;
import vn.egov.output.Why;

/** How every command picks its output formats and how compare, trend and sensitivity write theirs. */
final class Outputs {
  private Outputs() {}

  /** The formats named by {@code --formats} (the defaults when it is not given), or a usage error. */
  static <S> List<OutputFormat<S>> choose(Formats<S> formats, List<String> words, Console console, CommandSpec spec) {
    try {
      return formats.choose(words);
    } catch (Formats.Unknown u) {
      String hint = u.suggestion() == null ? "" : ". " + console.t("explain.did_you_mean", u.suggestion());
      throw new ParameterException(spec.commandLine(), console.t("format.unknown", u.name(), u.known()) + hint);
    }
  }

  /**
   * Writes the chosen formats into {@code dir} (created if needed), naming each file written; a
   * folder that cannot be written is one problem line.
   *
   * @return {@link ExitCode#OK}, or {@link ExitCode#IO} when a file could not be written
   */
  static <S> ExitCode write(S subject, List<OutputFormat<S>> chosen, Path dir, Console console) {
    try {
      Files.createDirectories(dir);
      OutputContext context = new OutputContext(dir, console.messages(), EgovCommand.Version.number(), null, null);
      for (Path p : Formats.write(subject, context, chosen)) {
        console.note(console.t("output.written", p));
      }
      return ExitCode.OK;
    } catch (IOException e) {
      console.problems(
          List.of(Problem.error(Location.of(dir.toString()), "output.unwritable", dir, AssessRun.words(console, Why.of(e)))));
      return ExitCode.IO;
    }
  }
}
