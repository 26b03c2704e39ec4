package vn.egov.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file egov writes: UTF-8 with a BOM (so that Excel shows Vietnamese names), RFC 4180
 * with CRLF line ends, the header first, written atomically. What goes into the cells (numbers
 * with a dot, text neutralised against formula injection) is the caller's.
 */
public final class CsvFiles {
  /** RFC 4180 with CRLF. */
  public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private CsvFiles() {}

  /** The rows after the header. */
  @FunctionalInterface
  public interface Rows {
    void print(CSVPrinter csv) throws IOException;
  }

  public static Path write(Path target, List<String> header, List<List<String>> rows) throws IOException {
    return write(
        target,
        header,
        csv -> {
          for (List<String> row : rows) {
            csv.printRecord(row);
          }
        });
  }

  public static Path write(Path target, List<String> header, Rows rows) throws IOException {
    return AtomicFiles.write(
        target,
        out -> {
          // buffered: encoded in blocks, not one small string at a time
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          print(w, header, rows);
        });
  }

  /** The BOM, the header and the rows into {@code w}, which is flushed and closed. */
  public static void print(Writer w, List<String> header, Rows rows) throws IOException {
    w.write('\ufeff');
    try (CSVPrinter csv = new CSVPrinter(w, FORMAT)) {
      csv.printRecord(header);
      rows.print(csv);
    }
  }
}
