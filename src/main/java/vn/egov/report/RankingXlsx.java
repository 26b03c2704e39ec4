package vn.egov.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.egov.model.ClassBand;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.GroupResult;
import vn.egov.model.Issuer;
import vn.egov.model.Results;
import vn.egov.model.Standing;
import vn.egov.model.UnitGroup;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.output.OfficeFiles;
import vn.egov.output.OutputContext;

/**
 * {@code ranking.xlsx}: one sheet per unit group in the layout of published ranking decisions (STT,
 * đơn vị, điểm tự đánh giá, điểm thẩm định, điểm quy đổi, xếp hạng, xếp loại, points per criteria
 * group), a criterion × unit matrix, the problems and the criteria set.
 *
 * <p>Figures are numeric cells holding the exact rounded decimals, shown with the set's precision.
 * Text a unit typed goes through {@link Cells#safe}. Reproducible: no clock time in the document
 * properties, and the zip is rewritten with fixed entry times ({@link ZipNormalizer}).
 */
final class RankingXlsx {
  static final String FILE = "ranking.xlsx";
  /** Row of the column headers on unit-group sheets; above it the title block. */
  static final int HEADER_ROW = 5;
  /** Columns of a unit-group sheet before the criteria groups. */
  static final int FIXED_COLUMNS = 7;

  static final int COL_NO = 0;
  static final int COL_UNIT = 1;
  static final int COL_SELF = 2;
  static final int COL_FINAL = 3;
  static final int COL_SCORE = 4;
  static final int COL_RANK = 5;
  static final int COL_CLASS = 6;
  /** From how many units the criterion × unit matrix is streamed rather than held whole. */
  static final int STREAM_MATRIX_FROM_UNITS = 500;

  private RankingXlsx() {}

  static void write(Results results, OutputContext context, Path target) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      org.apache.poi.xssf.streaming.SXSSFWorkbook streamed = new Book(wb, results, context).build();
      if (streamed == null) {
        OfficeFiles.write(target, wb::write);
        return;
      }
      try {
        OfficeFiles.write(target, streamed::write);
      } finally {
        streamed.dispose(); // its temporary files
      }
    }
  }

  /** The status of a unit without rank, in words ({@code prefix} + status key), or null when ranked. */
  static String unrankedWord(UnitResult u, Labels labels, String prefix) {
    if (u.status() == UnitStatus.NOT_SUBMITTED) {
      return labels.get(prefix + "not_submitted");
    }
    if (u.status() == UnitStatus.REJECTED) {
      return labels.get(prefix + "rejected");
    }
    if (u.fin() == null || u.fin().rank() == null) {
      return labels.get(prefix + "unranked");
    }
    return null;
  }

  private static final class Book extends ResultsDocument {
    private final XSSFWorkbook wb;
    private final XlsxStyles styles;

    Book(XSSFWorkbook wb, Results results, OutputContext context) {
      super(results, context);
      this.wb = wb;
      this.styles = new XlsxStyles(wb, precision);
    }

    /** Builds the workbook; the streaming wrapper to write it with when the matrix was streamed. */
    org.apache.poi.xssf.streaming.SXSSFWorkbook build() {
      OfficeFiles.properties(wb.getProperties().getCoreProperties(), set.title(), context.date());
      Set<String> taken = new HashSet<>();
      String matrix = XlsxCells.sheetName(labels.get("xlsx.sheet.matrix"), "Matrix", taken);
      String problems = XlsxCells.sheetName(labels.get("xlsx.sheet.problems"), "Problems", taken);
      String criteria = XlsxCells.sheetName(labels.get("xlsx.sheet.criteria"), "Criteria", taken);
      XlsxSheets sheets = new XlsxSheets(wb, styles, results, context);
      List<UnitResult> inMatrix = sheets.matrixUnits();
      // a province's sheets are held whole and store exact decimal text; a national run's
      // ranking sheets, matrix and problems are streamed row by row (doubles, see XlsxCells)
      org.apache.poi.xssf.streaming.SXSSFWorkbook streamed =
          inMatrix.size() > STREAM_MATRIX_FROM_UNITS ? new org.apache.poi.xssf.streaming.SXSSFWorkbook(wb, 100) : null;
      if (streamed != null) {
        streamed.setCompressTempFiles(true);
      }
      int annex = 1;
      for (UnitGroup ug : set.unitGroups()) {
        groupSheet(ug, XlsxCells.sheetName(ug.name(), ug.id(), taken), annex++, streamed);
      }
      int perSheet = sheets.unitsPerMatrixSheet();
      sheets.matrix(matrix, inMatrix.subList(0, Math.min(perSheet, inMatrix.size())), streamed);
      for (int from = perSheet, k = 2; from < inMatrix.size(); from += perSheet, k++) {
        String more = XlsxCells.sheetName(labels.get("xlsx.sheet.matrix") + " (" + k + ")", "Matrix " + k, taken);
        sheets.matrix(more, inMatrix.subList(from, Math.min(from + perSheet, inMatrix.size())), streamed);
      }
      sheets.problems(problems, context.messages(), streamed);
      sheets.criteria(criteria);
      wb.setActiveSheet(0);
      wb.setFirstVisibleTab(0);
      return streamed;
    }

    /** "(Kèm theo Báo cáo số …/BC-CODE của AGENCY)", dotted where the issuer does not say. */
    private String attachedTo() {
      Issuer issuer = set.issuer();
      String code = issuer == null || issuer.code() == null ? "…" : issuer.code();
      String name = issuer == null || issuer.name() == null ? Nd30Blocks.DOTS : issuer.name();
      return labels.get("xlsx.attached", code, name);
    }

    /**
     * A unit group's ranking sheet.
     *
     * @param streamed where a national run's sheets are written row by row, or {@code null}
     */
    private void groupSheet(UnitGroup ug, String sheetName, int annexNumber, org.apache.poi.xssf.streaming.SXSSFWorkbook streamed) {
      Sheet sh = streamed != null ? streamed.createSheet(sheetName) : wb.createSheet(sheetName);
      XSSFSheet whole = wb.getSheet(sheetName); // a streamed sheet's parts besides its rows
      List<UnitResult> units =
          results.units().stream().filter(u -> u.unit().group().equals(ug.id())).toList();
      List<CriteriaGroup> groups = set.groups();
      int colMax = FIXED_COLUMNS + groups.size();
      int colId = colMax + 1;

      // the decision's annex: "Phụ lục N", "(Kèm theo …)", the set, the block, its basis
      XlsxCells.text(XlsxCells.row(sh, 0), 0, labels.get("xlsx.annex", annexNumber), styles.title);
      XlsxCells.text(XlsxCells.row(sh, 1), 0, attachedTo(), styles.subtitle);
      XlsxCells.text(XlsxCells.row(sh, 2), 0, set.title(), styles.title);
      String block =
          set.period() == null
              ? labels.get("xlsx.block", ug.name())
              : labels.get("xlsx.block.period", ug.name(), set.period());
      XlsxCells.text(XlsxCells.row(sh, 3), 0, block, styles.subtitle);
      if (set.source() != null) {
        XlsxCells.text(XlsxCells.row(sh, 4), 0, labels.get("xlsx.source", set.source()), styles.subtitle);
      }

      Row head = XlsxCells.row(sh, HEADER_ROW);
      head.setHeightInPoints(80);
      String[] fixed = {"no", "unit", "self", "final", "score", "rank", "class"};
      for (int i = 0; i < fixed.length; i++) {
        XlsxCells.text(head, i, labels.get("xlsx.col." + fixed[i]), styles.header);
      }
      for (int i = 0; i < groups.size(); i++) {
        CriteriaGroup g = groups.get(i);
        XlsxCells.text(head, FIXED_COLUMNS + i, g.id() + ". " + g.name(), styles.header);
      }
      XlsxCells.text(head, colMax, labels.get("xlsx.col.max"), styles.header);
      XlsxCells.text(head, colId, labels.get("xlsx.col.unit_id"), styles.header);

      int r = HEADER_ROW + 1;
      int lastScored = -1;
      for (UnitResult u : units) {
        Row row = XlsxCells.row(sh, r);
        Standing fin = u.fin();
        Standing self = u.self();
        XlsxCells.integer(row, COL_NO, r - HEADER_ROW, styles.integer);
        XlsxCells.text(row, COL_UNIT, Cells.safe(u.unit().name()), styles.text);
        XlsxCells.number(row, COL_SELF, self == null ? null : self.points(), precision, styles.number);
        XlsxCells.number(row, COL_FINAL, fin == null ? null : fin.points(), precision, styles.number);
        XlsxCells.number(row, COL_SCORE, fin == null ? null : fin.score(), precision, styles.number);
        String word = unrankedWord(u, labels, "xlsx.status.");
        if (word == null) {
          XlsxCells.integer(row, COL_RANK, fin.rank(), styles.integer);
        } else {
          XlsxCells.text(row, COL_RANK, word, styles.centre);
        }
        XlsxCells.text(row, COL_CLASS, fin == null ? null : fin.classification(), styles.centre);
        for (int i = 0; i < groups.size(); i++) {
          XlsxCells.number(row, FIXED_COLUMNS + i, groupPoints(u, groups.get(i).id()), precision, styles.number);
        }
        XlsxCells.number(row, colMax, fin == null ? null : fin.max(), precision, styles.number);
        XlsxCells.text(row, colId, Cells.safe(u.id()), styles.text);
        if (fin != null && fin.score() != null) {
          lastScored = r;
        }
        r++;
      }
      int lastRow = Math.max(HEADER_ROW, r - 1);

      // narrow enough that the printed page, one page wide, keeps the text at 9 pt or more;
      // headers and the words of an unranked unit wrap
      sh.setColumnWidth(COL_NO, 6 * 256);
      sh.setColumnWidth(COL_UNIT, 31 * 256);
      for (int c = COL_SELF; c <= COL_SCORE; c++) {
        sh.setColumnWidth(c, 10 * 256);
      }
      sh.setColumnWidth(COL_RANK, 16 * 256);
      sh.setColumnWidth(COL_CLASS, 11 * 256);
      for (int i = 0; i < groups.size(); i++) {
        sh.setColumnWidth(FIXED_COLUMNS + i, 11 * 256);
      }
      sh.setColumnWidth(colMax, 9 * 256);
      sh.setColumnWidth(colId, 14 * 256);
      sh.createFreezePane(COL_UNIT + 1, HEADER_ROW + 1);
      sh.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastRow, 0, colId));
      // printed as the annex: A4 landscape, one page wide, the header row on every page; the
      // print area is the table (STT … max), without the unit-id column; the chart is below
      XlsxPrint.annex(wb, whole, HEADER_ROW, lastRow, colMax);

      if (!units.isEmpty()) {
        classColours(whole, ug, lastRow);
      }
      if (lastScored > HEADER_ROW) {
        chart(whole, ug, units, lastScored, lastRow + 2, colMax, streamed != null);
      }
    }

    /** One fill per class label, in band order: the best band green, through yellow, to red. */
    private void classColours(XSSFSheet sh, UnitGroup ug, int lastRow) {
      if (set.classification() == null) {
        return;
      }
      List<ClassBand> bands = set.classification().bandsFor(ug.id());
      if (bands.isEmpty()) {
        return;
      }
      XSSFSheetConditionalFormatting cf = sh.getSheetConditionalFormatting();
      CellRangeAddress[] range = {new CellRangeAddress(HEADER_ROW + 1, lastRow, COL_CLASS, COL_CLASS)};
      for (int i = 0; i < bands.size(); i++) {
        String label = bands.get(i).label();
        XSSFConditionalFormattingRule rule =
            cf.createConditionalFormattingRule(
                ComparisonOperator.EQUAL, "\"" + label.replace("\"", "\"\"") + "\"", null);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(bandColour(i, bands.size()), null));
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        cf.addConditionalFormatting(range, rule);
      }
    }

    /**
     * A horizontal bar per scored unit, best at the top, under the table (from row {@code top}, as
     * wide as the table's columns {@code 0 … lastCol}): it never shrinks the printed table.
     */
    private void chart(XSSFSheet sh, UnitGroup ug, List<UnitResult> units, int lastScored, int top, int lastCol, boolean streamed) {
      int bars = lastScored - HEADER_ROW;
      XSSFDrawing drawing = sh.createDrawingPatriarch();
      XSSFClientAnchor anchor =
          drawing.createAnchor(0, 0, 0, 0, COL_UNIT, top, lastCol + 1, top + Math.max(16, bars + 3));
      XSSFChart chart = drawing.createChart(anchor);
      chart.getGraphicFrame().setName(labels.get("xlsx.chart.title", ug.name()));
      chart.setTitleText(labels.get("xlsx.chart.title", ug.name()));
      chart.setTitleOverlay(false);
      XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
      categories.setOrientation(AxisOrientation.MAX_MIN);
      XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
      values.setCrosses(AxisCrosses.MAX);
      values.setMinimum(0);
      values.setMaximum(set.scoring().scale().doubleValue()); // chart geometry only
      CellRangeAddress nameCells = new CellRangeAddress(HEADER_ROW + 1, lastScored, COL_UNIT, COL_UNIT);
      CellRangeAddress scoreCells = new CellRangeAddress(HEADER_ROW + 1, lastScored, COL_SCORE, COL_SCORE);
      XDDFDataSource<String> names;
      XDDFNumericalDataSource<Double> scores;
      if (streamed) {
        // the rows are on disk already: the chart's cached points from the results, as the
        // cells hold them (names made safe, figures as doubles), the ranges the same
        String[] shownNames = new String[bars];
        Double[] shownScores = new Double[bars];
        for (int i = 0; i < bars; i++) {
          Standing fin = units.get(i).fin();
          shownNames[i] = Cells.safe(units.get(i).unit().name());
          shownScores[i] =
              fin == null || fin.score() == null ? null : Cells.figure(fin.score(), precision).doubleValue();
        }
        names = XDDFDataSourcesFactory.fromArray(shownNames, nameCells.formatAsString(sh.getSheetName(), true));
        scores = XDDFDataSourcesFactory.fromArray(shownScores, scoreCells.formatAsString(sh.getSheetName(), true));
      } else {
        names = XDDFDataSourcesFactory.fromStringCellRange(sh, nameCells);
        scores = XDDFDataSourcesFactory.fromNumericCellRange(sh, scoreCells);
      }
      XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
      data.setBarDirection(BarDirection.BAR);
      data.setVaryColors(false);
      XDDFChartData.Series series = data.addSeries(names, scores);
      series.setTitle(labels.get("xlsx.col.score"), null);
      XDDFShapeProperties shape = new XDDFShapeProperties();
      shape.setFillProperties(
          new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) 0x2F, (byte) 0x5D, (byte) 0x9E})));
      series.setShapeProperties(shape);
      chart.plot(data);
    }

    private static BigDecimal groupPoints(UnitResult u, String id) {
      for (GroupResult g : u.groups()) {
        if (g.id().equals(id)) {
          return g.points();
        }
      }
      return null;
    }
  }

  /** Light green (best band) through light yellow to light red (worst), as opaque ARGB. */
  static byte[] bandColour(int index, int count) {
    int[][] stops = {{0xC6, 0xEF, 0xCE}, {0xFF, 0xEB, 0x9C}, {0xFF, 0xC7, 0xCE}};
    double t = count <= 1 ? 0 : (double) index / (count - 1) * (stops.length - 1);
    int from = Math.min((int) Math.floor(t), stops.length - 2);
    double f = t - from;
    byte[] argb = new byte[4];
    argb[0] = (byte) 0xFF; // Excel reads a 6-digit rgb as transparent in some versions
    for (int i = 0; i < 3; i++) {
      argb[i + 1] = (byte) Math.round(stops[from][i] + (stops[from + 1][i] - stops[from][i]) * f);
    }
    return argb;
  }
}
