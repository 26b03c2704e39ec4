package vn.egov.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.SheetVisibility;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Location;
import vn.egov.model.Problem;

/**
 * Reads long and wide self-report tables, and per-unit templates, from {@code .xlsx} (streamed
 * with fastexcel-reader, never a whole-workbook object model) and legacy {@code .xls} (POI HSSF).
 * Takes the first visible sheet that holds a header row (a hidden one only if no visible sheet
 * has one). Numbers are taken as stored, formula cells by their cached value, percent-formatted
 * cells as percent, dates as dd/MM/yyyy text. Locations are {@code Sheet!A1}. Damaged,
 * encrypted, oversized or disguised files give one problem each.
 */
public final class WorkbookReader implements TableReader {
  /** Rows searched for a header at the top of each sheet. */
  static final int HEADER_SEARCH_ROWS = 50;
  /** Zip-bomb guards: no entry may inflate beyond this, or by more than this ratio. */
  static final long MAX_ENTRY_BYTES = vn.egov.security.Limits.MAX_ZIP_ENTRY_BYTES;
  static final long MAX_RATIO = vn.egov.security.Limits.MAX_ZIP_RATIO;
  /** Deflate cannot inflate by more than about 1032:1, so smaller entries cannot exceed the limit. */
  private static final long DEFLATE_MAX_RATIO = 1032;

  static {
    // POI reads no OOXML here (xlsx goes through fastexcel-reader, .xls is OLE2, templates and
    // reports are only written), but its guards are set to ours so that any future read is held
    // to the same limits (SECURITY.md)
    org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
    org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
  }

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private final CriteriaSet criteria;
  private final CsvReader csv;

  public WorkbookReader(CriteriaSet criteria) {
    this.criteria = criteria;
    this.csv = new CsvReader(criteria);
  }

  @Override
  public boolean accepts(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
  }

  @Override
  public void read(Path file, String shown, ReportSink sink) {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, 8);
    } catch (IOException e) {
      sink.problem(Problem.io(Location.of(shown), file, e));
      return;
    }
    if (n == 0) {
      sink.problem(Problem.error(Location.of(shown), "file.empty"));
      return;
    }
    if (InputLimits.tooLarge(file, shown, vn.egov.security.Limits.MAX_WORKBOOK_BYTES, sink)) {
      return;
    }
    try {
      if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
        if (safeZip(file, shown, sink)) {
          readXlsx(file, shown, sink);
        }
      } else if (n == 8 && (head[0] & 0xff) == 0xd0 && (head[1] & 0xff) == 0xcf && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xe0) {
        readOle2(file, shown, sink);
      } else if (looksLikeText(file)) {
        sink.problem(Problem.warning(Location.of(shown), "workbook.is_text"));
        csv.read(file, shown, sink);
      } else {
        sink.problem(Problem.error(Location.of(shown), "workbook.not_workbook"));
      }
    } catch (IOException | RuntimeException e) {
      // a damaged file: the libraries throw many kinds of exceptions for what is one problem
      sink.problem(Problem.error(Location.of(shown), "workbook.damaged", e.getClass().getSimpleName()));
    }
  }

  /**
   * Refuses zip bombs before any XML is inflated: by the sizes the zip declares, and since a
   * hostile zip can declare false sizes, by inflating (and counting) every entry large enough to
   * exceed the limit; archives of thousands of entries are refused too. (The JDK's zip reader
   * refuses compression methods other than stored and deflate as damaged: bzip2 would inflate far
   * more than deflate's 1032:1.)
   */
  private static boolean safeZip(Path file, String shown, ReportSink sink) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > vn.egov.security.Limits.MAX_ZIP_ENTRIES) {
        sink.problem(Problem.error(Location.of(shown), "limit.zip_entries", zip.size(), vn.egov.security.Limits.MAX_ZIP_ENTRIES));
        return false;
      }
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        long size = e.getSize();
        long packed = Math.max(1, e.getCompressedSize());
        if (size > MAX_ENTRY_BYTES
            || (size > vn.egov.security.Limits.ZIP_RATIO_FLOOR_BYTES && size / packed > MAX_RATIO)
            || (packed > MAX_ENTRY_BYTES / DEFLATE_MAX_RATIO && inflatesTooMuch(zip, e, packed))) {
          sink.problem(Problem.error(Location.of(shown), "workbook.bomb", e.getName()));
          return false;
        }
        if (e.getName().startsWith("xl/worksheets/") && columnBeyondExcel(zip, e)) {
          sink.problem(Problem.error(Location.of(shown), "limit.column_ref", e.getName()));
          return false;
        }
      }
    } catch (java.util.zip.ZipException e) {
      sink.problem(Problem.error(Location.of(shown), "workbook.damaged", "zip"));
      return false;
    }
    return true;
  }

  /** Whether the entry really inflates beyond the limits, whatever its declared size. */
  private static boolean inflatesTooMuch(ZipFile zip, ZipEntry e, long packed) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (InputStream in = zip.getInputStream(e)) {
      for (int r; (r = in.read(buffer)) > 0; ) {
        total += r;
        if (total > MAX_ENTRY_BYTES
            || (total > vn.egov.security.Limits.ZIP_RATIO_FLOOR_BYTES && total / packed > MAX_RATIO)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a sheet names a cell beyond Excel's last column (XFD, three letters): fastexcel-reader
   * fills a list up to the column's index, so {@code r="ENNNNNNNNN2"} ran out of memory (found by
   * fuzzing, SECURITY.md). One pass over the sheet's XML, looking at {@code r="…"} attributes.
   */
  private static boolean columnBeyondExcel(ZipFile zip, ZipEntry e) throws IOException {
    byte[] b = new byte[64 * 1024];
    int state = 0; // 0: other, 1: after a blank, 2: after " r", 3: after " r=", 4: in the value
    int letters = 0;
    try (InputStream in = zip.getInputStream(e)) {
      for (int n; (n = in.read(b)) > 0; ) {
        for (int i = 0; i < n; i++) {
          byte c = b[i];
          boolean blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
          if (state == 4) {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
              if (++letters > 3) {
                return true;
              }
              continue;
            }
            state = blank ? 1 : 0;
          } else if (state == 3 && (c == '"' || c == '\'')) {
            state = 4;
            letters = 0;
          } else if (state == 2 && c == '=') {
            state = 3;
          } else if (state == 1 && c == 'r') {
            state = 2;
          } else if (!(blank && state >= 2)) {
            state = blank ? 1 : 0;
          }
        }
      }
    }
    return false;
  }

  private static boolean looksLikeText(Path file) throws IOException {
    byte[] b;
    try (InputStream in = Files.newInputStream(file)) {
      b = in.readNBytes(4096);
    }
    for (byte x : b) {
      if (x == 0) {
        return false;
      }
    }
    String s = new String(b, java.nio.charset.StandardCharsets.UTF_8);
    return s.contains(",") || s.contains(";") || s.contains("\t");
  }

  // ---- the choice of sheet and the table, for any kind of workbook ----

  /**
   * One sheet of a workbook, whichever library reads it: its name, whether hidden, and its rows
   * (each a row number and its cells).
   *
   * @param rows opens its rows, in order (cells may be {@code null}); the stream is closed after
   *     reading
   */
  record SheetSource(String name, boolean hidden, RowSource rows) {}

  @FunctionalInterface
  interface RowSource {
    Stream<Row> open() throws IOException;
  }

  record Row(int number, List<RawCell> cells) {}

  /**
   * Reads every visible sheet that holds a header row (offices keep one table per unit group on
   * separate sheets); hidden sheets only when no visible sheet has one (stale copies are often
   * hidden).
   */
  private void readSheets(List<SheetSource> sheets, String shown, ReportSink sink) throws IOException {
    boolean found = false;
    for (SheetSource sheet : sheets) {
      if (!sheet.hidden()) {
        found |= readSheet(sheet, shown, sink);
      }
    }
    for (SheetSource sheet : sheets) {
      if (!found && sheet.hidden()) {
        found = readSheet(sheet, shown, sink);
      }
    }
    if (!found) {
      sink.problem(Problem.error(Location.of(shown), "workbook.no_header"));
    }
  }

  /** Reads the sheet's table if it has a header near the top; whether it had one. */
  private boolean readSheet(SheetSource sheet, String shown, ReportSink sink) throws IOException {
    try (Stream<Row> stream = sheet.rows().open()) {
      Iterator<Row> rows = stream.iterator();
      TableInterpreter table = new TableInterpreter(criteria, sink, true);
      int searched = 0;
      while (rows.hasNext() && searched++ < HEADER_SEARCH_ROWS) {
        Row r = rows.next();
        IntFunction<Location> where = col -> cellAt(shown, sheet.name(), r.number(), col);
        if (table.looksLikeHeader(r.cells())) {
          Row pending = rows.hasNext() ? rows.next() : null;
          List<RawCell> header = r.cells();
          if (pending != null && table.holdsInputIds(pending.cells())) {
            // a two-row header: captions of criteria groups above, input ids below
            header = TableInterpreter.under(r.cells(), pending.cells());
            pending = null;
          }
          InputLimits.Table limits = new InputLimits.Table(sink); // rows, columns, cell length
          header = limits.row(header, where);
          if (header != null && table.header(header, where)) {
            Row next = pending;
            while (next != null || rows.hasNext()) {
              Row d = next != null ? next : rows.next();
              next = null;
              IntFunction<Location> at = col -> cellAt(shown, sheet.name(), d.number(), col);
              List<RawCell> cells = limits.row(d.cells(), at);
              if (cells == null) {
                break;
              }
              table.row(cells, at);
            }
          }
          return true;
        }
        table.labels(r.cells());
      }
      return false;
    }
  }

  private static final String[] COLUMNS = new String[128];

  static {
    for (int i = 0; i < COLUMNS.length; i++) {
      COLUMNS[i] = org.apache.poi.ss.util.CellReference.convertNumToColString(i);
    }
  }

  static Location cellAt(String shown, String sheet, int row, int col) {
    String letters = col < COLUMNS.length ? COLUMNS[col] : org.apache.poi.ss.util.CellReference.convertNumToColString(col);
    return new Location(shown, sheet + "!" + letters + row);
  }

  // ---- .xlsx through fastexcel-reader ----

  private void readXlsx(Path file, String shown, ReportSink sink) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      List<SheetSource> sheets = new ArrayList<>();
      wb.getSheets().forEach(s -> sheets.add(xlsxSheet(s, shown)));
      readSheets(sheets, shown, sink);
    }
  }

  private static SheetSource xlsxSheet(org.dhatim.fastexcel.reader.Sheet sheet, String shown) {
    String name = sheet.getName();
    return new SheetSource(
        name, sheet.getVisibility() != SheetVisibility.VISIBLE, () -> sheet.openStream().map(r -> xlsxRow(r, shown, name)));
  }

  private static Row xlsxRow(org.dhatim.fastexcel.reader.Row r, String shown, String sheet) {
    List<RawCell> cells = new ArrayList<>(r.getCellCount());
    for (int i = 0; i < r.getCellCount(); i++) {
      org.dhatim.fastexcel.reader.Cell c = r.getCell(i);
      cells.add(c == null ? null : xlsxCell(c, cellAt(shown, sheet, r.getRowNum(), c.getColumnIndex())));
    }
    return new Row(r.getRowNum(), cells);
  }

  private static RawCell xlsxCell(org.dhatim.fastexcel.reader.Cell c, Location where) {
    String format = c.getDataFormatString();
    switch (c.getType()) {
      case NUMBER:
        return number(c.getRawValue(), format, c.getDataFormatId(), where);
      case BOOLEAN:
        return new RawCell(Boolean.TRUE.equals(c.asBoolean()) ? "TRUE" : "FALSE", null, c.asBoolean(), false, where);
      case FORMULA:
        String cached = c.getRawValue();
        if (cached == null) {
          return new RawCell("=" + c.getFormula(), null, null, false, where, "=" + c.getFormula());
        }
        try {
          return number(cached, format, c.getDataFormatId(), where);
        } catch (NumberFormatException e) {
          return RawCell.text(cached, where);
        }
      case STRING:
      case ERROR:
        return RawCell.text(c.getText(), where);
      default:
        return null;
    }
  }

  /** A numeric cell: a date shown as dd/MM/yyyy, a percentage flagged, any other number as is. */
  static RawCell number(String raw, String format, Integer formatId, Location where) {
    BigDecimal n = new BigDecimal(raw.strip()).stripTrailingZeros(); // a stored double has no scale
    if (n.signum() != 0 && Math.abs((long) n.precision() - n.scale()) > vn.egov.security.Limits.MAX_CELL_NUMBER_ORDERS) {
      // beyond any double Excel can store: a forged <v>1e999999999</v> would be expanded digit by
      // digit below (out of memory); kept as text, so it is reported as not a number (SECURITY.md)
      return RawCell.text(raw, where);
    }
    if (n.scale() < 0) {
      n = n.setScale(0);
    }
    if (format != null && isDate(formatId, format)) {
      LocalDateTime d = DateUtil.getLocalDateTime(n.doubleValue());
      return RawCell.text(d.format(DATE), where);
    }
    boolean percent = format != null && unquoted(format).contains("%");
    return new RawCell(n.stripTrailingZeros().toPlainString(), n, null, percent, where);
  }

  private static boolean isDate(Integer id, String format) {
    return DateUtil.isADateFormat(id == null ? -1 : id, format);
  }

  private static String unquoted(String format) {
    return format.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "");
  }

  // ---- .xls (and OLE2 files named .xlsx) through POI HSSF ----

  private void readOle2(Path file, String shown, ReportSink sink) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
        sink.problem(Problem.error(Location.of(shown), "workbook.encrypted"));
        return;
      }
      try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
        List<SheetSource> sheets = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
          sheets.add(xlsSheet(wb, i, shown));
        }
        readSheets(sheets, shown, sink);
      }
    } catch (EncryptedDocumentException e) {
      sink.problem(Problem.error(Location.of(shown), "workbook.encrypted"));
    }
  }

  private static SheetSource xlsSheet(HSSFWorkbook wb, int index, String shown) {
    org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(index);
    String name = wb.getSheetName(index);
    return new SheetSource(
        name,
        wb.isSheetHidden(index) || wb.isSheetVeryHidden(index),
        () -> {
          List<CellRangeAddress> merged = sheet.getMergedRegions(); // only for a sheet that is read
          return StreamSupport.stream(sheet.spliterator(), false).map(r -> xlsRow(sheet, merged, r, shown, name));
        });
  }

  private static Row xlsRow(
      org.apache.poi.ss.usermodel.Sheet sheet, List<CellRangeAddress> merged, org.apache.poi.ss.usermodel.Row r, String shown, String name) {
    int last = Math.max(0, r.getLastCellNum());
    List<RawCell> cells = new ArrayList<>(last);
    for (int i = 0; i < last; i++) {
      org.apache.poi.ss.usermodel.Cell c = mergedTopLeft(sheet, merged, r.getRowNum(), i, r);
      cells.add(c == null ? null : xlsCell(c, cellAt(shown, name, r.getRowNum() + 1, i)));
    }
    return new Row(r.getRowNum() + 1, cells);
  }

  /** The cell, or for a cell inside a merged area, the area's top-left cell. */
  private static org.apache.poi.ss.usermodel.Cell mergedTopLeft(
      org.apache.poi.ss.usermodel.Sheet sheet, List<CellRangeAddress> merged, int row, int col, org.apache.poi.ss.usermodel.Row r) {
    for (CellRangeAddress m : merged) {
      if (m.isInRange(row, col) && (m.getFirstRow() != row || m.getFirstColumn() != col)) {
        org.apache.poi.ss.usermodel.Row top = sheet.getRow(m.getFirstRow());
        return top == null ? null : top.getCell(m.getFirstColumn());
      }
    }
    return r.getCell(col);
  }

  private static RawCell xlsCell(org.apache.poi.ss.usermodel.Cell c, Location where) {
    CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    switch (type) {
      case NUMERIC:
        String format = c.getCellStyle().getDataFormatString();
        String raw = BigDecimal.valueOf(c.getNumericCellValue()).toPlainString();
        return number(raw, format, (int) c.getCellStyle().getDataFormat(), where);
      case BOOLEAN:
        return new RawCell(c.getBooleanCellValue() ? "TRUE" : "FALSE", null, c.getBooleanCellValue(), false, where);
      case STRING:
        return RawCell.text(c.getStringCellValue(), where);
      case ERROR:
        return RawCell.text(org.apache.poi.ss.usermodel.FormulaError.forInt(c.getErrorCellValue()).getString(), where);
      default:
        return null;
    }
  }
}
