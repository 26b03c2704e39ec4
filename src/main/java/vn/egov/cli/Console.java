package vn.egov.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import vn.egov.model.Problem;
import vn.egov.text.Messages;
import vn.egov.text.Numbers;

/** What commands print: results on stdout; problems, progress and notes on stderr. */
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
    out.println(line);
  }

  /** A note on stdout that --quiet leaves out. */
  void note(String line) {
    if (!quiet) {
      out.println(line);
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

  String format(Problem p) {
    String severity = p.isError() ? t("severity.error") : t("severity.warning");
    if (color) {
      severity = (p.isError() ? "\u001b[31m" : "\u001b[33m") + severity + "\u001b[0m";
    }
    StringBuilder line = new StringBuilder();
    line.append(p.location()).append(": ").append(severity).append(": ").append(messages.render(p.message()));
    if (p.unit() != null || p.input() != null) {
      line.append(" [");
      if (p.unit() != null) {
        line.append(t("problem.unit", p.unit()));
      }
      if (p.input() != null) {
        line.append(p.unit() != null ? ", " : "").append(t("problem.input", p.input()));
      }
      line.append(']');
    }
    return line.toString();
  }

  /** The closing one-line summary, on stderr so that stdout stays data. */
  void summary(String line) {
    if (!quiet) {
      err.println(line);
      err.flush();
    }
  }

  void flush() {
    out.flush();
    err.flush();
  }
}
