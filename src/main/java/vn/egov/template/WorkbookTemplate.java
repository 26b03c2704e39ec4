package vn.egov.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.InputDef;
import vn.egov.model.InputType;
import vn.egov.model.Kind;
import vn.egov.model.Unit;
import vn.egov.model.UnitGroup;
import vn.egov.text.Messages;

/**
 * The per-unit workbook. Its layout is a contract with the workbook reader:
 *
 * <ul>
 *   <li>sheet 1 {@code Hướng dẫn} (instructions), sheet 2 {@code Tự đánh giá} (active), and when a
 *       choice list cannot be written inline, a hidden sheet {@code Danh sách};
 *   <li>on sheet 2: A3/B3 {@code Mã đơn vị} / unit id, A4/B4 {@code Tên đơn vị} / name, A5/B5/C5
 *       {@code Nhóm} / group id / group name; row 7 the header {@link #COLUMNS} in A..I; below,
 *       one row per criteria group and criterion (column B empty) and one row per input (B = input
 *       id, E = value, F = evidence, G = appraised, H = note).
 * </ul>
 *
 * Only E..H of input rows are unlocked; the sheet is protected without a password. Bytes are
 * reproducible (see {@link vn.egov.output.Zips}).
 */
final class WorkbookTemplate {
  /** Message keys of the header row, columns A..I. */
  static final List<String> COLUMNS =
      List.of(
          "template.col.criterion", "template.col.input", "template.col.label", "template.col.unit",
          "template.col.value", "template.col.evidence", "template.col.appraised", "template.col.note",
          "template.col.help");

  /** 0-based index of the header row (row 7). */
  static final int HEADER_ROW = 6;

  static final int COL_ID = 0;
  static final int COL_INPUT = 1;
  static final int COL_LABEL = 2;
  static final int COL_UNIT = 3;
  static final int COL_VALUE = 4;
  static final int COL_EVIDENCE = 5;
  static final int COL_APPRAISED = 6;
  static final int COL_NOTE = 7;
  static final int COL_HELP = 8;

  /** Column widths in characters, A..I. */
  private static final int[] WIDTHS = {9, 22, 60, 12, 18, 40, 18, 30, 50};

  private static final int MAX_LIST_FORMULA = 255;
  private static final int MAX_ALERT_TITLE = 32;
  private static final int MAX_ALERT_TEXT = 255;
  private static final String BIG = "999999999999999";

  private final Messages m;

  WorkbookTemplate(Messages messages) {
    this.m = messages;
  }

  byte[] write(Plan plan) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles st = new Styles(wb);
      XSSFSheet help = wb.createSheet(m.get("template.sheet.help"));
      XSSFSheet data = wb.createSheet(m.get("template.sheet.data"));
      new DataSheet(plan, wb, data, st).write();
      writeHelp(plan, help, st, data.getSheetName());
      wb.setActiveSheet(1);
      wb.setSelectedTab(1);
      properties(wb, plan);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      wb.write(bytes);
      return vn.egov.output.Zips.normalize(bytes.toByteArray());
    }
  }

  private void properties(XSSFWorkbook wb, Plan plan) {
    var core = wb.getProperties().getCoreProperties();
    core.setCreator("egov");
    core.setCreated(Optional.empty());
    core.setModified(Optional.empty());
    core.setTitle(m.get("template.sheet.data") + " — " + plan.unit().name());
    core.setSubjectProperty(plan.criteria().title());
  }

  // ------------------------------------------------------------------ instructions

  private void writeHelp(Plan plan, XSSFSheet sheet, Styles st, String dataSheet) {
    CriteriaSet set = plan.criteria();
    Unit unit = plan.unit();
    sheet.setColumnWidth(0, 24 * 256);
    sheet.setColumnWidth(1, 100 * 256);
    int r = 0;
    text(sheet, r++, 0, set.title(), st.title);
    r++;
    r = pair(sheet, r, "template.help.source", set.source(), st);
    r = pair(sheet, r, "template.help.period", set.period(), st);
    r =
        pair(
            sheet,
            r,
            "template.help.deadline",
            set.deadline() != null ? set.deadline() : m.get("template.help.deadline.none"),
            st);
    r = pair(sheet, r, "template.help.unit", unit.id() + " — " + unit.name(), st);
    UnitGroup g = set.unitGroup(unit.group()).orElse(new UnitGroup(unit.group(), unit.group()));
    r = pair(sheet, r, "template.help.group", g.id() + " — " + g.name(), st);
    r = pair(sheet, r, "template.help.max", maxText(set, unit), st);
    r++;
    text(sheet, r++, 0, m.get("template.help.heading"), st.bold);
    List<String> steps = new ArrayList<>();
    steps.add(m.get("template.help.fill", dataSheet, plan.inputs().size()));
    steps.add(m.get("template.help.numbers"));
    steps.add(m.get("template.help.lists"));
    List<Criterion> na = plan.naCriteria();
    steps.add(na.isEmpty() ? m.get("template.help.na.none") : m.get("template.help.na", names(na)));
    List<Criterion> evidence = plan.evidenceCriteria();
    steps.add(
        evidence.isEmpty()
            ? m.get("template.help.evidence.none")
            : m.get("template.help.evidence", names(evidence)));
    steps.add(m.get("template.help.locked"));
    steps.add(m.get("template.help.appraised"));
    steps.add(
        set.deadline() != null
            ? m.get("template.help.send", set.deadline())
            : m.get("template.help.send.none"));
    for (int i = 0; i < steps.size(); i++) {
      XSSFRow row = sheet.createRow(r++);
      cell(row, 0, (i + 1) + ".", st.helpNumber);
      cell(row, 1, steps.get(i), st.wrap);
      fitHeight(row, steps.get(i), 100);
    }
  }

  private int pair(XSSFSheet sheet, int r, String key, String value, Styles st) {
    if (value == null || value.isBlank()) {
      return r;
    }
    XSSFRow row = sheet.createRow(r);
    cell(row, 0, m.get(key), st.bold);
    cell(row, 1, value, st.wrap);
    fitHeight(row, value, 100);
    return r + 1;
  }

  private String maxText(CriteriaSet set, vn.egov.model.Unit unit) {
    String s = m.get("template.help.max.value", num(set.maxFor(unit, Kind.NORMAL)));
    BigDecimal bonus = set.maxFor(unit, Kind.BONUS);
    BigDecimal deduction = set.maxFor(unit, Kind.DEDUCTION);
    if (bonus.signum() > 0) {
      s += m.get("template.help.max.bonus", num(bonus));
    }
    if (deduction.signum() > 0) {
      s += m.get("template.help.max.deduction", num(deduction));
    }
    return s;
  }

  private static String names(List<Criterion> criteria) {
    StringJoiner j = new StringJoiner("; ");
    criteria.forEach(c -> j.add(c.id() + " " + c.name()));
    return j.toString();
  }

  private String num(BigDecimal v) {
    return RuleText.num(v, m.language());
  }

  // ------------------------------------------------------------------ data sheet

  /** Writes the data sheet of one unit. */
  private final class DataSheet {
    private final Plan plan;
    private final XSSFWorkbook wb;
    private final XSSFSheet sheet;
    private final Styles st;
    private final XSSFDataValidationHelper dv;
    private final RuleText rules;
    private XSSFSheet lists;
    private int listColumns;

    DataSheet(Plan plan, XSSFWorkbook wb, XSSFSheet sheet, Styles st) {
      this.plan = plan;
      this.wb = wb;
      this.sheet = sheet;
      this.st = st;
      this.dv = new XSSFDataValidationHelper(sheet);
      this.rules = new RuleText(plan.criteria(), m, plan.unit().group());
    }

    void write() {
      CriteriaSet set = plan.criteria();
      Unit unit = plan.unit();
      for (int c = 0; c < WIDTHS.length; c++) {
        sheet.setColumnWidth(c, WIDTHS[c] * 256);
      }
      String period = set.period() == null || set.period().isBlank() ? "" : " — " + set.period();
      text(sheet, 0, 0, set.title() + period, st.title);
      if (set.deadline() != null && !set.deadline().isBlank()) {
        text(sheet, 1, 0, m.get("template.deadline", set.deadline()), st.plain);
      }
      labelled(2, "template.label.unit.id", unit.id());
      labelled(3, "template.label.unit.name", unit.name());
      XSSFRow groupRow = labelled(4, "template.label.unit.group", unit.group());
      set.unitGroup(unit.group()).ifPresent(g -> cell(groupRow, 2, g.name(), st.plain));
      XSSFRow header = sheet.createRow(HEADER_ROW);
      for (int c = 0; c < COLUMNS.size(); c++) {
        cell(header, c, m.get(COLUMNS.get(c)), st.header);
      }
      int r = HEADER_ROW + 1;
      for (Plan.Line line : plan.lines()) {
        XSSFRow row = sheet.createRow(r++);
        if (line instanceof Plan.GroupLine g) {
          group(row, g);
        } else if (line instanceof Plan.CriterionLine c) {
          criterion(row, c);
        } else if (line instanceof Plan.InputLine i) {
          input(row, i);
        } else {
          info(row);
        }
      }
      sheet.createFreezePane(COL_LABEL + 1, HEADER_ROW + 1);
      sheet.lockFormatColumns(false);
      sheet.lockFormatRows(false);
      sheet.enableLocking();
      PrintSetup print = sheet.getPrintSetup();
      print.setLandscape(true);
      print.setPaperSize(PrintSetup.A4_PAPERSIZE);
      print.setFitWidth((short) 1);
      print.setFitHeight((short) 0);
      sheet.setFitToPage(true);
      sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
    }

    private XSSFRow labelled(int r, String key, String value) {
      XSSFRow row = sheet.createRow(r);
      cell(row, 0, m.get(key), st.bold);
      cell(row, 1, value, st.plain);
      return row;
    }

    private void group(XSSFRow row, Plan.GroupLine g) {
      fill(row, st.group);
      row.getCell(COL_ID).setCellValue(g.group().id());
      row.getCell(COL_LABEL).setCellValue(g.group().name());
      row.getCell(COL_HELP).setCellValue(m.get("template.group.max", num(g.max())));
    }

    private void info(XSSFRow row) {
      fill(row, st.group);
      row.getCell(COL_LABEL).setCellValue(m.get("template.info"));
    }

    private void criterion(XSSFRow row, Plan.CriterionLine line) {
      Criterion c = line.criterion();
      fill(row, st.criterion);
      row.getCell(COL_ID).setCellValue(c.id());
      StringBuilder name = new StringBuilder(c.name());
      name.append(" — ").append(m.get("template.criterion.max", num(c.maxFor(plan.unit().group()))));
      if (line.top().kind() == Kind.BONUS) {
        name.append(' ').append(m.get("template.criterion.bonus"));
      } else if (line.top().kind() == Kind.DEDUCTION) {
        name.append(' ').append(m.get("template.criterion.deduction"));
      }
      cell(row, COL_LABEL, name.toString(), st.criterionLabel(line.depth()));
      String rule = rules.describe(c, line.top());
      row.getCell(COL_HELP).setCellValue(rule);
      fitHeight(row, name.toString(), WIDTHS[COL_LABEL] - 2 * line.depth(), rule, WIDTHS[COL_HELP]);
    }

    private void input(XSSFRow row, Plan.InputLine line) {
      InputDef d = line.input();
      cell(row, COL_ID, "", st.info);
      cell(row, COL_INPUT, d.id(), st.info);
      cell(row, COL_LABEL, d.label(), st.inputLabel(line.depth()));
      cell(row, COL_UNIT, unitOf(d), st.info);
      boolean text = d.type() == InputType.TEXT;
      cell(row, COL_VALUE, null, text ? st.entryText : st.entry);
      cell(row, COL_EVIDENCE, null, st.entryText);
      cell(row, COL_APPRAISED, null, text ? st.entryText : st.entry);
      cell(row, COL_NOTE, null, st.entryText);
      String help = helpOf(line);
      cell(row, COL_HELP, help, st.info);
      fitHeight(row, d.label(), WIDTHS[COL_LABEL] - 2 * line.depth(), help, WIDTHS[COL_HELP]);
      validate(row.getRowNum(), line);
    }

    private String unitOf(InputDef d) {
      if (d.unit() != null && !d.unit().isBlank()) {
        return d.unit();
      }
      return switch (d.type()) {
        case PERCENT -> "%";
        case POINTS -> m.get("template.points");
        default -> "";
      };
    }

    private String helpOf(Plan.InputLine line) {
      InputDef d = line.input();
      StringJoiner j = new StringJoiner(" ");
      if (d.help() != null && !d.help().isBlank()) {
        j.add(d.help().strip());
      }
      switch (d.type()) {
        case BOOLEAN -> j.add(m.get("template.input.boolean"));
        case CHOICE -> j.add(m.get("template.input.choice"));
        case TEXT -> {}
        default -> {
          Bounds b = bounds(line);
          if (b.min() != null && b.max() != null) {
            j.add(m.get("template.input.range", num(b.min()), num(b.max())));
          } else if (b.min() != null) {
            j.add(m.get("template.input.min", num(b.min())));
          } else if (b.max() != null) {
            j.add(m.get("template.input.max", num(b.max())));
          }
        }
      }
      if (!d.required()) {
        j.add(m.get("template.input.optional"));
      }
      if (line.naAllowed() && !plan.criteria().topLevelUsersOf(d.id()).isEmpty()) {
        j.add(m.get("template.input.na"));
      }
      return j.toString();
    }

    /** Fills A..I of a heading row with one style. */
    private void fill(XSSFRow row, XSSFCellStyle style) {
      for (int c = 0; c < COLUMNS.size(); c++) {
        cell(row, c, null, style);
      }
    }

    // -------------------------------------------------------------- validation

    private void validate(int r, Plan.InputLine line) {
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
      where.addCellRangeAddress(r, COL_VALUE, r, COL_VALUE);
      where.addCellRangeAddress(r, COL_APPRAISED, r, COL_APPRAISED);
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

  // ------------------------------------------------------------------ cells and styles

  private static void text(XSSFSheet sheet, int r, int c, String value, XSSFCellStyle style) {
    XSSFRow row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
    cell(row, c, value, style);
  }

  private static XSSFCell cell(XSSFRow row, int c, String value, XSSFCellStyle style) {
    XSSFCell cell = row.createCell(c);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
    return cell;
  }

  /** Sets the row's height to show wrapped text: (text, width in characters) pairs. */
  private static void fitHeight(XSSFRow row, Object... textsAndWidths) {
    int lines = 1;
    for (int i = 0; i + 1 < textsAndWidths.length; i += 2) {
      lines = Math.max(lines, lines((String) textsAndWidths[i], (Integer) textsAndWidths[i + 1]));
    }
    if (lines > 1) {
      row.setHeightInPoints(lines * 15f);
    }
  }

  static int lines(String text, int width) {
    if (text == null || text.isEmpty()) {
      return 1;
    }
    int usable = Math.max(8, width - 2);
    int n = 0;
    for (String paragraph : text.split("\n", -1)) {
      n += Math.max(1, (paragraph.length() + usable - 1) / usable);
    }
    return n;
  }

  /** The workbook's cell styles, made once. */
  private static final class Styles {
    private static final XSSFColor GREY = rgb(0xF2, 0xF2, 0xF2);
    private static final XSSFColor HEADER = rgb(0xD9, 0xE1, 0xF2);
    private static final XSSFColor GROUP = rgb(0xBD, 0xD7, 0xEE);
    private static final XSSFColor CRITERION = rgb(0xE2, 0xE2, 0xE2);
    private static final XSSFColor WHITE = rgb(0xFF, 0xFF, 0xFF);

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
    private final Map<Integer, XSSFCellStyle> criterionLabels = new HashMap<>();
    private final Map<Integer, XSSFCellStyle> inputLabels = new HashMap<>();
    private final XSSFFont boldFont;

    Styles(XSSFWorkbook wb) {
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
    }

    private XSSFCellStyle table(XSSFColor fill, boolean isBold, boolean wrapped) {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFillForegroundColor(fill);
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
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

    private static XSSFColor rgb(int r, int g, int b) {
      return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
    }
  }
}
