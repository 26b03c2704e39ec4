package vn.egov.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.Criterion;
import vn.egov.model.CriterionResult;
import vn.egov.model.CriterionStatus;
import vn.egov.model.GroupResult;
import vn.egov.model.Kind;
import vn.egov.model.Outcome;
import vn.egov.model.Problem;
import vn.egov.model.Results;
import vn.egov.model.UnitGroup;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.output.OutputContext;
import vn.egov.text.Messages;

/** The sheets of {@code ranking.xlsx} besides the rankings: matrix, problems, criteria set. */
final class XlsxSheets extends ResultsDocument {
  private final XSSFWorkbook wb;
  private final XlsxStyles styles;

  XlsxSheets(XSSFWorkbook wb, XlsxStyles styles, Results results, OutputContext context) {
    super(results, context);
    this.wb = wb;
    this.styles = styles;
  }

  /**
   * Criterion × unit: a row per criteria group, criterion and sub-criterion (ids indented by
   * depth), the max per unit group, then two columns per submitted unit: self-assessed and final
   * points; a total row last.
   */
  /** The units of the matrix: every unit that sent a report, in published order. */
  List<UnitResult> matrixUnits() {
    return results.units().stream().filter(u -> u.status() != UnitStatus.NOT_SUBMITTED).toList();
  }

  /**
   * How many units one matrix sheet holds: Excel has 16,384 columns, and each unit takes two
   * (a national run's units go on as many sheets as needed, in published order).
   */
  int unitsPerMatrixSheet() {
    return (org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxColumns() - (2 + set.unitGroups().size())) / 2;
  }

  /**
   * @param streamed where a national run's matrix is written row by row instead of held whole
   *     (POI's in-memory sheet took 15 s and most of 2 GiB for 3,321 units), or {@code null}
   */
  void matrix(String name, List<UnitResult> units, org.apache.poi.xssf.streaming.SXSSFWorkbook streamed) {
    org.apache.poi.ss.usermodel.Sheet sh = streamed != null ? streamed.createSheet(name) : wb.createSheet(name);
    XSSFSheet whole = wb.getSheet(name); // the streamed sheet's parts besides its rows
    List<UnitGroup> ugs = set.unitGroups();
    int firstUnit = 2 + ugs.size();
    int lastCol = firstUnit + 2 * units.size() - 1;

    // column widths left to right: a sheet's column definitions must be in ascending order
    sh.setColumnWidth(0, 10 * 256);
    sh.setColumnWidth(1, 55 * 256);
    XlsxCells.text(XlsxCells.row(sh, 0), 0, labels.get("xlsx.matrix.title"), styles.title);
    org.apache.poi.ss.usermodel.Row h1 = XlsxCells.row(sh, 1);
    org.apache.poi.ss.usermodel.Row h2 = XlsxCells.row(sh, 2);
    h1.setHeightInPoints(64);
    XlsxCells.text(h1, 0, labels.get("xlsx.matrix.id"), styles.header);
    XlsxCells.text(h2, 0, null, styles.header);
    XlsxCells.text(h1, 1, labels.get("xlsx.matrix.criterion"), styles.header);
    XlsxCells.text(h2, 1, null, styles.header);
    sh.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
    sh.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
    for (int i = 0; i < ugs.size(); i++) {
      XlsxCells.text(h1, 2 + i, i == 0 ? labels.get("xlsx.matrix.max") : null, styles.header);
      XlsxCells.text(h2, 2 + i, ugs.get(i).name(), styles.header);
      sh.setColumnWidth(2 + i, 12 * 256);
    }
    if (ugs.size() > 1) {
      sh.addMergedRegion(new CellRangeAddress(1, 1, 2, 1 + ugs.size()));
    }
    for (int j = 0; j < units.size(); j++) {
      int c = firstUnit + 2 * j;
      XlsxCells.text(h1, c, Cells.safe(units.get(j).unit().name()), styles.header);
      XlsxCells.text(h1, c + 1, null, styles.header);
      // the unit name over its two columns; regions of distinct columns never overlap, so POI's
      // check of each new region against all earlier ones (quadratic) is skipped
      sh.addMergedRegionUnsafe(new CellRangeAddress(1, 1, c, c + 1));
      XlsxCells.text(h2, c, labels.get("xlsx.matrix.self"), styles.header);
      XlsxCells.text(h2, c + 1, labels.get("xlsx.matrix.final"), styles.header);
    }
    if (!units.isEmpty()) {
      // one column definition for all unit columns: setting thousands of widths one by one
      // costs POI a search per column (3,321 units took seconds)
      org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols cols =
          whole.getCTWorksheet().sizeOfColsArray() == 0
              ? whole.getCTWorksheet().addNewCols()
              : whole.getCTWorksheet().getColsArray(0);
      org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol col = cols.addNewCol();
      col.setMin(firstUnit + 1);
      col.setMax(lastCol + 1);
      col.setWidth(11);
      col.setCustomWidth(true);
    }

    List<Map<String, CriterionResult>> byId = new ArrayList<>();
    for (UnitResult u : units) {
      byId.add(u.criteriaById());
    }
    int r = 3;
    for (CriteriaGroup g : set.groups()) {
      Row row = XlsxCells.row(sh, r++);
      XlsxCells.text(row, 0, g.id(), styles.indented(0));
      XlsxCells.text(row, 1, g.name(), styles.textBold);
      for (int i = 0; i < ugs.size(); i++) {
        XlsxCells.number(row, 2 + i, Figures.groupMax(g, ugs.get(i).id()), precision, styles.numberBold);
      }
      for (int j = 0; j < units.size(); j++) {
        GroupResult gr = units.get(j).group(g.id());
        int c = firstUnit + 2 * j;
        XlsxCells.number(row, c, gr == null ? null : gr.selfPoints(), precision, styles.numberBold);
        XlsxCells.number(row, c + 1, gr == null ? null : gr.points(), precision, styles.numberBold);
      }
      for (Criterion c : g.criteria()) {
        r = criterionRows(sh, r, c, c, 1, ugs, firstUnit, byId);
      }
    }
    org.apache.poi.ss.usermodel.Row total = XlsxCells.row(sh, r);
    XlsxCells.text(total, 0, null, styles.textBold);
    XlsxCells.text(total, 1, labels.get("xlsx.matrix.total"), styles.textBold);
    for (int i = 0; i < ugs.size(); i++) {
      XlsxCells.number(total, 2 + i, set.maxFor(ugs.get(i).id(), Kind.NORMAL), precision, styles.numberBold);
    }
    for (int j = 0; j < units.size(); j++) {
      UnitResult u = units.get(j);
      int c = firstUnit + 2 * j;
      XlsxCells.number(total, c, u.self() == null ? null : u.self().points(), precision, styles.numberBold);
      XlsxCells.number(total, c + 1, u.fin() == null ? null : u.fin().points(), precision, styles.numberBold);
    }

    sh.createFreezePane(firstUnit, 3);
    XlsxPrint.matrix(whole, 2, firstUnit - 1);
    sh.setAutoFilter(new CellRangeAddress(2, r, 0, Math.max(lastCol, 1 + ugs.size())));
  }

  private int criterionRows(
      org.apache.poi.ss.usermodel.Sheet sh,
      int r,
      Criterion c,
      Criterion top,
      int depth,
      List<UnitGroup> ugs,
      int firstUnit,
      List<Map<String, CriterionResult>> byId) {
    org.apache.poi.ss.usermodel.Row row = XlsxCells.row(sh, r++);
    XlsxCells.text(row, 0, c.id(), styles.indented(depth));
    XlsxCells.text(row, 1, c.name(), styles.text);
    for (int i = 0; i < ugs.size(); i++) {
      String ug = ugs.get(i).id();
      if (top.mayApplyTo(ug)) {
        XlsxCells.number(row, 2 + i, c.maxFor(ug), precision, styles.number);
      } else {
        XlsxCells.text(row, 2 + i, labels.get("xlsx.not_applicable"), styles.centre);
      }
    }
    for (int j = 0; j < byId.size(); j++) {
      CriterionResult cr = byId.get(j).get(c.id());
      int col = firstUnit + 2 * j;
      outcome(row, col, c, cr == null ? null : cr.self());
      outcome(row, col + 1, c, cr == null ? null : cr.fin());
    }
    for (Criterion sub : c.criteria()) {
      r = criterionRows(sh, r, sub, top, depth + 1, ugs, firstUnit, byId);
    }
    return r;
  }

  /** A criterion's points as they count: a deduction negative. */
  private void outcome(org.apache.poi.ss.usermodel.Row row, int col, Criterion c, Outcome o) {
    if (o == null || o.status() == CriterionStatus.NOT_APPLICABLE) {
      XlsxCells.text(row, col, labels.get("xlsx.not_applicable"), styles.centre);
    } else if (o.status() == CriterionStatus.NA || o.points() == null) {
      XlsxCells.text(row, col, labels.get("xlsx.na"), styles.centre);
    } else {
      XlsxCells.number(row, col, Figures.signed(c, o.points()), precision, styles.number);
    }
  }

  /** Header cells labelled {@code prefix + col}, and the columns' widths in characters. */
  private void heads(Row head, String prefix, String[] cols, int[] widths) {
    for (int i = 0; i < cols.length; i++) {
      XlsxCells.text(head, i, labels.get(prefix + cols[i]), styles.header);
      head.getSheet().setColumnWidth(i, widths[i] * 256);
    }
  }

  /**
   * Every problem: severity, file, location, unit, input, message. Streamed with the matrix when
   * it is (a national run's problems are tens of thousands of rows; text only, so nothing of a
   * figure changes).
   */
  void problems(String name, Messages messages, SXSSFWorkbook streamed) {
    Sheet sh = streamed != null ? streamed.createSheet(name) : wb.createSheet(name);
    XSSFSheet whole = wb.getSheet(name); // the streamed sheet's parts besides its rows
    Row head = XlsxCells.row(sh, 0);
    String[] cols = {"severity", "file", "location", "unit", "input", "message"};
    int[] widths = {11, 34, 10, 12, 18, 70};
    heads(head, "xlsx.problems.", cols, widths);
    int r = 1;
    for (Problem p : results.problems()) {
      Row row = XlsxCells.row(sh, r++);
      XlsxCells.text(row, 0, labels.get(p.isError() ? "xlsx.severity.error" : "xlsx.severity.warning"), styles.text);
      XlsxCells.text(row, 1, Cells.safe(p.location().file()), styles.text);
      XlsxCells.text(row, 2, Cells.safe(p.location().where()), styles.text);
      XlsxCells.text(row, 3, Cells.safe(p.unit()), styles.text);
      XlsxCells.text(row, 4, Cells.safe(p.input()), styles.text);
      XlsxCells.text(row, 5, Cells.safe(messages.render(p.message())), styles.text);
    }
    sh.createFreezePane(0, 1);
    sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, cols.length - 1));
    XlsxPrint.landscape(wb, whole, 0, 0, r - 1, cols.length - 1);
  }

  /** The criteria set: group, criterion, kind, method, N/A, max per unit group. */
  void criteria(String name) {
    XSSFSheet sh = wb.createSheet(name);
    List<UnitGroup> ugs = set.unitGroups();
    XSSFRow head = XlsxCells.row(sh, 0);
    String[] cols = {"group", "id", "name", "kind", "method", "na"};
    int[] widths = {30, 10, 60, 14, 34, 12};
    heads(head, "xlsx.criteria.", cols, widths);
    for (int i = 0; i < ugs.size(); i++) {
      XlsxCells.text(head, cols.length + i, labels.get("xlsx.criteria.max", ugs.get(i).name()), styles.header);
      sh.setColumnWidth(cols.length + i, 16 * 256);
    }
    int[] r = {1};
    for (CriteriaGroup g : set.groups()) {
      for (Criterion c : g.criteria()) {
        criteriaRows(sh, r, g, c, c, 0, ugs, cols.length);
      }
    }
    sh.createFreezePane(3, 1);
    sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, r[0] - 1), 0, cols.length + ugs.size() - 1));
  }

  private void criteriaRows(
      XSSFSheet sh, int[] r, CriteriaGroup g, Criterion c, Criterion top, int depth, List<UnitGroup> ugs, int firstMax) {
    XSSFRow row = XlsxCells.row(sh, r[0]++);
    boolean isTop = c == top;
    XlsxCells.text(row, 0, g.id() + ". " + g.name(), styles.text);
    XlsxCells.text(row, 1, c.id(), styles.indented(depth));
    XlsxCells.text(row, 2, c.name(), isTop ? styles.textBold : styles.text);
    XlsxCells.text(row, 3, isTop ? labels.get("xlsx.kind." + c.kind().name().toLowerCase(java.util.Locale.ROOT)) : null, styles.text);
    XlsxCells.text(row, 4, method(c), styles.text);
    XlsxCells.text(row, 5, isTop ? labels.get(c.naAllowed() ? "xlsx.yes" : "xlsx.no") : null, styles.centre);
    for (int i = 0; i < ugs.size(); i++) {
      String ug = ugs.get(i).id();
      XSSFCellStyle s = styles.number;
      if (top.mayApplyTo(ug)) {
        XlsxCells.number(row, firstMax + i, c.maxFor(ug), precision, s);
      } else {
        XlsxCells.text(row, firstMax + i, labels.get("xlsx.not_applicable"), styles.centre);
      }
    }
    for (Criterion sub : c.criteria()) {
      criteriaRows(sh, r, g, sub, top, depth + 1, ugs, firstMax);
    }
  }

  private String method(Criterion c) {
    if (c.composite()) {
      return labels.get("xlsx.combine." + (c.combine() == null ? "sum" : c.combine().name()).toLowerCase(java.util.Locale.ROOT));
    }
    String key = "xlsx.method." + c.method().type();
    return labels.has(key) ? labels.get(key) : c.method().type();
  }

}
