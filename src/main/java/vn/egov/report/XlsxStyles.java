package vn.egov.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.egov.output.CellStyles;

/** The cell styles of {@code ranking.xlsx}, created once per workbook. */
final class XlsxStyles {
  private static final String FONT = "Times New Roman";

  final XSSFCellStyle title;
  final XSSFCellStyle subtitle;
  final XSSFCellStyle header;
  final XSSFCellStyle text;
  final XSSFCellStyle textBold;
  final XSSFCellStyle centre;
  final XSSFCellStyle number;
  final XSSFCellStyle numberBold;
  final XSSFCellStyle integer;
  /** The number format of figures: as many decimals as the criteria set's precision. */
  final String figureFormat;

  private final XSSFWorkbook wb;
  private final Map<Integer, XSSFCellStyle> indented = new HashMap<>();

  XlsxStyles(XSSFWorkbook wb, int precision) {
    this.wb = wb;
    this.figureFormat = precision <= 0 ? "0" : "0." + "0".repeat(precision);
    XSSFFont plain = font(false, false, 12);
    XSSFFont bold = font(true, false, 12);

    title = wb.createCellStyle();
    title.setFont(font(true, false, 14));
    subtitle = wb.createCellStyle();
    subtitle.setFont(font(false, true, 12));

    header = bordered(bold);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setWrapText(true);
    header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xD9, (byte) 0xE1, (byte) 0xF2}, null));
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

    text = bordered(plain);
    text.setWrapText(true);
    textBold = bordered(bold);
    textBold.setWrapText(true);
    centre = bordered(plain);
    centre.setAlignment(HorizontalAlignment.CENTER);
    centre.setWrapText(true);
    number = bordered(plain);
    number.setDataFormat(wb.createDataFormat().getFormat(figureFormat));
    numberBold = bordered(bold);
    numberBold.setDataFormat(wb.createDataFormat().getFormat(figureFormat));
    integer = bordered(plain);
    integer.setAlignment(HorizontalAlignment.CENTER);
    integer.setDataFormat(wb.createDataFormat().getFormat("0"));
  }

  /** Text indented by {@code depth} levels (criterion ids in the tree). */
  XSSFCellStyle indented(int depth) {
    return indented.computeIfAbsent(
        depth,
        d -> {
          XSSFCellStyle s = wb.createCellStyle();
          s.cloneStyleFrom(d == 0 ? textBold : text);
          s.setIndention((short) (2 * d));
          return s;
        });
  }

  private XSSFFont font(boolean bold, boolean italic, int points) {
    XSSFFont f = wb.createFont();
    f.setFontName(FONT);
    f.setFontHeightInPoints((short) points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
  }

  private XSSFCellStyle bordered(XSSFFont font) {
    XSSFCellStyle s = CellStyles.bordered(wb.createCellStyle());
    s.setFont(font);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    return s;
  }
}
