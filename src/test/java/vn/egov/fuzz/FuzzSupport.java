package vn.egov.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.egov.criteria.CriteriaLoader;
import vn.egov.ingest.DecimalMode;
import vn.egov.ingest.ReportBuilder;
import vn.egov.ingest.TableReader;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Problem;
import vn.egov.text.Messages;

/**
 * What every fuzz target shares: the criteria set the readers read against (the bad-reports
 * corpus's, which has one input of every type), a scratch file, and the properties checked after
 * each input — nothing thrown, every problem printable in both languages, bounded time.
 */
final class FuzzSupport {
  /** An input slower than this is a finding: hostile files must fail fast, not hang a run. */
  static final long MAX_MILLIS = 5_000;

  static final CriteriaSet CRITERIA = load();
  private static final Messages VI = Messages.of("vi");
  private static final Messages EN = Messages.of("en");
  private static Path scratch;

  /**
   * Loads (and, when fuzzing, instruments) the readers' classes before any input is timed: the
   * first .xls otherwise took 17 s of class loading in a fuzzing run, a false finding.
   */
  static void warmUpReaders() {
    for (String f : List.of("01-integer-typo.csv", "43-merged-unit-cells.xls", "47-percent-format.xlsx")) {
      Path p = Path.of("src/test/resources/bad-reports", f);
      new vn.egov.ingest.CsvReader(CRITERIA).read(p, f, new ReportBuilder(CRITERIA, DecimalMode.AUTO));
      new vn.egov.ingest.WorkbookReader(CRITERIA).read(p, f, new ReportBuilder(CRITERIA, DecimalMode.AUTO));
    }
  }

  private FuzzSupport() {}

  private static CriteriaSet load() {
    CriteriaLoader.Loaded l =
        CriteriaLoader.load(Path.of("src/test/resources/bad-reports/criteria.yaml"), "criteria.yaml");
    if (!l.ok()) {
      throw new IllegalStateException("fuzz criteria set does not load: " + l.problems());
    }
    return l.criteria();
  }

  /** Writes the bytes to a scratch file with the given extension (one per JVM, reused). */
  static synchronized Path file(byte[] bytes, String extension) {
    try {
      if (scratch == null) {
        scratch = Files.createTempDirectory("egov-fuzz");
        scratch.toFile().deleteOnExit();
      }
      Path f = scratch.resolve("input" + extension);
      Files.write(f, bytes);
      f.toFile().deleteOnExit();
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a file the way {@code assess} does (values parsed per input type); its problems. */
  static List<Problem> read(TableReader reader, Path file) {
    ReportBuilder sink = new ReportBuilder(CRITERIA, DecimalMode.AUTO);
    long started = System.nanoTime();
    reader.read(file, "fuzz" + extensionOf(file), sink);
    ReportBuilder.Ingested ingested = sink.result();
    assertFast(started);
    assertPrintable(ingested.problems());
    return ingested.problems();
  }

  static void assertFast(long startedNanos) {
    long millis = (System.nanoTime() - startedNanos) / 1_000_000;
    assertThat(millis).as("milliseconds for one input").isLessThan(MAX_MILLIS);
  }

  /** Every problem has a message in both languages (an unknown key would throw when printed). */
  static void assertPrintable(List<Problem> problems) {
    for (Problem p : problems) {
      VI.render(p.message());
      EN.render(p.message());
      assertThat(p.location().toString()).isNotNull();
    }
  }

  private static String extensionOf(Path file) {
    String n = file.getFileName().toString();
    return n.substring(n.lastIndexOf('.'));
  }
}
