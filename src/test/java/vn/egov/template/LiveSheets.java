package vn.egov.template;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.formula.WorkbookEvaluator;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.formula.eval.RefEval;
import org.apache.poi.ss.formula.eval.StringEval;
import org.apache.poi.ss.formula.eval.ValueEval;
import org.apache.poi.ss.formula.functions.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Filling a written template as a unit would, and evaluating its formulas with POI, for the
 * tests of the live template. POI does not implement {@code CELL}; a stand-in gives what Excel and
 * LibreOffice document for {@code CELL("format", ref)}: "P" and the decimals for a percent format,
 * "D1" for a date, "G" otherwise (the LibreOffice test checks the real one).
 */
final class LiveSheets {
  /** The workbook being evaluated (CELL needs the referenced cell's style). */
  private static final ThreadLocal<XSSFWorkbook> CURRENT = new ThreadLocal<>();

  static {
    try {
      WorkbookEvaluator.registerFunction("CELL", new CellFormat());
    } catch (IllegalArgumentException | IllegalStateException registered) {
      // registered by an earlier class load in this JVM
    }
  }

  private LiveSheets() {}

  /** CELL("format", ref) as Excel documents it, for the formats the template meets. */
  private static final class CellFormat implements Function {
    @Override
    public ValueEval evaluate(ValueEval[] args, int srcRowIndex, int srcColumnIndex) {
      if (args.length != 2 || !(args[1] instanceof RefEval ref) || !"format".equalsIgnoreCase(text(args[0]))) {
        return ErrorEval.VALUE_INVALID;
      }
      XSSFWorkbook wb = CURRENT.get();
      XSSFRow row = wb.getSheetAt(ref.getFirstSheetIndex()).getRow(ref.getRow());
      XSSFCell cell = row == null ? null : row.getCell(ref.getColumn());
      if (cell == null) {
        return new StringEval("G");
      }
      XSSFCellStyle style = cell.getCellStyle();
      String format = style.getDataFormatString();
      if (format == null) {
        return new StringEval("G");
      }
      if (DateUtil.isADateFormat(style.getDataFormat(), format)) {
        return new StringEval("D1");
      }
      if (format.contains("%")) {
        int dot = format.indexOf('.');
        int decimals = dot < 0 ? 0 : format.indexOf('%') - dot - 1;
        return new StringEval("P" + decimals);
      }
      return new StringEval("G");
    }

    private static String text(ValueEval v) {
      return v instanceof StringEval s ? s.getStringValue() : "";
    }
  }

  /** Evaluates every formula of the workbook in place (the cached results POI then writes). */
  static void evaluate(XSSFWorkbook wb) {
    CURRENT.set(wb);
    try {
      FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      ev.clearAllCachedResultValues();
      ev.evaluateAll();
    } finally {
      CURRENT.remove();
    }
  }

  /** A formula cell's evaluated result: a String, a BigDecimal, a Boolean, or "#ERROR" text. */
  static Object result(XSSFSheet sheet, int row, int col) {
    XSSFRow r = sheet.getRow(row);
    XSSFCell c = r == null ? null : r.getCell(col);
    if (c == null) {
      return "";
    }
    CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    return switch (type) {
      case NUMERIC -> new BigDecimal(String.valueOf(c.getNumericCellValue()));
      case STRING -> c.getStringCellValue();
      case BOOLEAN -> c.getBooleanCellValue();
      case ERROR -> "#ERROR " + c.getErrorCellString();
      default -> "";
    };
  }

  /** Evaluates one cell (for a test that changes a value and looks again). */
  static CellValue evaluate(XSSFWorkbook wb, Cell cell) {
    CURRENT.set(wb);
    try {
      FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      return ev.evaluate(cell);
    } finally {
      CURRENT.remove();
    }
  }

  /**
   * Types a value into a cell as a person would: a Number as a number, a String as text, a
   * Boolean as TRUE/FALSE, a {@link Percent} as a percent-formatted number.
   */
  static void type(XSSFRow row, int col, Object value, XSSFCellStyle percent) {
    XSSFCell c = row.getCell(col) != null ? row.getCell(col) : row.createCell(col);
    if (value == null) {
      c.setBlank();
    } else if (value instanceof Percent p) {
      c.setCellValue(p.fraction().doubleValue());
      c.setCellStyle(percent);
    } else if (value instanceof Number n) {
      c.setCellValue(new BigDecimal(n.toString()).doubleValue());
    } else if (value instanceof Boolean b) {
      c.setCellValue(b);
    } else {
      c.setCellValue(value.toString());
    }
  }

  /** A number typed as "96,52%" into Excel: stored as 0.9652, formatted as a percentage. */
  record Percent(BigDecimal fraction) {}

  /** A percent style for typing {@link Percent} values (unlocked, like the entry cells). */
  static XSSFCellStyle percentStyle(XSSFWorkbook wb) {
    XSSFCellStyle s = wb.createCellStyle();
    s.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
    s.setLocked(false);
    return s;
  }

  static void save(XSSFWorkbook wb, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
