package vn.egov.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.egov.output.CsvFiles;

/**
 * The analysis CSV files: UTF-8 with a BOM (so that Excel shows Vietnamese names), RFC 4180 with
 * CRLF, numbers with a dot, written atomically; text from the inputs neutralised against formula
 * injection.
 */
final class Csv {
  private Csv() {}

  static Path write(Path target, List<String> header, List<List<String>> rows) throws IOException {
    return CsvFiles.write(target, header, rows);
  }

  /** Text a unit typed, safe in a spreadsheet cell: {@link vn.egov.text.UserText#cell}. */
  static String safe(String s) {
    return vn.egov.text.UserText.cell(s);
  }
}
