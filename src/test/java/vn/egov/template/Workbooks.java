package vn.egov.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading written templates back with POI, for the tests. */
final class Workbooks {
  static final int HEADER_ROW = 6;

  private Workbooks() {}

  static XSSFWorkbook open(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(XSSFSheet sheet, String a1) {
    org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(a1);
    XSSFRow row = sheet.getRow(ref.getRow());
    XSSFCell cell = row == null ? null : row.getCell(ref.getCol());
    return cell == null ? "" : cell.getStringCellValue();
  }

  static String text(XSSFRow row, int col) {
    XSSFCell c = row.getCell(col);
    return c == null ? "" : c.getStringCellValue();
  }

  /** The input ids of column B below the header, in order. */
  static List<String> inputIds(XSSFSheet sheet) {
    List<String> out = new ArrayList<>();
    for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
      XSSFRow row = sheet.getRow(r);
      if (row != null && !text(row, 1).isEmpty()) {
        out.add(text(row, 1));
      }
    }
    return out;
  }

  /** The row whose column {@code col} holds {@code value}. */
  static XSSFRow row(XSSFSheet sheet, int col, String value) {
    for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
      XSSFRow row = sheet.getRow(r);
      if (row != null && text(row, col).equals(value)) {
        return row;
      }
    }
    throw new AssertionError("no row with " + value + " in column " + col);
  }

  static XSSFRow inputRow(XSSFSheet sheet, String inputId) {
    return row(sheet, 1, inputId);
  }

  static XSSFRow criterionRow(XSSFSheet sheet, String criterionId) {
    return row(sheet, 0, criterionId);
  }

  /** The validation covering a cell, or {@code null}. */
  static DataValidation validationAt(XSSFSheet sheet, int row, int col) {
    for (DataValidation v : sheet.getDataValidations()) {
      for (CellRangeAddress a : v.getRegions().getCellRangeAddresses()) {
        if (a.isInRange(row, col)) {
          return v;
        }
      }
    }
    return null;
  }
}
