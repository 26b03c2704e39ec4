package vn.egov.annex;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.CriteriaSet;
import vn.egov.model.InputDef;
import vn.egov.model.Criterion;
import vn.egov.model.Kind;
import vn.egov.model.UnitGroup;
import vn.egov.output.AtomicFiles;
import vn.egov.output.CellStyles;
import vn.egov.output.OfficeFiles;
import vn.egov.report.DocxKit;
import vn.egov.template.Department;
import vn.egov.template.RuleText;
import vn.egov.text.Messages;
import vn.egov.text.UserText;

/**
 * A criteria set as the annex of the decision that issues it: per criteria group (pillar) and
 * criterion (indicator), STT, name, max points per unit group (overrides applied; "—" where the
 * criterion does not apply), the scoring method in the words of the templates ({@link RuleText}),
 * whether evidence is required, and who supplies the figure. As {@code .docx} (Nghị định
 * 30/2020/NĐ-CP: A4 landscape for the table, Times New Roman, "Phụ lục" with "(Kèm theo …)" from
 * the set's {@code source}, the header row repeated on every page, no row split across pages),
 * {@code .xlsx} (A4 landscape, one page wide at 10 pt, the header row repeated) or {@code .md}.
 * Byte-identical from run to run.
 *
 * <p>Who supplies the figure comes from the inputs' {@code supplied_by}: "the unit
 * (self-assessed)" unless the Department named by the set's {@code issuer} supplies every input
 * of the criterion ("Sở Khoa học và Công nghệ cung cấp"), or some of them (both, with the ids of
 * the Department's).
 */
public final class CriteriaAnnex {
  /** The file name endings {@code check -o} accepts. */
  public static final List<String> FORMATS = List.of("docx", "xlsx", "md");

  private final CriteriaSet set;
  private final Messages m;
  private final List<UnitGroup> groups;

  private CriteriaAnnex(CriteriaSet set, Messages m) {
    this.set = set;
    this.m = m;
    this.groups = set.unitGroups();
  }

  /** The format of {@code target} by its name ({@link #FORMATS}), or {@code null}. */
  public static String format(Path target) {
    String n = target.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String f : FORMATS) {
      if (n.endsWith("." + f)) {
        return f;
      }
    }
    return null;
  }

  /** Writes the annex to {@code target} in the format its name says. */
  public static Path write(CriteriaSet set, Messages m, Path target) throws IOException {
    CriteriaAnnex a = new CriteriaAnnex(set, m);
    String f = format(target);
    if (f == null) {
      throw new IllegalArgumentException("not an annex format: " + target);
    }
    return switch (f) {
      case "docx" -> a.docx(target);
      case "xlsx" -> a.xlsx(target);
      default -> a.markdown(target);
    };
  }

  /** One line of the table. */
  record Line(Type type, String stt, String name, int depth, List<String> max, String method, String evidence, String supplier) {}

  enum Type {
    GROUP,
    CRITERION,
    TOTAL
  }

  private String num(BigDecimal v) {
    String s = v.stripTrailingZeros().toPlainString();
    return "vi".equals(m.language()) ? s.replace('.', ',') : s;
  }

  List<String> header() {
    List<String> h = new ArrayList<>(List.of(m.get("annex.col.stt"), m.get("annex.col.name")));
    for (UnitGroup g : groups) {
      h.add(groups.size() == 1 ? m.get("annex.col.max") : m.get("annex.col.max.group", g.name()));
    }
    h.add(m.get("annex.col.method"));
    h.add(m.get("annex.col.evidence"));
    h.add(m.get("annex.col.supplier"));
    return h;
  }

  String title() {
    return set.title().toUpperCase(new Locale(m.language()));
  }

  String kemTheo() {
    return set.source() == null || set.source().isBlank() ? m.get("annex.source.none") : m.get("annex.source", set.source().strip());
  }

  List<Line> lines() {
    List<Line> out = new ArrayList<>();
    int i = 0;
    for (CriteriaGroup g : set.groups()) {
      List<String> max = new ArrayList<>();
      for (UnitGroup ug : groups) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion cr : g.criteria()) {
          if (cr.kind() == Kind.NORMAL && cr.appliesTo(ug.id())) {
            sum = sum.add(cr.maxFor(ug.id()));
          }
        }
        max.add(num(sum));
      }
      out.add(new Line(Type.GROUP, roman(++i), g.name(), 0, max, "", "", ""));
      for (Criterion cr : g.criteria()) {
        criterion(out, cr, cr, 1);
      }
    }
    List<String> total = new ArrayList<>();
    for (UnitGroup ug : groups) {
      total.add(num(set.maxFor(ug.id(), Kind.NORMAL)));
    }
    out.add(new Line(Type.TOTAL, "", m.get("annex.total"), 0, total, "", "", ""));
    return out;
  }

  private void criterion(List<Line> out, Criterion cr, Criterion top, int depth) {
    String sign = cr.kind() == Kind.BONUS ? "+" : cr.kind() == Kind.DEDUCTION ? "−" : "";
    List<String> max = new ArrayList<>();
    Map<String, List<String>> byText = new LinkedHashMap<>();
    for (UnitGroup ug : groups) {
      if (top.appliesTo(ug.id())) {
        max.add(sign + num(cr.maxFor(ug.id())));
        byText.computeIfAbsent(new RuleText(set, m, ug.id()).rule(cr, top), k -> new ArrayList<>()).add(ug.name());
      } else {
        max.add("—");
      }
    }
    String method;
    if (byText.size() <= 1) {
      method = byText.isEmpty() ? "" : byText.keySet().iterator().next();
    } else {
      List<String> parts = new ArrayList<>();
      byText.forEach((text, names) -> parts.add(String.join(", ", names) + ": " + text));
      method = String.join("\n", parts);
    }
    String evidence = cr.evidenceRequired() ? m.get("annex.evidence.required") : "";
    String supplier = cr.composite() ? "" : supplier(cr, top);
    out.add(new Line(Type.CRITERION, cr.id(), cr.name(), depth, max, method, evidence, supplier));
    for (Criterion sub : cr.criteria()) {
      criterion(out, sub, top, depth + 1);
    }
  }

  /** Who supplies the figures of a criterion without sub-criteria, by its inputs' {@code supplied_by}. */
  private String supplier(Criterion cr, Criterion top) {
    List<String> ids = new ArrayList<>(cr.inputs());
    for (UnitGroup ug : groups) {
      if (top.appliesTo(ug.id()) && cr.methodFor(ug.id()) != null) {
        cr.methodFor(ug.id()).inputs().stream().filter(i -> !ids.contains(i)).forEach(ids::add);
      }
    }
    List<String> department = ids.stream().filter(i -> set.input(i).map(InputDef::byDepartment).orElse(false)).toList();
    if (department.isEmpty()) {
      return m.get("annex.supplier.unit");
    }
    String who = department();
    return department.size() == ids.size()
        ? m.get("annex.supplier.department", who)
        : m.get("annex.supplier.mixed", who, String.join(", ", department));
  }

  /** The Department named by the issuer, capitalised to start a cell. */
  private String department() {
    String d = Department.inText(set, m);
    return d.substring(0, 1).toUpperCase(Locale.ROOT) + d.substring(1);
  }

  /** The note under the table: with the Department's own figures when some input has them. */
  private String supplierNote() {
    boolean any = set.inputs().stream().anyMatch(InputDef::byDepartment);
    return any ? m.get("annex.note.supplier.department", Department.inText(set, m)) : m.get("annex.note.supplier");
  }

  static String roman(int n) {
    String[] r = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      while (n >= v[i]) {
        b.append(r[i]);
        n -= v[i];
      }
    }
    return b.toString();
  }

  private List<String> cells(Line l) {
    List<String> c = new ArrayList<>(List.of(l.stt(), l.name()));
    c.addAll(l.max());
    c.add(l.method());
    c.add(l.evidence());
    c.add(l.supplier());
    return c;
  }

  // ---- markdown ----

  static String md(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if ("\\`*_[]<>|~".indexOf(ch) >= 0) {
        b.append('\\');
      }
      b.append(ch == '\r' ? ' ' : ch);
    }
    return b.toString().replace("\n", "<br>");
  }

  private Path markdown(Path target) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(md(m.get("annex.heading"))).append("\n\n");
    b.append("**").append(md(title())).append("**\n\n");
    b.append("*").append(md(kemTheo())).append("*\n\n");
    List<String> h = header();
    b.append("| ").append(String.join(" | ", h.stream().map(CriteriaAnnex::md).toList())).append(" |\n");
    b.append("|:---|:---|").append("---:|".repeat(groups.size())).append(":---|:---|:---|\n");
    for (Line l : lines()) {
      List<String> c = cells(l).stream().map(CriteriaAnnex::md).toList();
      List<String> shown = new ArrayList<>(c);
      if (l.type() != Type.CRITERION) {
        for (int i = 0; i < shown.size(); i++) {
          if (!shown.get(i).isEmpty()) {
            shown.set(i, "**" + shown.get(i) + "**");
          }
        }
      } else if (l.depth() > 1) {
        shown.set(1, "&nbsp;&nbsp;".repeat(l.depth() - 1) + shown.get(1));
      }
      b.append("| ").append(String.join(" | ", shown)).append(" |\n");
    }
    b.append("\n").append(md(supplierNote())).append("\n");
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    return AtomicFiles.write(target, out -> out.write(bytes));
  }

  // ---- docx ----

  /** Column widths in twips over the landscape width: STT, name, max × n, method, evidence, supplier. */
  int[] widths() {
    int n = groups.size();
    int stt = 800;
    int max = 1100;
    int evidence = 1300;
    int supplier = 1500;
    int rest = DocxKit.LANDSCAPE_WIDTH - stt - n * max - evidence - supplier;
    int name = rest * 2 / 5;
    int[] w = new int[5 + n];
    w[0] = stt;
    w[1] = name;
    for (int i = 0; i < n; i++) {
      w[2 + i] = max;
    }
    w[2 + n] = rest - name;
    w[3 + n] = evidence;
    w[4 + n] = supplier;
    return w;
  }

  private Path docx(Path target) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      DocxKit.setup(doc);
      CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
      DocxKit.page(sect, true);
      DocxKit.line(doc, m.get("annex.heading"), ParagraphAlignment.CENTER, true, false, 14);
      DocxKit.line(doc, title(), ParagraphAlignment.CENTER, true, false, 13);
      DocxKit.line(doc, kemTheo(), ParagraphAlignment.CENTER, false, true, 13);
      List<Line> lines = lines();
      List<String> h = header();
      XWPFTable t = DocxKit.table(doc, lines.size() + 1, widths(), 1, true);
      for (int c = 0; c < h.size(); c++) {
        DocxKit.header(t, 0, c, h.get(c), DocxKit.TABLE_PT);
      }
      int r = 1;
      for (Line l : lines) {
        List<String> c = cells(l);
        boolean bold = l.type() != Type.CRITERION;
        for (int i = 0; i < c.size(); i++) {
          ParagraphAlignment align = i == 0 ? ParagraphAlignment.CENTER : i >= 2 && i < 2 + groups.size() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
          String text = c.get(i);
          if (i == 1 && l.depth() > 1) {
            text = "\u2003".repeat(l.depth() - 1) + text;
          }
          cellText(t, r, i, text, bold, align);
        }
        r++;
      }
      DocxKit.line(doc, supplierNote(), ParagraphAlignment.LEFT, false, true, 12);
      OfficeFiles.properties(doc.getProperties().getCoreProperties(), set.title(), null);
      return OfficeFiles.write(target, doc::write);
    }
  }

  /** A cell's text, a line break for each new line of the method. */
  private static void cellText(XWPFTable t, int row, int col, String text, boolean bold, ParagraphAlignment align) {
    String[] parts = text.split("\n", -1);
    var cell = DocxKit.cell(t, row, col, parts[0], bold, align, DocxKit.TABLE_PT);
    for (int i = 1; i < parts.length; i++) {
      var p = cell.addParagraph();
      p.setAlignment(align);
      p.setSpacingAfter(0);
      DocxKit.run(p, parts[i], bold, false, DocxKit.TABLE_PT);
    }
  }

  // ---- xlsx ----

  private Path xlsx(Path target) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Font base = wb.createFont();
      base.setFontName("Times New Roman");
      base.setFontHeightInPoints((short) 10);
      Font bold = wb.createFont();
      bold.setFontName("Times New Roman");
      bold.setFontHeightInPoints((short) 10);
      bold.setBold(true);
      Font titleFont = wb.createFont();
      titleFont.setFontName("Times New Roman");
      titleFont.setFontHeightInPoints((short) 12);
      titleFont.setBold(true);
      Font italic = wb.createFont();
      italic.setFontName("Times New Roman");
      italic.setFontHeightInPoints((short) 11);
      italic.setItalic(true);
      CellStyle head = style(wb, bold, HorizontalAlignment.CENTER, true);
      head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      CellStyle text = style(wb, base, HorizontalAlignment.LEFT, true);
      CellStyle centre = style(wb, base, HorizontalAlignment.CENTER, true);
      CellStyle boldText = style(wb, bold, HorizontalAlignment.LEFT, true);
      CellStyle boldCentre = style(wb, bold, HorizontalAlignment.CENTER, true);
      CellStyle titleStyle = wb.createCellStyle();
      titleStyle.setFont(titleFont);
      titleStyle.setAlignment(HorizontalAlignment.CENTER);
      titleStyle.setWrapText(true);
      CellStyle italicStyle = wb.createCellStyle();
      italicStyle.setFont(italic);
      italicStyle.setAlignment(HorizontalAlignment.CENTER);

      XSSFSheet sheet = wb.createSheet(m.get("annex.sheet"));
      List<String> h = header();
      int last = h.size() - 1;
      String[] top = {m.get("annex.heading"), title(), kemTheo()};
      for (int i = 0; i < top.length; i++) {
        var c = sheet.createRow(i).createCell(0);
        c.setCellValue(UserText.cell(top[i]));
        c.setCellStyle(i == 2 ? italicStyle : titleStyle);
        sheet.addMergedRegion(new CellRangeAddress(i, i, 0, last));
      }
      int headerRow = top.length + 1;
      var hr = sheet.createRow(headerRow);
      for (int c = 0; c < h.size(); c++) {
        var cell = hr.createCell(c);
        cell.setCellValue(h.get(c));
        cell.setCellStyle(head);
      }
      int[] w = widths();
      hr.setHeightInPoints(height(h, w));
      int r = headerRow + 1;
      for (Line l : lines()) {
        var row = sheet.createRow(r++);
        List<String> c = cells(l);
        row.setHeightInPoints(height(c, w));
        boolean b = l.type() != Type.CRITERION;
        for (int i = 0; i < c.size(); i++) {
          var cell = row.createCell(i);
          String v = c.get(i);
          if (i == 1 && l.depth() > 1) {
            v = "  ".repeat(l.depth() - 1) + v;
          }
          cell.setCellValue(UserText.cell(v));
          boolean centred = i == 0 || (i >= 2 && i < 2 + groups.size());
          cell.setCellStyle(b ? (centred ? boldCentre : boldText) : (centred ? centre : text));
        }
      }
      for (int i = 0; i < w.length; i++) {
        // twips to Excel's 1/256 character widths at 10 pt
        sheet.setColumnWidth(i, Math.min(255 * 256, w[i] * 256 / TWIPS_PER_CHAR));
      }
      PrintSetup ps = sheet.getPrintSetup();
      ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
      ps.setLandscape(true);
      ps.setFitWidth((short) 1);
      ps.setFitHeight((short) 0);
      sheet.setFitToPage(true);
      sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
      sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.79);
      sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.59);
      sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.TopMargin, 0.79);
      sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.BottomMargin, 0.79);
      sheet.createFreezePane(0, headerRow + 1);
      OfficeFiles.properties(wb.getProperties().getCoreProperties(), set.title(), null);
      return OfficeFiles.write(target, wb::write);
    }
  }

  /**
   * The height of a row whose cells wrap: spreadsheet programs do not grow rows written by a
   * library when they open the file, so the lines are estimated here (a 10 pt character is about
   * {@value #TWIPS_PER_CHAR} twips wide).
   */
  private static float height(List<String> cells, int[] widths) {
    int lines = 1;
    for (int i = 0; i < cells.size(); i++) {
      int perLine = Math.max(1, widths[i] / TWIPS_PER_CHAR - 1);
      int n = 0;
      for (String part : cells.get(i).split("\n", -1)) {
        n += Math.max(1, (part.length() + perLine - 1) / perLine);
      }
      lines = Math.max(lines, n);
    }
    return lines * 13f;
  }

  private static final int TWIPS_PER_CHAR = 100;

  private static CellStyle style(XSSFWorkbook wb, Font f, HorizontalAlignment align, boolean border) {
    CellStyle s = wb.createCellStyle();
    s.setFont(f);
    s.setAlignment(align);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    s.setWrapText(true);
    return border ? CellStyles.bordered(s) : s;
  }
}
