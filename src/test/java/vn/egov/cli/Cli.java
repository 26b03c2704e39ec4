package vn.egov.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs egov in-process, as the tests' command line. */
public final class Cli {
  private Cli() {}

  /** What a run printed and returned. */
  public record Run(int exit, String out, String err) {}

  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), false);
    return new Run(code, out.toString(), err.toString());
  }
}
