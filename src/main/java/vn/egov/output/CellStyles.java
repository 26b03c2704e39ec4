package vn.egov.output;

import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Cell styles every workbook egov writes shares: table cells with thin borders, header rows. */
public final class CellStyles {
  private CellStyles() {}

  /** {@code s} with thin borders on all four sides. */
  public static <S extends CellStyle> S bordered(S s) {
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    return s;
  }

  /** Row 0 of {@code sheet}: the labels in {@code style}. */
  public static void headerRow(Sheet sheet, List<String> labels, CellStyle style) {
    Row h = sheet.createRow(0);
    for (int i = 0; i < labels.size(); i++) {
      Cell cell = h.createCell(i);
      cell.setCellValue(labels.get(i));
      cell.setCellStyle(style);
    }
  }

  /**
   * The header row of an analysis table (compare, trend): {@code font}, grey 25 %, a thin line
   * below, wrapped.
   */
  public static CellStyle header(Workbook wb, Font font) {
    CellStyle head = wb.createCellStyle();
    head.setFont(font);
    head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    head.setBorderBottom(BorderStyle.THIN);
    head.setWrapText(true);
    return head;
  }
}
