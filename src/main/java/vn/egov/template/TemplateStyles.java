package vn.egov.template;

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

/** The template's cell styles, made once per workbook. Every style is locked unless it says not. */
final class TemplateStyles {
  private static final XSSFColor GREY = rgb(0xF2, 0xF2, 0xF2);
  private static final XSSFColor HEADER = rgb(0xD9, 0xE1, 0xF2);
  private static final XSSFColor GROUP = rgb(0xBD, 0xD7, 0xEE);
  private static final XSSFColor CRITERION = rgb(0xE2, 0xE2, 0xE2);
  private static final XSSFColor WHITE = rgb(0xFF, 0xFF, 0xFF);
  /** The light red of a value with a mistake, and the dark red of the text saying what it is. */
  static final XSSFColor MISTAKE = rgb(0xFF, 0xC7, 0xCE);

  static final XSSFColor MISTAKE_TEXT = rgb(0x9C, 0x00, 0x06);
  /** The light yellow of a required value still to fill in, or of a value with a warning only. */
  static final XSSFColor WARNING = rgb(0xFF, 0xEB, 0x9C);

  private final XSSFWorkbook wb;
  final XSSFCellStyle title;
  final XSSFCellStyle bold;
  final XSSFCellStyle plain;
  final XSSFCellStyle wrap;
  final XSSFCellStyle helpNumber;
  final XSSFCellStyle header;
  final XSSFCellStyle group;
  final XSSFCellStyle criterion;
  final XSSFCellStyle info;
  final XSSFCellStyle entry;
  final XSSFCellStyle entryText;
  /** The check of an input row: what is wrong, in dark red. */
  final XSSFCellStyle check;
  /** The note of a criterion row (N/A, missing…), in italics. */
  final XSSFCellStyle criterionNote;
  final XSSFCellStyle criterionPoints;
  final XSSFCellStyle groupPoints;
  /** The labels, figures and denominators of the provisional totals at the top. */
  final XSSFCellStyle totalLabel;

  final XSSFCellStyle totalFigure;
  final XSSFCellStyle totalText;
  final XSSFCellStyle totalOf;
  final XSSFCellStyle totalNote;
  private final Map<Integer, XSSFCellStyle> criterionLabels = new HashMap<>();
  private final Map<Integer, XSSFCellStyle> inputLabels = new HashMap<>();
  private final XSSFFont boldFont;

  TemplateStyles(XSSFWorkbook wb, int precision) {
    this.wb = wb;
    XSSFFont big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    boldFont = wb.createFont();
    boldFont.setBold(true);
    title = wb.createCellStyle();
    title.setFont(big);
    bold = wb.createCellStyle();
    bold.setFont(boldFont);
    bold.setVerticalAlignment(VerticalAlignment.TOP);
    plain = wb.createCellStyle();
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    helpNumber = wb.createCellStyle();
    helpNumber.setVerticalAlignment(VerticalAlignment.TOP);
    header = table(HEADER, true, true);
    group = table(GROUP, true, true);
    criterion = table(CRITERION, true, true);
    info = table(GREY, false, true);
    entry = table(WHITE, false, false);
    entry.setLocked(false);
    entryText = table(WHITE, false, false);
    entryText.setLocked(false);
    entryText.setWrapText(true);
    entryText.setDataFormat(wb.createDataFormat().getFormat("@"));

    XSSFFont red = wb.createFont();
    red.setColor(MISTAKE_TEXT);
    check = table(GREY, false, true);
    check.setFont(red);
    XSSFFont italic = wb.createFont();
    italic.setItalic(true);
    criterionNote = table(CRITERION, false, true);
    criterionNote.setFont(italic);
    short points = wb.createDataFormat().getFormat(PointsFormulas.format(precision));
    criterionPoints = table(CRITERION, true, false);
    criterionPoints.setDataFormat(points);
    criterionPoints.setAlignment(HorizontalAlignment.RIGHT);
    groupPoints = table(GROUP, true, false);
    groupPoints.setDataFormat(points);
    groupPoints.setAlignment(HorizontalAlignment.RIGHT);

    XSSFFont figure = wb.createFont();
    figure.setBold(true);
    figure.setFontHeightInPoints((short) 12);
    totalLabel = wb.createCellStyle();
    totalLabel.setFont(boldFont);
    totalFigure = wb.createCellStyle();
    totalFigure.setFont(figure);
    totalFigure.setDataFormat(points);
    totalFigure.setAlignment(HorizontalAlignment.RIGHT);
    totalText = wb.createCellStyle();
    totalText.setFont(figure);
    totalText.setAlignment(HorizontalAlignment.RIGHT);
    totalOf = wb.createCellStyle();
    totalOf.setDataFormat(wb.createDataFormat().getFormat("\"/ \"General"));
    totalOf.setAlignment(HorizontalAlignment.LEFT);
    totalNote = wb.createCellStyle();
    totalNote.setFont(italic);
  }

  private XSSFCellStyle table(XSSFColor fill, boolean isBold, boolean wrapped) {
    XSSFCellStyle s = CellStyles.bordered(wb.createCellStyle());
    s.setFillForegroundColor(fill);
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    s.setWrapText(wrapped);
    if (isBold) {
      s.setFont(boldFont);
    }
    return s;
  }

  XSSFCellStyle criterionLabel(int depth) {
    return criterionLabels.computeIfAbsent(depth, d -> indented(criterion, d));
  }

  XSSFCellStyle inputLabel(int depth) {
    return inputLabels.computeIfAbsent(depth, d -> indented(info, d));
  }

  private XSSFCellStyle indented(XSSFCellStyle base, int depth) {
    XSSFCellStyle s = wb.createCellStyle();
    s.cloneStyleFrom(base);
    s.setIndention((short) Math.min(depth, 15));
    return s;
  }

  static XSSFColor rgb(int r, int g, int b) {
    return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
  }
}
