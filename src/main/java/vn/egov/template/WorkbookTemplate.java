package vn.egov.template;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.InputDef;
import vn.egov.model.InputType;
import vn.egov.model.Kind;
import vn.egov.model.Unit;
import vn.egov.model.UnitGroup;
import vn.egov.output.OfficeFiles;
import vn.egov.text.Messages;

/**
 * The per-unit workbook. Its layout is a contract with the workbook reader:
 *
 * <ul>
 *   <li>sheet 1 {@code Hướng dẫn} (instructions), sheet 2 {@code Tự đánh giá} (active), and when a
 *       choice list cannot be written inline, a hidden sheet {@code Danh sách};
 *   <li>on sheet 2: A3/B3 {@code Mã đơn vị} / unit id, A4/B4 {@code Tên đơn vị} / name, A5/B5/C5
 *       {@code Nhóm} / group id / group name; row 7 the header {@link Columns#HEADERS} in A..K;
 *       below, one row per criteria group and criterion (column B empty) and one row per input (B
 *       = input id, E = value, H = evidence, I = appraised, J = note).
 * </ul>
 *
 * <p>It is live (SPEC §3): column F ({@code Kiểm tra}) says what is wrong with each value, G
 * ({@code Điểm tạm tính}) holds each criterion's and group's provisional points, and E3..F6 the
 * labelled provisional total, score, class and rows to fix — formulas only ({@link CheckFormulas},
 * {@link PointsFormulas}), with hidden working columns from L. The reader finds its columns by
 * their headers and never reads a formula cell, so a template whose formulas were never computed
 * reads as well as one saved by Excel.
 *
 * <p>Only E, H, I and J of input rows are unlocked; the sheet is protected without a password.
 * Bytes are reproducible (see {@link vn.egov.output.Zips}).
 */
final class WorkbookTemplate {
  /** 0-based index of the header row (row 7). */
  static final int HEADER_ROW = 6;


  private final Messages m;

  WorkbookTemplate(Messages messages) {
    this.m = messages;
  }

  byte[] write(Plan plan) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      TemplateStyles st = new TemplateStyles(wb, plan.criteria().scoring().precision());
      XSSFSheet help = wb.createSheet(m.get("template.sheet.help"));
      XSSFSheet data = wb.createSheet(m.get("template.sheet.data"));
      new DataSheet(plan, wb, data, st).write();
      writeHelp(plan, help, st, data.getSheetName());
      wb.setActiveSheet(1);
      wb.setSelectedTab(1);
      properties(wb, plan);
      return OfficeFiles.bytes(wb::write);
    }
  }

  private void properties(XSSFWorkbook wb, Plan plan) {
    var core = wb.getProperties().getCoreProperties();
    OfficeFiles.properties(core, m.get("template.sheet.data") + " — " + plan.unit().name(), null);
    core.setSubjectProperty(plan.criteria().title());
  }

  // ------------------------------------------------------------------ instructions

  private void writeHelp(Plan plan, XSSFSheet sheet, TemplateStyles st, String dataSheet) {
    CriteriaSet set = plan.criteria();
    Unit unit = plan.unit();
    sheet.setColumnWidth(0, 24 * 256);
    sheet.setColumnWidth(1, 100 * 256);
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
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
            set.deadline() != null ? set.deadline() : m.get("template.help.deadline.none", Department.inText(set, m)),
            st);
    r = pair(sheet, r, "template.help.unit", unit.id() + " — " + unit.name(), st);
    UnitGroup g = set.unitGroup(unit.group()).orElse(new UnitGroup(unit.group(), unit.group()));
    r = pair(sheet, r, "template.help.group", g.id() + " — " + g.name(), st);
    r = pair(sheet, r, "template.help.max", maxText(set, unit), st);
    r++;
    text(sheet, r++, 0, m.get("template.help.heading"), st.bold);
    List<String> steps = new ArrayList<>();
    List<InputDef> theirs = plan.inputs().stream().filter(InputDef::byDepartment).toList();
    steps.add(m.get("template.help.fill", dataSheet, plan.inputs().size() - theirs.size()));
    if (!theirs.isEmpty()) {
      steps.add(
          m.get(
              "template.help.department",
              Department.inText(set, m),
              String.join(", ", theirs.stream().map(InputDef::id).toList())));
    }
    steps.add(m.get("template.help.check"));
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
    String department = Department.inText(set, m);
    steps.add(m.get("template.help.appraised", department));
    steps.add(
        set.deadline() != null
            ? m.get("template.help.send", set.deadline(), department)
            : m.get("template.help.send.none", department));
    for (int i = 0; i < steps.size(); i++) {
      XSSFRow row = sheet.createRow(r++);
      cell(row, 0, (i + 1) + ".", st.helpNumber);
      cell(row, 1, steps.get(i), st.wrap);
      fitHeight(row, steps.get(i), 100);
    }
  }

  private int pair(XSSFSheet sheet, int r, String key, String value, TemplateStyles st) {
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
    private final TemplateStyles st;
    private final EntryValidation validation;
    private final RuleText rules;

    DataSheet(Plan plan, XSSFWorkbook wb, XSSFSheet sheet, TemplateStyles st) {
      this.plan = plan;
      this.wb = wb;
      this.sheet = sheet;
      this.st = st;
      this.validation = new EntryValidation(wb, sheet, m);
      this.rules = new RuleText(plan.criteria(), m, plan.unit().group());
    }

    void write() {
      CriteriaSet set = plan.criteria();
      Unit unit = plan.unit();
      for (int c = 0; c < Columns.WIDTHS.length; c++) {
        sheet.setColumnWidth(c, Columns.WIDTHS[c] * 256);
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
      header.setHeightInPoints(30f); // "Giá trị tự đánh giá", "Điểm tạm tính" on two lines
      for (int c = 0; c < Columns.HEADERS.size(); c++) {
        cell(header, c, m.get(Columns.HEADERS.get(c)), st.header);
      }
      Rows where = new Rows();
      int r = HEADER_ROW + 1;
      for (Plan.Line line : plan.lines()) {
        where.line(line, r);
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
      live(where);
      sheet.createFreezePane(Columns.LABEL + 1, HEADER_ROW + 1);
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

    /**
     * The live part: the checks, the provisional points and totals (formulas in visible cells and
     * hidden working columns), and the red of a value whose check says something.
     */
    private void live(Rows where) {
      new CheckFormulas(plan, where, m).all().forEach(this::formula);
      PointsFormulas points = new PointsFormulas(plan, where, m);
      total(PointsFormulas.TOTAL_ROW, "template.total.points", st.totalFigure);
      cell(row(PointsFormulas.TOTAL_ROW), Columns.POINTS, null, st.totalOf);
      List<String> relative = points.relative();
      if (!relative.isEmpty()) {
        String note = m.get("template.total.partial", String.join(", ", relative));
        cell(row(PointsFormulas.TOTAL_ROW), Columns.EVIDENCE, note, st.totalNote);
      }
      total(PointsFormulas.SCORE_ROW, "template.total.score", st.totalFigure);
      cell(row(PointsFormulas.SCORE_ROW), Columns.POINTS, null, st.totalOf)
          .setCellValue(plan.criteria().scoring().scale().doubleValue());
      if (points.classified()) {
        total(PointsFormulas.CLASS_ROW, "template.total.class", st.totalText);
      }
      total(PointsFormulas.FIX_ROW, "template.total.fix", st.totalText);
      points.all().forEach(this::formula);
      for (int c = Columns.FIRST_HIDDEN; c <= Columns.LAST_HIDDEN; c++) {
        sheet.setColumnHidden(c, true);
      }
      if (where.first() >= 0) {
        highlight(where.first(), where.last());
      }
      wb.setForceFormulaRecalculation(true);
    }

    private XSSFRow row(int r) {
      return sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
    }

    private void total(int r, String key, XSSFCellStyle figure) {
      cell(row(r), Columns.VALUE, m.get(key), st.totalLabel);
      cell(row(r), Columns.CHECK, null, figure);
    }

    private void formula(Formula f) {
      XSSFRow row = row(f.row());
      XSSFCell c = row.getCell(f.col()) != null ? row.getCell(f.col()) : row.createCell(f.col());
      // the text is written as it is: POI would parse every formula again only to check it
      c.getCTCell().setF(org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula.Factory.newInstance());
      c.getCTCell().getF().setStringValue(f.text());
    }

    /**
     * Red for a value typed with a mistake (or whose row has another error), yellow for a required
     * value still to fill in and for a warning: a fresh template is yellow where to write, not red.
     */
    private void highlight(int first, int last) {
      XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
      String row = String.valueOf(first + 1);
      String fix = "$" + Columns.letter(Columns.FIX) + row;
      XSSFConditionalFormattingRule red =
          cf.createConditionalFormattingRule("AND(" + fix + "=1,$" + Columns.letter(Columns.CODE) + row + "<>\"\")");
      fillOf(red, TemplateStyles.MISTAKE);
      XSSFConditionalFormattingRule yellow =
          cf.createConditionalFormattingRule(
              "AND($" + Columns.letter(Columns.INPUT) + row + "<>\"\",LEN($" + Columns.letter(Columns.CHECK) + row + ")>0)");
      fillOf(yellow, TemplateStyles.WARNING);
      cf.addConditionalFormatting(
          new CellRangeAddress[] {new CellRangeAddress(first, last, Columns.VALUE, Columns.VALUE)}, red, yellow);
    }

    private static void fillOf(XSSFConditionalFormattingRule rule, XSSFColor color) {
      PatternFormatting fill = rule.createPatternFormatting();
      fill.setFillBackgroundColor(color);
      fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
    }

    private XSSFRow labelled(int r, String key, String value) {
      XSSFRow row = sheet.createRow(r);
      cell(row, 0, m.get(key), st.bold);
      cell(row, 1, value, st.plain);
      return row;
    }

    private void group(XSSFRow row, Plan.GroupLine g) {
      fill(row, st.group);
      row.getCell(Columns.POINTS).setCellStyle(st.groupPoints);
      row.getCell(Columns.ID).setCellValue(g.group().id());
      row.getCell(Columns.LABEL).setCellValue(g.group().name());
      row.getCell(Columns.HELP).setCellValue(m.get("template.group.max", num(g.max())));
    }

    private void info(XSSFRow row) {
      fill(row, st.group);
      row.getCell(Columns.LABEL).setCellValue(m.get("template.info"));
    }

    private void criterion(XSSFRow row, Plan.CriterionLine line) {
      Criterion c = line.criterion();
      fill(row, st.criterion);
      row.getCell(Columns.CHECK).setCellStyle(st.criterionNote);
      row.getCell(Columns.POINTS).setCellStyle(st.criterionPoints);
      row.getCell(Columns.ID).setCellValue(c.id());
      StringBuilder name = new StringBuilder(c.name());
      name.append(" — ").append(m.get("template.criterion.max", num(c.maxFor(plan.unit().group()))));
      if (line.top().kind() == Kind.BONUS) {
        name.append(' ').append(m.get("template.criterion.bonus"));
      } else if (line.top().kind() == Kind.DEDUCTION) {
        name.append(' ').append(m.get("template.criterion.deduction"));
      }
      cell(row, Columns.LABEL, name.toString(), st.criterionLabel(line.depth()));
      String rule = rules.describe(c, line.top());
      row.getCell(Columns.HELP).setCellValue(rule);
      fitHeight(row, name.toString(), Columns.WIDTHS[Columns.LABEL] - 2 * line.depth(), rule, Columns.WIDTHS[Columns.HELP]);
    }

    private void input(XSSFRow row, Plan.InputLine line) {
      InputDef d = line.input();
      cell(row, Columns.ID, "", st.info);
      cell(row, Columns.INPUT, d.id(), st.info);
      cell(row, Columns.LABEL, d.label(), st.inputLabel(line.depth()));
      cell(row, Columns.UNIT, unitOf(d), st.info);
      boolean text = d.type() == InputType.TEXT;
      // a figure the Department supplies is shown for information only: grey and locked
      boolean own = !d.byDepartment();
      cell(row, Columns.VALUE, null, !own ? st.info : text ? st.entryText : st.entry);
      cell(row, Columns.CHECK, null, st.check);
      cell(row, Columns.POINTS, null, st.info);
      cell(row, Columns.EVIDENCE, null, own ? st.entryText : st.info);
      cell(row, Columns.APPRAISED, null, !own ? st.info : text ? st.entryText : st.entry);
      cell(row, Columns.NOTE, null, st.entryText);
      String help = own ? helpOf(line) : m.get("template.input.department", Department.inText(plan.criteria(), m)) + " " + helpOf(line);
      cell(row, Columns.HELP, help, st.info);
      // room for two lines of the check ("Ngoài khoảng cho phép: nhập từ 0 đến 100")
      fitHeight(
          row, d.label(), Columns.WIDTHS[Columns.LABEL] - 2 * line.depth(), help, Columns.WIDTHS[Columns.HELP],
          "x".repeat(2 * Columns.WIDTHS[Columns.CHECK] - 8), Columns.WIDTHS[Columns.CHECK]);
      if (own) {
        validation.add(row.getRowNum(), line);
      }
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
          EntryValidation.Bounds b = EntryValidation.bounds(line);
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
      for (int c = 0; c < Columns.HEADERS.size(); c++) {
        cell(row, c, null, style);
      }
    }

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
}
