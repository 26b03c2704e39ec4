package vn.egov.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.egov.output.Manifest;

/** {@code egov verify}: re-checks an output folder against the manifest its run wrote. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "Check an assess output folder against its manifest.json: re-hash every output, and every"
            + " input still at its path, and print one line per file that changed, is missing or is not"
            + " listed; a folder whose run was stopped half-way is rejected.")
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand EgovCommand top;

  @Parameters(paramLabel = "DIR", description = "The output folder of egov assess.")
  Path dir;

  @Override
  public Integer call() {
    Console console = top.console();
    Manifest manifest;
    try {
      manifest = Manifest.read(dir);
    } catch (Manifest.Unreadable e) {
      String line =
          e.missing()
              ? console.t("verify.no_manifest", dir.resolve(Manifest.FILE_NAME))
              : console.t("verify.unreadable", dir.resolve(Manifest.FILE_NAME), e.getMessage());
      error(line);
      return ExitCode.IO.code();
    }
    top.adoptLanguage(console, manifest.options().lang());
    Manifest.Verified v;
    try {
      v = manifest.verify(dir, vn.egov.report.OutputFormats::owns);
    } catch (IOException e) {
      error(console.t("verify.unreadable", dir.resolve(Manifest.FILE_NAME), e.getMessage()));
      return ExitCode.IO.code();
    }
    int problems = v.mismatches().size() + v.unlisted().size();
    if (!manifest.complete()) {
      console.result(console.t("verify.interrupted", dir.resolve(Manifest.FILE_NAME)));
      problems++;
    }
    for (Manifest.Mismatch m : v.mismatches()) {
      if (m.outside()) {
        console.result(console.t("verify.outside", m.expected().path()));
      } else if (m.found() == null) {
        console.result(console.t("verify.gone", m.file()));
      } else {
        console.result(console.t("verify.changed", m.file(), m.expected().sha256(), m.found()));
      }
    }
    for (String rel : v.unlisted()) {
      console.result(console.t("verify.unlisted", dir.resolve(rel)));
    }
    console.flush();
    if (v.skipped() > 0) {
      console.summary(console.t("verify.skipped", v.skipped()));
    }
    int total = v.outputsChecked() + v.inputsChecked();
    if (problems == 0) {
      console.summary(console.t("verify.match", dir, v.outputsChecked(), v.inputsChecked()));
      return ExitCode.OK.code();
    }
    console.summary(console.t("verify.differ", dir, problems, total + v.unlisted().size()));
    return ExitCode.INVALID_DATA.code();
  }

  /** A line on stderr that --quiet keeps: why nothing could be checked. */
  private void error(String line) {
    top.spec.commandLine().getErr().println(line);
    top.spec.commandLine().getErr().flush();
  }
}
