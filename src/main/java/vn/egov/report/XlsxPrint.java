package vn.egov.report;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How the sheets of {@code ranking.xlsx} print: A4 landscape, one page wide (as many pages down as
 * needed), the header rows repeated on every page, a print area, page numbers at the foot. The
 * ranking sheets' columns are sized so that one page wide keeps the text at 9 pt or more.
 */
final class XlsxPrint {
  /** Side margins (inches); top and bottom are a little wider, for the page number. */
  static final double SIDE = 0.4;

  private XlsxPrint() {}

  /**
   * Print setup of a sheet: rows {@code 0 … lastRow} and columns {@code 0 … lastCol} printed,
   * rows {@code firstHeader … lastHeader} repeated on every page.
   */
  static void landscape(XSSFWorkbook wb, XSSFSheet sh, int firstHeader, int lastHeader, int lastRow, int lastCol) {
    PrintSetup ps = sh.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(true);
    sh.setFitToPage(true);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sh.setAutobreaks(true);
    sh.setMargin(PageMargin.LEFT, SIDE);
    sh.setMargin(PageMargin.RIGHT, SIDE);
    sh.setMargin(PageMargin.TOP, 0.6);
    sh.setMargin(PageMargin.BOTTOM, 0.6);
    sh.setMargin(PageMargin.HEADER, 0.3);
    sh.setMargin(PageMargin.FOOTER, 0.3);
    sh.setHorizontallyCenter(true);
    sh.setRepeatingRows(new CellRangeAddress(firstHeader, lastHeader, -1, -1));
    wb.setPrintArea(wb.getSheetIndex(sh), 0, lastCol, 0, Math.max(lastRow, lastHeader));
    sh.getFooter().setCenter("&P / &N");
  }

  /** A ranking sheet, printed as the decision's annex: its title rows on the first page only. */
  static void annex(XSSFWorkbook wb, XSSFSheet sh, int headerRow, int lastRow, int lastCol) {
    landscape(wb, sh, headerRow, headerRow, lastRow, lastCol);
  }

  /**
   * The criterion × unit matrix: too wide for one page, so it prints at 80 % across as many pages
   * as it needs, each with the header rows ({@code 0 … lastHeader}) and the criterion columns
   * ({@code 0 … lastFixedCol}) repeated.
   */
  static void matrix(XSSFSheet sh, int lastHeader, int lastFixedCol) {
    PrintSetup ps = sh.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(true);
    ps.setScale((short) 80);
    sh.setMargin(PageMargin.LEFT, SIDE);
    sh.setMargin(PageMargin.RIGHT, SIDE);
    sh.setRepeatingRows(new CellRangeAddress(0, lastHeader, -1, -1));
    sh.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, lastFixedCol));
    sh.getFooter().setCenter("&P / &N");
  }
}
