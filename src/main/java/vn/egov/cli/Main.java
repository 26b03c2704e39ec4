package vn.egov.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of {@code egov}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
            System.console() != null));
  }

  /**
   * Runs the command line with the given writers and returns the exit code; tests call this
   * in-process.
   *
   * @param terminal whether stderr is a terminal (progress is shown only then)
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    if (vn.egov.assess.Stopwatch.ON) {
      vn.egov.assess.Stopwatch.reportTo(line -> {
        err.println(line);
        err.flush();
      });
    }
    EgovCommand top = new EgovCommand(terminal);
    CommandLine cl = new CommandLine(top);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          boolean debug = top.debug;
          err.println(
              vn.egov.text.UserText.visible(
                  top.messages().get("internal.error", ex.getClass().getSimpleName() + ": " + ex.getMessage())));
          if (debug) {
            ex.printStackTrace(err);
          }
          err.flush();
          return ExitCode.INTERNAL.code();
        });
    cl.setParameterExceptionHandler(
        (ex, args2) -> {
          CommandLine c = ex.getCommandLine();
          err.println("egov: " + vn.egov.text.UserText.visible(UsageErrors.say(ex, top.messages())));
          err.println(top.messages().get("usage.help", c.getCommandSpec().qualifiedName()));
          err.flush();
          return ExitCode.USAGE.code();
        });
    // the help and the usage shown without a command in the language --lang chose
    cl.setExecutionStrategy(
        parseResult -> {
          HelpTexts.use(cl, top.messages().language());
          return new CommandLine.RunLast().execute(parseResult);
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
