package vn.egov.analysis;

/**
 * Cells of the analysis CSV files (written by {@link vn.egov.output.CsvFiles}): text from the
 * inputs neutralised against formula injection.
 */
final class Csv {
  private Csv() {}

  /** Text a unit typed, safe in a spreadsheet cell: {@link vn.egov.text.UserText#cell}. */
  static String safe(String s) {
    return vn.egov.text.UserText.cell(s);
  }
}
