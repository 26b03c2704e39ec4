package vn.egov.analysis;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.egov.output.AtomicFiles;

/**
 * The analysis CSV files: UTF-8 with a BOM (so that Excel shows Vietnamese names), RFC 4180 with
 * CRLF, numbers with a dot, written atomically; text from the inputs neutralised against formula
 * injection.
 */
final class Csv {
  private Csv() {}

  static Path write(Path target, List<String> header, List<List<String>> rows) throws IOException {
    return AtomicFiles.write(
        target,
        out -> {
          // buffered: encoded in blocks, not one small string at a time
          Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          w.write('\ufeff');
          CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
          try (CSVPrinter csv = new CSVPrinter(w, format)) {
            csv.printRecord(header);
            for (List<String> row : rows) {
              csv.printRecord(row);
            }
          }
        });
  }

  /** Text a unit typed, safe in a spreadsheet cell: {@link vn.egov.text.UserText#cell}. */
  static String safe(String s) {
    return vn.egov.text.UserText.cell(s);
  }
}
