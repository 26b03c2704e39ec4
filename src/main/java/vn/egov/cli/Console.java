package vn.egov.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import vn.egov.model.Problem;
import vn.egov.text.Messages;
import vn.egov.text.Numbers;
import vn.egov.text.UserText;

/**
 * What commands print: results on stdout; problems, progress and notes on stderr. Every line goes
 * through {@link UserText#visible}, colour or not: names, values and file names come from users'
 * files, and an escape sequence or a bell in one of them must reach the terminal as something to
 * read ({@code ␛[2J}), never as a command to it. A problem is one line whatever its message holds.
 */
final class Console {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean color;
  private Messages messages;

  Console(PrintWriter out, PrintWriter err, boolean quiet, boolean color, Messages messages) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
    this.color = color;
    this.messages = messages;
  }

  Messages messages() {
    return messages;
  }

  /** stderr itself, for the progress line (which rewrites itself in place). */
  PrintWriter err() {
    return err;
  }

  void language(Messages m) {
    this.messages = m;
  }

  String lang() {
    return messages.language();
  }

  String t(String key, Object... args) {
    return messages.get(key, args);
  }

  String num(BigDecimal v, int precision) {
    return Numbers.show(v, precision, messages.language());
  }

  /** A result line on stdout (kept with --quiet: it is what was asked for). */
  void result(String line) {
    out.println(UserText.visible(line));
  }

  /** A problem as a result line on stdout ({@code validate}): {@link #format}ted, in colour if asked. */
  void resultProblem(Problem p) {
    out.println(format(p));
  }

  /** A note on stdout that --quiet leaves out. */
  void note(String line) {
    if (!quiet) {
      out.println(UserText.visible(line));
    }
  }

  /** A line about what the run did, on stderr before the summary (stdout stays data); not with --quiet. */
  void info(String line) {
    if (!quiet) {
      err.println(line);
    }
  }

  /** Problems on stderr, one per line, like a compiler. */
  void problems(List<Problem> problems) {
    // a national run can have tens of thousands: lines made on both cores, written in blocks
    List<String> lines =
        problems.size() < 1000 ? problems.stream().map(this::format).toList() : problems.parallelStream().map(this::format).toList();
    StringBuilder block = new StringBuilder();
    String newline = System.lineSeparator();
    for (String line : lines) {
      block.append(line).append(newline);
      if (block.length() > 1 << 16) {
        err.write(block.toString());
        block.setLength(0);
      }
    }
    err.write(block.toString());
    err.flush();
  }

  /** A problem as one line, its texts made visible (see the class); the severity coloured if asked. */
  String format(Problem p) {
    String severity = p.isError() ? t("severity.error") : t("severity.warning");
    if (color) {
      severity = (p.isError() ? "\u001b[31m" : "\u001b[33m") + severity + "\u001b[0m";
    }
    StringBuilder rest = new StringBuilder(messages.render(p.message()));
    if (p.unit() != null || p.input() != null) {
      rest.append(" [");
      if (p.unit() != null) {
        rest.append(t("problem.unit", p.unit()));
      }
      if (p.input() != null) {
        rest.append(p.unit() != null ? ", " : "").append(t("problem.input", p.input()));
      }
      rest.append(']');
    }
    return oneLine(p.location().toString()) + ": " + severity + ": " + oneLine(rest.toString());
  }

  /** Visible, and on one line: a line break in a check's message or a file name is a space. */
  private static String oneLine(String s) {
    String v = UserText.visible(s);
    return v.indexOf('\n') < 0 && v.indexOf('\t') < 0 ? v : v.replace('\n', ' ').replace('\t', ' ');
  }

  /** The closing one-line summary, on stderr so that stdout stays data. */
  void summary(String line) {
    if (!quiet) {
      err.println(UserText.visible(line));
      err.flush();
    }
  }

  void flush() {
    out.flush();
    err.flush();
  }
}
