package vn.egov.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.function.LongSupplier;

/**
 * The progress line of a long run (SPEC §4): files read of N, units scored, outputs written and
 * the time so far, one line on stderr rewritten in place and cleared at the end. Shown only when
 * stderr is a terminal and {@code --quiet} is not given; otherwise every call does nothing. The
 * line is rewritten at most every {@link #EVERY_NANOS}, so a run of thousands of files does not
 * spend its time printing.
 */
final class Progress implements vn.egov.assess.Progress {
  static final long EVERY_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final Console console;
  private final boolean shown;
  private final LongSupplier clock;
  private final long started;
  private long last = Long.MIN_VALUE;
  private int filesDone;
  private int filesTotal;
  private int units = -1;
  private int templatesDone;
  private int templatesTotal;
  private int outputsDone;
  private int outputsTotal;
  private boolean printed;

  Progress(PrintWriter err, Console console, boolean shown, LongSupplier clock) {
    this.err = err;
    this.console = console;
    this.shown = shown;
    this.clock = clock;
    this.started = clock.getAsLong();
  }

  /** The progress of a command: shown only on a terminal without {@code --quiet}. */
  static Progress of(EgovCommand top, Console console) {
    return new Progress(console.err(), console, top.terminal() && !top.quiet, System::nanoTime);
  }

  @Override
  public synchronized void filesRead(int done, int total) {
    filesDone = done;
    filesTotal = total;
    show(done == total);
  }

  @Override
  public synchronized void unitsScored(int n) {
    units = n;
    show(true);
  }

  synchronized void templatesWritten(int done, int total) {
    templatesDone = done;
    templatesTotal = total;
    show(done == total);
  }

  synchronized void outputsWritten(int done, int total) {
    outputsDone = done;
    outputsTotal = total;
    show(true);
  }

  /** The line as it stands, e.g. "đã đọc 120/3.321 tệp · 0 đơn vị đã chấm điểm · 3,2 giây". */
  synchronized String line() {
    StringBuilder s = new StringBuilder();
    if (filesTotal > 0) {
      s.append(console.t("progress.files", filesDone, filesTotal));
    }
    if (units >= 0) {
      s.append(s.length() > 0 ? " · " : "").append(console.t("progress.units", units));
    }
    if (templatesTotal > 0) {
      s.append(s.length() > 0 ? " · " : "").append(console.t("progress.templates", templatesDone, templatesTotal));
    }
    if (outputsTotal > 0) {
      s.append(s.length() > 0 ? " · " : "").append(console.t("progress.outputs", outputsDone, outputsTotal));
    }
    BigDecimal seconds = BigDecimal.valueOf(clock.getAsLong() - started, 9).setScale(1, java.math.RoundingMode.HALF_UP);
    s.append(s.length() > 0 ? " · " : "").append(console.t("progress.seconds", console.num(seconds, 1)));
    return s.toString();
  }

  private void show(boolean now) {
    if (!shown) {
      return;
    }
    long t = clock.getAsLong();
    if (!now && last != Long.MIN_VALUE && t - last < EVERY_NANOS) {
      return;
    }
    last = t;
    err.print("\r\u001b[K" + line());
    err.flush();
    printed = true;
  }

  /** Clears the line, so what follows starts on a clean line. */
  synchronized void clear() {
    if (printed) {
      err.print("\r\u001b[K");
      err.flush();
      printed = false;
    }
  }
}
