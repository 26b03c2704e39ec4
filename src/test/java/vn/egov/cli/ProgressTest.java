package vn.egov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.text.Messages;

/** The progress line of long runs (SPEC §4): on a terminal only, never with --quiet, cleared at the end. */
class ProgressTest {
  private static final String CLEAR = "\r\u001b[K";

  private static Cli.Run run(boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), terminal);
    return new Cli.Run(code, out.toString(), err.toString());
  }

  @Test
  void linesSayFilesUnitsOutputsAndTimeAndAreThrottled() {
    StringWriter err = new StringWriter();
    PrintWriter w = new PrintWriter(err);
    Console console = new Console(new PrintWriter(new StringWriter()), w, false, false, Messages.of("vi"));
    AtomicLong now = new AtomicLong(0);
    Progress p = new Progress(w, console, true, now::get);
    now.set(50_000_000L);
    p.filesRead(1, 3);
    now.set(60_000_000L);
    p.filesRead(2, 3); // within 0,1 s of the last line: not printed
    now.set(1_250_000_000L);
    p.filesRead(3, 3); // the last file: always printed
    p.unitsScored(36);
    p.outputsWritten(1, 5);
    assertThat(err.toString())
        .isEqualTo(
            CLEAR + "đã đọc 1/3 tệp · 0,1 giây"
                + CLEAR + "đã đọc 3/3 tệp · 1,3 giây"
                + CLEAR + "đã đọc 3/3 tệp · 36 đơn vị đã chấm điểm · 1,3 giây"
                + CLEAR + "đã đọc 3/3 tệp · 36 đơn vị đã chấm điểm · đã ghi 1/5 loại kết quả · 1,3 giây");
    p.clear();
    assertThat(err.toString()).endsWith(CLEAR);
  }

  @Test
  void hiddenProgressPrintsNothing() {
    StringWriter err = new StringWriter();
    PrintWriter w = new PrintWriter(err);
    Console console = new Console(new PrintWriter(new StringWriter()), w, false, false, Messages.of("vi"));
    Progress p = new Progress(w, console, false, System::nanoTime);
    p.filesRead(1, 1);
    p.unitsScored(1);
    p.outputsWritten(1, 1);
    p.clear();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void assessShowsProgressOnATerminalOnly(@TempDir Path tmp) {
    String[] args = {
      "assess", "-c", "criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/wide", "--units", "samples/phu-tho-2018/units.csv",
      "--formats", "json,csv", "-o", ""
    };
    args[args.length - 1] = tmp.resolve("t").toString();
    Cli.Run terminal = run(true, args);
    assertThat(terminal.exit()).isZero();
    assertThat(terminal.err()).contains(CLEAR + "đã đọc ").contains("36 đơn vị đã chấm điểm").contains("đã ghi 1/2 loại kết quả");
    // cleared before the problems and before the summary: no line starts inside the progress line
    for (String line : terminal.err().split("\n")) {
      assertThat(line.lastIndexOf('\r')).as(line).isLessThanOrEqualTo(line.lastIndexOf(CLEAR));
    }
    assertThat(terminal.err().substring(terminal.err().lastIndexOf(CLEAR) + CLEAR.length()))
        .startsWith("38 đơn vị: 36 đã chấm điểm");

    args[args.length - 1] = tmp.resolve("r").toString();
    assertThat(run(false, args).err()).doesNotContain("\r").doesNotContain("đã đọc");
    String[] quiet = new String[args.length + 1];
    quiet[0] = "--quiet";
    System.arraycopy(args, 0, quiet, 1, args.length);
    quiet[quiet.length - 1] = tmp.resolve("q").toString();
    Cli.Run q = run(true, quiet);
    assertThat(q.exit()).as(q.err()).isZero();
    assertThat(q.err()).doesNotContain("\r").doesNotContain("đã đọc");
  }

  @Test
  void validateShowsFilesReadOnATerminal() {
    Cli.Run r =
        run(true, "validate", "-c", "criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/wide", "--units", "samples/phu-tho-2018/units.csv");
    assertThat(r.err()).contains(CLEAR + "đã đọc ");
  }

  @Test
  void templateShowsTemplatesWrittenOnATerminal(@TempDir Path tmp) {
    Cli.Run r =
        run(true, "template", "-c", "criteria/phu-tho-2018.yaml", "--units", "samples/phu-tho-2018/units.csv",
            "-o", tmp.resolve("mau").toString(), "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains(CLEAR + "đã ghi 38/38 mẫu báo cáo");
    assertThat(r.out()).doesNotContain("\r");
  }
}
