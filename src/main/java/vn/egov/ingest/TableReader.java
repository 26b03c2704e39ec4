package vn.egov.ingest;

import java.nio.file.Path;

/** Reads one kind of self-report file (CSV, workbook) into a {@link ReportSink}. */
public interface TableReader {
  /** Whether the reader handles this file name. */
  boolean accepts(Path file);

  /**
   * Reads the file; every problem goes to the sink, nothing is thrown for bad content.
   *
   * @param shown the file name as printed in problems
   */
  void read(Path file, String shown, ReportSink sink);
}
