package vn.egov.report;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writing cells and naming sheets of {@code ranking.xlsx}. */
final class XlsxCells {
  /** Excel's longest sheet name. */
  static final int SHEET_NAME_MAX = 31;

  private XlsxCells() {}

  static XSSFRow row(XSSFSheet sheet, int index) {
    XSSFRow r = sheet.getRow(index);
    return r != null ? r : sheet.createRow(index);
  }

  static XSSFCell text(XSSFRow row, int col, String value, CellStyle style) {
    XSSFCell c = row.createCell(col);
    if (value != null) {
      c.setCellValue(value);
    }
    if (style != null) {
      c.setCellStyle(style);
    }
    return c;
  }

  /**
   * A figure as a numeric cell holding the exact decimal text ({@code 95.1}), not the text of a
   * double: the file carries the published figure, whatever binary rounding would do.
   */
  static XSSFCell number(XSSFRow row, int col, BigDecimal value, int precision, CellStyle style) {
    XSSFCell c = row.createCell(col);
    if (value != null) {
      c.setCellValue(0d); // makes the cell numeric; the value is set exactly below
      c.getCTCell().setV(Cells.figure(value, precision).toPlainString());
    }
    if (style != null) {
      c.setCellStyle(style);
    }
    return c;
  }

  // ---- the same for a streamed sheet (a national run's matrix, see XlsxSheets#matrix) ----

  static org.apache.poi.ss.usermodel.Row row(org.apache.poi.ss.usermodel.Sheet sheet, int index) {
    org.apache.poi.ss.usermodel.Row r = sheet.getRow(index);
    return r != null ? r : sheet.createRow(index);
  }

  static void text(org.apache.poi.ss.usermodel.Row row, int col, String value, CellStyle style) {
    if (row instanceof XSSFRow x) {
      text(x, col, value, style);
      return;
    }
    org.apache.poi.ss.usermodel.Cell c = row.createCell(col);
    if (value != null) {
      c.setCellValue(value);
    }
    if (style != null) {
      c.setCellStyle(style);
    }
  }

  /**
   * A figure in a streamed sheet, which can only hold a double: the double nearest the figure,
   * written as the shortest text that reads back as it, which for published figures (a few
   * decimals) is the figure itself ({@code 95.1}; trailing zeros are the number format's).
   */
  static void number(org.apache.poi.ss.usermodel.Row row, int col, BigDecimal value, int precision, CellStyle style) {
    if (row instanceof XSSFRow x) {
      number(x, col, value, precision, style);
      return;
    }
    org.apache.poi.ss.usermodel.Cell c = row.createCell(col);
    if (value != null) {
      c.setCellValue(Cells.figure(value, precision).doubleValue());
    }
    if (style != null) {
      c.setCellStyle(style);
    }
  }

  /** A whole number (STT, rank), in a held or a streamed sheet alike. */
  static void integer(org.apache.poi.ss.usermodel.Row row, int col, long value, CellStyle style) {
    org.apache.poi.ss.usermodel.Cell c = row.createCell(col);
    c.setCellValue(value);
    if (style != null) {
      c.setCellStyle(style);
    }
  }


  /**
   * A sheet name Excel accepts and no other sheet has (case-insensitively): at most 31 characters,
   * none of {@code [ ] : * ? / \}, no apostrophe at either end, not the reserved "History";
   * duplicates get " (2)", " (3)" ….
   *
   * @param taken lower-case names already used; the new name is added
   */
  static String sheetName(String wanted, String fallback, Set<String> taken) {
    String base = clean(wanted);
    if (base.isEmpty()) {
      base = clean(fallback);
    }
    if (base.isEmpty()) {
      base = "Sheet";
    }
    base = cut(base, SHEET_NAME_MAX);
    String name = base;
    for (int n = 2; "history".equals(name.toLowerCase(Locale.ROOT)) || !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = cut(base, SHEET_NAME_MAX - suffix.length()) + suffix;
    }
    return name;
  }

  private static String clean(String s) {
    if (s == null) {
      return "";
    }
    String out = s.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
    while (out.startsWith("'")) {
      out = out.substring(1).strip();
    }
    while (out.endsWith("'")) {
      out = out.substring(0, out.length() - 1).strip();
    }
    return out;
  }

  /** At most {@code max} UTF-16 units, never half a surrogate pair, no trailing space. */
  private static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end).strip();
  }
}
