package vn.egov.template;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.egov.model.InputDef;
import vn.egov.model.InputType;
import vn.egov.text.Messages;

/**
 * Excel's own checks on the value and appraised cells as they are typed: a drop-down list for
 * yes/no and choice inputs, number limits for the others, with an alert saying what is expected.
 * A pasted value slips past them; the {@code Kiểm tra} column ({@link CheckFormulas}) catches it.
 */
final class EntryValidation {
  private static final int MAX_LIST_FORMULA = 255;
  private static final int MAX_ALERT_TITLE = 32;
  private static final int MAX_ALERT_TEXT = 255;
  private static final String BIG = "999999999999999";

  private final XSSFWorkbook wb;
  private final XSSFSheet sheet;
  private final Messages m;
  private final XSSFDataValidationHelper dv;
  private XSSFSheet lists;
  private int listColumns;

  EntryValidation(XSSFWorkbook wb, XSSFSheet sheet, Messages messages) {
    this.wb = wb;
    this.sheet = sheet;
    this.m = messages;
    this.dv = new XSSFDataValidationHelper(sheet);
  }

  private String num(BigDecimal v) {
    return RuleText.num(v, m.language());
  }

  /** The validation of an input row's value and appraised cells. */
  void add(int r, Plan.InputLine line) {
    InputDef d = line.input();
    DataValidationConstraint constraint;
    String expected;
    Bounds b = bounds(line);
    switch (d.type()) {
      case BOOLEAN -> {
        constraint = dv.createExplicitListConstraint(new String[] {m.get("template.yes"), m.get("template.no")});
        expected = m.get("template.alert.boolean");
      }
      case CHOICE -> {
        constraint = choiceList(d);
        expected = m.get("template.alert.choice");
      }
      case INTEGER -> {
        constraint = numeric(DataValidationConstraint.ValidationType.INTEGER, b);
        expected = expected("template.alert.integer", b);
      }
      case NUMBER -> {
        constraint = numeric(DataValidationConstraint.ValidationType.DECIMAL, b);
        expected = expected("template.alert.number", b);
      }
      case PERCENT -> {
        constraint = numeric(DataValidationConstraint.ValidationType.DECIMAL, b);
        expected = m.get("template.alert.percent", num(b.min()), num(b.max()));
      }
      case POINTS -> {
        constraint = numeric(DataValidationConstraint.ValidationType.DECIMAL, b);
        expected =
            b.max() == null
                ? expected("template.alert.number", b)
                : m.get("template.alert.points", num(b.min()), num(b.max()));
      }
      default -> {
        return;
      }
    }
    CellRangeAddressList where = new CellRangeAddressList();
    where.addCellRangeAddress(r, Columns.VALUE, r, Columns.VALUE);
    where.addCellRangeAddress(r, Columns.APPRAISED, r, Columns.APPRAISED);
    DataValidation v = dv.createValidation(constraint, where);
    v.setEmptyCellAllowed(true);
    v.setShowErrorBox(true);
    if (line.naAllowed()) {
      // Excel would refuse "N/A" in a numeric or list cell; a warning lets the unit keep it
      v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
      expected = expected + " " + m.get("template.alert.na");
    } else {
      v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    }
    v.createErrorBox(cut(m.get("template.alert.title"), MAX_ALERT_TITLE), cut(expected, MAX_ALERT_TEXT));
    if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
      // XSSF: "suppress" true means Excel shows the in-cell drop-down arrow
      v.setSuppressDropDownArrow(true);
    }
    sheet.addValidationData(v);
  }

  private String expected(String key, Bounds b) {
    if (b.min() != null && b.max() != null) {
      return m.get(key + ".range", num(b.min()), num(b.max()));
    }
    if (b.min() != null) {
      return m.get(key + ".min", num(b.min()));
    }
    if (b.max() != null) {
      return m.get(key + ".max", num(b.max()));
    }
    return m.get(key);
  }

  private DataValidationConstraint numeric(int type, Bounds b) {
    if (b.min() != null && b.max() != null) {
      return dv.createNumericConstraint(type, OperatorType.BETWEEN, plain(b.min()), plain(b.max()));
    }
    if (b.min() != null) {
      return dv.createNumericConstraint(type, OperatorType.GREATER_OR_EQUAL, plain(b.min()), null);
    }
    if (b.max() != null) {
      return dv.createNumericConstraint(type, OperatorType.LESS_OR_EQUAL, plain(b.max()), null);
    }
    // no limits, but still a number
    return dv.createNumericConstraint(type, OperatorType.BETWEEN, "-" + BIG, BIG);
  }

  /**
   * The options' labels inline when they fit ({@code "A,B,C"}, at most 255 characters, no comma
   * or quote inside a label), else a column of the hidden list sheet.
   */
  private DataValidationConstraint choiceList(InputDef d) {
    List<String> labels = d.options().stream().map(RuleText::label).toList();
    String joined = String.join(",", labels);
    boolean inline =
        !labels.isEmpty()
            && joined.length() + 2 <= MAX_LIST_FORMULA
            && labels.stream().noneMatch(l -> l.contains(",") || l.contains("\""));
    if (inline) {
      return dv.createExplicitListConstraint(labels.toArray(String[]::new));
    }
    if (lists == null) {
      lists = wb.createSheet(m.get("template.sheet.lists"));
      wb.setSheetVisibility(wb.getSheetIndex(lists), SheetVisibility.HIDDEN);
    }
    int col = listColumns++;
    for (int i = 0; i < labels.size(); i++) {
      XSSFRow row = lists.getRow(i) != null ? lists.getRow(i) : lists.createRow(i);
      row.createCell(col).setCellValue(labels.get(i));
    }
    String letter = CellReference.convertNumToColString(col);
    String ref =
        "'" + lists.getSheetName().replace("'", "''") + "'!$" + letter + "$1:$" + letter + "$" + Math.max(1, labels.size());
    return dv.createFormulaListConstraint(ref);
  }

  /** Limits of a numeric input: the input's own, percent 0–100, points 0..the criterion's max. */
  record Bounds(BigDecimal min, BigDecimal max) {}

  static Bounds bounds(Plan.InputLine line) {
    InputDef d = line.input();
    BigDecimal min = d.min();
    BigDecimal max = d.max();
    if (d.type() == InputType.PERCENT) {
      min = min != null ? min : BigDecimal.ZERO;
      max = max != null ? max : BigDecimal.valueOf(100);
    } else if (d.type() == InputType.POINTS) {
      min = min != null ? min : BigDecimal.ZERO;
      if (line.pointsMax() != null && (max == null || max.compareTo(line.pointsMax()) > 0)) {
        max = line.pointsMax();
      }
    }
    return new Bounds(min, max);
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
