package vn.egov.validate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * (Re)creates the binary fixtures of the bad self-report corpus ({@code
 * src/test/resources/bad-reports}) and the workbooks of the sample's folder of realistic mistakes
 * ({@code samples/phu-tho-2018/loi}). Not a test: run it once after changing it, from the project
 * root, and commit the files it writes; the tests only read them.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" vn.egov.validate.BadReportsFixtures
 * </pre>
 *
 * Output is byte-for-byte reproducible: fixed zip timestamps, no creation dates, seeded garbage.
 */
public final class BadReportsFixtures {
  static final Path CORPUS = Path.of("src/test/resources/bad-reports");
  static final Path SAMPLE_ERRORS = Path.of("samples/phu-tho-2018/loi");

  /** Fixed modification time of every zip entry (1 January 2018, local time of the zip format). */
  private static final long ZIP_TIME = 1514764800000L;

  /** Header of the corpus's wide tables (A..N). */
  static final String[] WIDE = {
    "unit_id", "unit_name", "unit_group", "staff_total", "staff_with_pc", "broadband", "video_conference",
    "records_received", "records_ontime", "edoc_rate", "portal", "it_budget", "security_points",
    "security_points@evidence"
  };

  static final Object[] STTTT = {
    "STTTT", "Sở Thông tin và Truyền thông", "department", 35, 35, "Có", null, 1250, 1200, 92, "full", 320, 9,
    "QĐ 15/QĐ-STTTT ngày 15/3/2018"
  };
  static final Object[] STP = {
    "STP", "Sở Tư pháp", "department", 48, 46, "Có", null, 860, 841, 75, "partial", 150, 7,
    "Biên bản kiểm tra ATTT số 08/BB-STP"
  };
  static final Object[] VIETTRI = {
    "VIETTRI", "UBND thành phố Việt Trì", "district", 120, 118, "Có", "Có", 32052, 30938, 68, "full", 900, 8,
    "Báo cáo 112/BC-UBND ngày 10/10/2018"
  };
  static final Object[] HAHOA = {
    "HAHOA", "UBND huyện Hạ Hòa", "district", 95, 90, "x", "Không", 5410, 5120, 55, "partial", 200, 6,
    "KH 20/KH-UBND"
  };

  private BadReportsFixtures() {}

  public static void main(String[] args) throws IOException {
    corpus(CORPUS);
    sampleErrors(SAMPLE_ERRORS);
  }

  // ------------------------------------------------------------------ cell values

  /** A formula; its cached result is computed by POI's evaluator unless {@code cached} is false. */
  record Formula(String text, boolean cached) {}

  /** A number shown with an Excel number format (e.g. {@code 0.00%}, {@code dd/mm/yyyy}). */
  record Formatted(double value, String format) {}

  private static Object[] with(Object[] row, int column, Object value) {
    Object[] copy = row.clone();
    copy[column] = value;
    return copy;
  }

  private static Object[] text(Object[] row) {
    Object[] copy = row.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] instanceof Number n) {
        copy[i] = n.toString();
      }
    }
    return copy;
  }

  /** Writes the values into row {@code r} (0-based) from column {@code from}; {@code null} = no cell. */
  static Row put(Sheet s, int r, int from, Object... values) {
    Row row = s.getRow(r) != null ? s.getRow(r) : s.createRow(r);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        continue;
      }
      Cell c = row.createCell(from + i);
      if (v instanceof String t) {
        c.setCellValue(t);
      } else if (v instanceof Number n) {
        c.setCellValue(n.doubleValue());
      } else if (v instanceof Boolean b) {
        c.setCellValue(b);
      } else if (v instanceof Formula f) {
        c.setCellFormula(f.text());
      } else if (v instanceof Formatted f) {
        c.setCellValue(f.value());
        CellStyle st = s.getWorkbook().createCellStyle();
        st.setDataFormat(s.getWorkbook().createDataFormat().getFormat(f.format()));
        c.setCellStyle(st);
      } else {
        throw new IllegalArgumentException(v.toString());
      }
    }
    return row;
  }

  /** Computes the cached result of every formula except those marked {@code cached: false}. */
  private static void calculate(Workbook wb, List<Cell> uncached) {
    var evaluator = wb.getCreationHelper().createFormulaEvaluator();
    for (Sheet s : wb) {
      for (Row r : s) {
        for (Cell c : r) {
          if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA && !uncached.contains(c)) {
            evaluator.evaluateFormulaCell(c);
          }
        }
      }
    }
  }

  private static Sheet wide(Workbook wb, String name, int headerRow, Object[]... rows) {
    Sheet s = wb.createSheet(name);
    put(s, headerRow, 0, (Object[]) WIDE);
    for (int i = 0; i < rows.length; i++) {
      put(s, headerRow + 1 + i, 0, rows[i]);
    }
    return s;
  }

  /** The workbook's bytes, with fixed zip timestamps and no creation date (xlsx). */
  static byte[] bytes(Workbook wb) throws IOException {
    calculate(wb, List.of());
    return raw(wb);
  }

  private static byte[] raw(Workbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (wb instanceof XSSFWorkbook x) {
      var core = x.getProperties().getCoreProperties();
      core.setCreator("egov tests");
      core.setCreated(Optional.empty());
      core.setModified(Optional.empty());
    }
    wb.write(out);
    wb.close();
    return wb instanceof XSSFWorkbook ? rezip(out.toByteArray()) : out.toByteArray();
  }

  private static byte[] rezip(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(ZIP_TIME);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static byte[] garbage(long seed, int size) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    b[0] = 0x13; // neither "PK" (zip) nor D0 CF (OLE2)
    b[1] = 0x00; // and a NUL, so it is not text
    return b;
  }

  // ------------------------------------------------------------------ the corpus

  static void corpus(Path dir) throws IOException {
    // Excel's "Unicode Text": UTF-16LE with BOM, tab-separated, Vietnamese headers
    String utf16 =
        "Mã đơn vị\tTên đơn vị\tNhóm\t" + String.join("\t", List.of(WIDE).subList(3, WIDE.length)) + "\r\n"
            + "STTTT\tSở Thông tin và Truyền thông\tdepartment\t35\t35\tCó\t\t1250\t1200\t92\tĐáp ứng đầy đủ\t320\t9\tQĐ 15/QĐ-STTTT ngày 15/3/2018\r\n";
    ByteArrayOutputStream u = new ByteArrayOutputStream();
    u.write(0xff);
    u.write(0xfe);
    u.write(utf16.getBytes(StandardCharsets.UTF_16LE));
    write(dir.resolve("24-utf16le-bom-ok.csv"), u.toByteArray());

    // saved as "CSV (Comma delimited)" by a Vietnamese Windows: code page 1258, not UTF-8
    String legacy =
        "Mã đơn vị,Tên đơn vị,Nhóm,staff_total,staff_with_pc,broadband,records_received,records_ontime,edoc_rate,portal,security_points,security_points@evidence\r\n"
            + "STTTT,Sở Thông tin và Truyền thông,department,35,35,Có,1250,1200,92,full,9,QĐ 15/QĐ-STTTT\r\n";
    write(dir.resolve("25-windows-1258.csv"), java.text.Normalizer.normalize(legacy, java.text.Normalizer.Form.NFD)
        .getBytes(Charset.forName("windows-1258")));

    write(dir.resolve("28-garbage.csv"), garbage(28, 700));
    write(dir.resolve("29-garbage.xlsx"), garbage(29, 900));

    // a workbook cut off in the middle of its transfer
    XSSFWorkbook full = new XSSFWorkbook();
    wide(full, "Số liệu", 0, STTTT, STP);
    byte[] whole = bytes(full);
    write(dir.resolve("36-truncated.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));

    // CSV text saved under an .xlsx name
    write(
        dir.resolve("37-csv-named-xlsx.xlsx"),
        (String.join(",", WIDE) + "\n"
                + "STTTT,Sở Thông tin và Truyền thông,department,35,35,Có,,1250,1200,92,full,320,9,QĐ 15/QĐ-STTTT ngày 15/3/2018\n")
            .getBytes(StandardCharsets.UTF_8));

    write(dir.resolve("38-formulas-and-div0.xlsx"), formulas());
    write(dir.resolve("39-formula-without-result.xlsx"), uncachedFormula());
    write(dir.resolve("40-merged-title-and-captions.xlsx"), mergedTitle());
    write(dir.resolve("41-two-row-merged-header.xlsx"), twoRowHeader());
    write(dir.resolve("42-merged-unit-cells.xlsx"), mergedUnitCells(new XSSFWorkbook()));
    write(dir.resolve("43-merged-unit-cells.xls"), mergedUnitCells(new HSSFWorkbook()));
    write(dir.resolve("44-hidden-sheet-stale.xlsx"), hiddenSheet());
    write(dir.resolve("45-header-on-second-sheet.xlsx"), headerOnSecondSheet());
    write(dir.resolve("46-numbers-stored-as-text.xlsx"), numbersAsText());
    write(dir.resolve("47-percent-format.xlsx"), percentFormat());
    write(dir.resolve("48-date-cells.xlsx"), dateCells());
    write(dir.resolve("49-per-unit-workbook.xlsx"), perUnitWorkbook());
    write(dir.resolve("50-two-sheets-two-groups.xlsx"), twoSheets());
  }

  private static byte[] formulas() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Object[] r = STTTT.clone();
    r[4] = new Formula("D2", true); // staff_with_pc = staff_total: 35
    r[8] = new Formula("ROUND(H2*0.96,0)", true); // records_ontime: 1200
    r[9] = new Formula("ROUND(I2/H2*100,2)", true); // edoc_rate: 96
    r[11] = new Formula("320/(D2-35)", true); // it_budget: #DIV/0!
    wide(wb, "Số liệu", 0, r);
    return bytes(wb);
  }

  private static byte[] uncachedFormula() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wide(wb, "Số liệu", 0, with(STTTT, 4, new Formula("D2", false)));
    calculate(wb, List.of(s.getRow(1).getCell(4)));
    return raw(wb);
  }

  private static byte[] mergedTitle() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Tổng hợp");
    put(s, 0, 0, "BÁO CÁO TỰ ĐÁNH GIÁ MỨC ĐỘ CHÍNH QUYỀN ĐIỆN TỬ NĂM 2018");
    s.addMergedRegion(new CellRangeAddress(0, 0, 0, 13));
    put(s, 1, 3, "1. Hạ tầng kỹ thuật");
    s.addMergedRegion(new CellRangeAddress(1, 1, 3, 6));
    put(s, 1, 7, "2. Dịch vụ công và an toàn thông tin");
    s.addMergedRegion(new CellRangeAddress(1, 1, 7, 13));
    put(s, 2, 0, (Object[]) WIDE);
    put(s, 3, 0, with(STTTT, 4, "9x"));
    put(s, 4, 0, STP);
    return bytes(wb);
  }

  private static byte[] twoRowHeader() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Tổng hợp");
    put(s, 0, 0, "Mã đơn vị", "Tên đơn vị", "Nhóm", "1. Hạ tầng kỹ thuật", null, null, null,
        "2. Dịch vụ công và an toàn thông tin");
    for (int c = 0; c < 3; c++) {
      s.addMergedRegion(new CellRangeAddress(0, 1, c, c));
    }
    s.addMergedRegion(new CellRangeAddress(0, 0, 3, 6));
    s.addMergedRegion(new CellRangeAddress(0, 0, 7, 13));
    put(s, 1, 3, (Object[]) List.of(WIDE).subList(3, WIDE.length).toArray());
    put(s, 2, 0, with(STTTT, 4, "9x"));
    put(s, 3, 0, STP);
    return bytes(wb);
  }

  /** A long table whose unit id and name cells are merged over each unit's rows. */
  private static byte[] mergedUnitCells(Workbook wb) throws IOException {
    Sheet s = wb.createSheet("Số liệu");
    put(s, 0, 0, "Mã đơn vị", "Tên đơn vị", "Mã chỉ tiêu", "Giá trị", "Tài liệu kiểm chứng");
    String[] inputs = {
      "staff_total", "staff_with_pc", "broadband", "records_received", "records_ontime", "edoc_rate", "portal",
      "it_budget", "security_points"
    };
    int r = 1;
    for (Object[] unit : new Object[][] {with(STTTT, 9, 120), with(STP, 5, "có lẽ")}) {
      int first = r;
      put(s, r, 0, unit[0], unit[1]);
      for (String input : inputs) {
        int col = List.of(WIDE).indexOf(input);
        put(s, r, 2, input, unit[col], input.equals("security_points") ? unit[13] : null);
        r++;
      }
      s.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
      s.addMergedRegion(new CellRangeAddress(first, r - 1, 1, 1));
    }
    return bytes(wb);
  }

  private static byte[] hiddenSheet() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    // last year's figures, kept in a hidden sheet: never to be read
    wide(wb, "Năm 2017", 0, with(with(STTTT, 4, "9x"), 9, "120%"), with(STP, 5, "có lẽ"));
    wide(wb, "Năm 2018", 0, STTTT, with(STP, 4, 50));
    wb.setSheetVisibility(0, SheetVisibility.HIDDEN);
    wb.setActiveSheet(1);
    wb.setSelectedTab(1);
    return bytes(wb);
  }

  private static byte[] headerOnSecondSheet() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet help = wb.createSheet("Hướng dẫn");
    put(help, 0, 0, "Hướng dẫn điền số liệu");
    put(help, 2, 0, "Điền số liệu vào trang \"Số liệu\", mỗi đơn vị một dòng.");
    put(help, 3, 0, "Cột portal: full, partial hoặc none.");
    Sheet s = wb.createSheet("Số liệu");
    put(s, 0, 0, "SỐ LIỆU TỰ ĐÁNH GIÁ NĂM 2018");
    put(s, 2, 0, (Object[]) WIDE);
    put(s, 3, 0, with(STTTT, 10, "Day du"));
    return bytes(wb);
  }

  private static byte[] numbersAsText() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Object[] viettri = text(VIETTRI);
    viettri[7] = "32.052";
    viettri[8] = "30.938";
    viettri[9] = "96,52%";
    viettri[11] = "1.150,5";
    viettri[12] = "8,5";
    Object[] hahoa = text(HAHOA);
    hahoa[7] = "5.41";
    wide(wb, "Số liệu", 0, viettri, hahoa);
    return bytes(wb);
  }

  private static byte[] percentFormat() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wide(wb, "Số liệu", 0,
        with(STTTT, 9, new Formatted(0.9652, "0.00%")),
        with(STP, 9, new Formatted(1.2, "0%")),
        VIETTRI);
    return bytes(wb);
  }

  private static byte[] dateCells() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("Số liệu");
    List<Object> header = new ArrayList<>(List.of(WIDE));
    header.add("plan_number");
    header.add("plan_date");
    put(s, 0, 0, header.toArray());
    double march15 = org.apache.poi.ss.usermodel.DateUtil.getExcelDate(LocalDate.of(2018, 3, 15));
    List<Object> stttt = new ArrayList<>(java.util.Arrays.asList(STTTT));
    stttt.set(6, "");
    stttt.add("45/KH-STTTT");
    stttt.add(new Formatted(march15, "dd/mm/yyyy"));
    put(s, 1, 0, stttt.toArray());
    put(s, 2, 0, with(STP, 11, new Formatted(march15, "dd/mm/yyyy")));
    return bytes(wb);
  }

  /** The layout of the workbook {@code egov template} writes, filled in by Sở Nội vụ. */
  private static byte[] perUnitWorkbook() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet help = wb.createSheet("Hướng dẫn");
    put(help, 0, 0, "Bộ tiêu chí thử nghiệm - báo cáo tự đánh giá có lỗi");
    Sheet s = wb.createSheet("Tự đánh giá");
    put(s, 0, 0, "TỰ ĐÁNH GIÁ MỨC ĐỘ CHÍNH QUYỀN ĐIỆN TỬ NĂM 2018");
    put(s, 2, 0, "Mã đơn vị", "SNV");
    put(s, 3, 0, "Tên đơn vị", "Sở Nội vụ");
    put(s, 4, 0, "Nhóm", "department", "Sở, ban, ngành");
    put(s, 6, 0, "Tiêu chí", "Mã chỉ tiêu", "Nội dung", "Đơn vị tính", "Giá trị tự đánh giá",
        "Tài liệu kiểm chứng", "Giá trị thẩm định", "Ghi chú", "Hướng dẫn");
    Object[][] rows = {
      {"", "staff_total", "Tổng số cán bộ công chức", "người", 52},
      {"1", null, "Hạ tầng kỹ thuật"},
      {"1.1", null, "Tỷ lệ cán bộ công chức có máy tính (tối đa 10 điểm)"},
      {null, "staff_with_pc", "Số cán bộ công chức có máy tính", "người", "5O"},
      {"1.2", null, "Kết nối Internet băng rộng (tối đa 5 điểm)"},
      {null, "broadband", "Có kết nối Internet băng rộng", null, "Có"},
      {"2", null, "Dịch vụ công và an toàn thông tin"},
      {"2.1", null, "Tỷ lệ hồ sơ giải quyết đúng hạn (tối đa 10 điểm)"},
      {null, "records_received", "Số hồ sơ tiếp nhận", "hồ sơ", "Không áp dụng"},
      {null, "records_ontime", "Số hồ sơ giải quyết đúng hạn", "hồ sơ", "Không áp dụng"},
      {"2.2", null, "Tỷ lệ văn bản trao đổi dưới dạng điện tử (tối đa 10 điểm)"},
      {null, "edoc_rate", "Tỷ lệ văn bản điện tử", "%", "N/A"},
      {"2.3", null, "Cổng thông tin điện tử theo Nghị định 43/2011/NĐ-CP (tối đa 10 điểm)"},
      {null, "portal", "Mức độ đáp ứng Nghị định 43/2011/NĐ-CP", null, "Đáp ứng đầy đủ"},
      {"2.4", null, "Kinh phí cho ứng dụng CNTT (tối đa 5 điểm)"},
      {null, "it_budget", "Kinh phí CNTT (triệu đồng)", "triệu đồng", 250},
      {"2.5", null, "Bảo đảm an toàn thông tin (tối đa 10 điểm)"},
      {null, "security_points", "Điểm an toàn thông tin tự chấm", "điểm", 9},
    };
    for (int i = 0; i < rows.length; i++) {
      put(s, 7 + i, 0, rows[i]);
    }
    wb.setActiveSheet(1);
    wb.setSelectedTab(1);
    return bytes(wb);
  }

  private static byte[] twoSheets() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wide(wb, "Sở ban ngành", 0, STTTT, STP);
    wide(wb, "Huyện", 0, VIETTRI, with(HAHOA, 6, "có lẽ"));
    return bytes(wb);
  }

  // ------------------------------------------------------------------ samples/phu-tho-2018/loi

  static void sampleErrors(Path dir) throws IOException {
    write(dir.resolve("SNV-tu-danh-gia.xlsx"), snv());
    write(dir.resolve("STP.xlsx"), stp());
    // "CSV (Comma delimited)" saved by Excel on a Vietnamese Windows: code page 1258
    String viettri =
        "Mã đơn vị,Tên đơn vị,staff_total,staff_with_pc,broadband_internet,lan,video_conference\r\n"
            + "VIETTRI,UBND thành phố Việt Trì,260,258,Có,Có,Có\r\n";
    write(dir.resolve("VIETTRI-2018.csv"),
        java.text.Normalizer.normalize(viettri, java.text.Normalizer.Form.NFD).getBytes(Charset.forName("windows-1258")));
  }

  /**
   * Rows of the per-unit workbook for a department, as {@code egov template} lays them out: a
   * criteria group or criterion (A = id, C = name), or an input (B = id, C = label, D = unit).
   */
  private static final Object[][] DEPARTMENT_ROWS = {
      {"1", null, "Hạ tầng kỹ thuật"},
      {"1.1", null, "Tỷ lệ cán bộ, công chức được trang bị máy tính phục vụ công việc — tối đa 10 điểm"},
      {null, "staff_with_pc", "Số cán bộ, công chức được trang bị máy tính", "người"},
      {null, "staff_total", "Tổng số cán bộ, công chức, viên chức của cơ quan", "người"},
      {"1.2", null, "Kết nối Internet băng rộng và mạng nội bộ (LAN) — tối đa 10 điểm"},
      {"1.2.a", null, "Có kết nối Internet băng rộng — tối đa 4 điểm"},
      {null, "broadband_internet", "Cơ quan có kết nối Internet băng rộng (cáp quang, xDSL)", null},
      {"1.2.b", null, "Có mạng nội bộ (LAN) kết nối các phòng, ban — tối đa 6 điểm"},
      {null, "lan", "Cơ quan có mạng nội bộ (LAN) kết nối các phòng, ban chuyên môn", null},
      {"2", null, "Ứng dụng CNTT trong nội bộ cơ quan"},
      {"2.1", null, "Tỷ lệ cán bộ, công chức sử dụng thư điện tử công vụ — tối đa 10 điểm"},
      {null, "staff_with_email", "Số cán bộ, công chức được cấp và thường xuyên sử dụng hộp thư điện tử công vụ", "người"},
      {"2.2", null, "Triển khai phần mềm quản lý văn bản và điều hành — tối đa 10 điểm"},
      {null, "doc_management", "Mức độ triển khai phần mềm quản lý văn bản và điều hành", null},
      {"2.3", null, "Sử dụng văn bản điện tử — tối đa 20 điểm"},
      {"2.3.a", null, "Tỷ lệ văn bản trao đổi trong nội bộ cơ quan dưới dạng điện tử — tối đa 10 điểm"},
      {null, "edoc_internal", "Tỷ lệ văn bản trao đổi nội bộ dưới dạng điện tử", "%"},
      {"2.3.b", null, "Tỷ lệ văn bản gửi ra ngoài cơ quan dưới dạng điện tử — tối đa 10 điểm"},
      {null, "edoc_external", "Tỷ lệ văn bản gửi cơ quan khác dưới dạng điện tử", "%"},
      {"2.4", null, "Sử dụng chữ ký số — tối đa 5 điểm"},
      {null, "digital_signatures", "Số chứng thư số (chữ ký số) đã được cấp và đưa vào sử dụng", "chứng thư"},
      {"2.5", null, "Xây dựng và vận hành cơ sở dữ liệu chuyên ngành — tối đa 5 điểm"},
      {null, "sector_databases", "Số cơ sở dữ liệu chuyên ngành đang vận hành", "CSDL"},
      {"3", null, "Ứng dụng CNTT phục vụ người dân và doanh nghiệp"},
      {"3.1", null, "Tỷ lệ hồ sơ giải quyết đúng hạn qua hệ thống một cửa điện tử — tối đa 15 điểm"},
      {null, "records_received", "Số hồ sơ tiếp nhận qua hệ thống một cửa điện tử", "hồ sơ"},
      {null, "records_settled", "Số hồ sơ đã giải quyết", "hồ sơ"},
      {null, "records_ontime", "Số hồ sơ giải quyết đúng hạn", "hồ sơ"},
      {"3.2", null, "Dịch vụ công trực tuyến mức độ 3 (so với đơn vị cao nhất trong khối) — tối đa 15 điểm"},
      {null, "services_level3", "Số dịch vụ công trực tuyến mức độ 3 đang cung cấp", "dịch vụ"},
      {"3.3", null, "Dịch vụ công trực tuyến mức độ 4 — tối đa 5 điểm"},
      {null, "services_level4", "Số dịch vụ công trực tuyến mức độ 4 đang cung cấp", "dịch vụ"},
      {"3.4", null, "Cổng/Trang thông tin điện tử đáp ứng Nghị định 43/2011/NĐ-CP — tối đa 10 điểm"},
      {null, "portal_compliance", "Mức độ đáp ứng yêu cầu của Nghị định 43/2011/NĐ-CP", null},
      {"4", null, "Nguồn nhân lực"},
      {"4.1", null, "Cán bộ phụ trách công nghệ thông tin — tối đa 5 điểm"},
      {"4.1.a", null, "Có cán bộ chuyên trách CNTT trình độ đại học chuyên ngành trở lên — tối đa 5 điểm"},
      {null, "it_staff_dedicated", "Có cán bộ chuyên trách CNTT trình độ đại học chuyên ngành CNTT trở lên", null},
      {"4.1.b", null, "Có cán bộ kiêm nhiệm CNTT đã qua bồi dưỡng — tối đa 3 điểm"},
      {null, "it_staff_parttime", "Có cán bộ kiêm nhiệm CNTT đã qua lớp bồi dưỡng do tỉnh tổ chức", null},
      {"4.1.c", null, "Thuê dịch vụ hỗ trợ kỹ thuật CNTT — tối đa 2 điểm"},
      {null, "it_outsourced", "Có hợp đồng thuê dịch vụ hỗ trợ kỹ thuật CNTT", null},
      {"4.2", null, "Tỷ lệ cán bộ, công chức sử dụng thành thạo máy tính trong công việc — tối đa 10 điểm"},
      {null, "staff_it_proficient", "Số cán bộ, công chức sử dụng thành thạo máy tính và các phần mềm dùng chung", "người"},
      {"5", null, "Đầu tư và an toàn thông tin"},
      {"5.1", null, "Kế hoạch và đầu tư cho ứng dụng CNTT — tối đa 10 điểm"},
      {null, "it_plan_approved", "Có kế hoạch ứng dụng CNTT năm 2018 được cấp có thẩm quyền phê duyệt", null},
      {null, "it_projects", "Số dự án, nhiệm vụ CNTT triển khai trong năm", "dự án"},
      {null, "it_budget_disbursed", "Tỷ lệ giải ngân kinh phí CNTT được giao trong năm", "%"},
      {"5.2", null, "Bảo đảm an toàn, an ninh thông tin — tối đa 10 điểm"},
      {null, "security_points", "Điểm bảo đảm an toàn thông tin", null},
      {"5.3", null, "Điểm thưởng - sáng kiến, giải thưởng về ứng dụng CNTT — tối đa 3 điểm"},
      {null, "it_awards", "Số sáng kiến, giải thưởng về ứng dụng CNTT được công nhận trong năm", "sáng kiến"},
      {"5.4", null, "Điểm trừ - sự cố mất an toàn thông tin hoặc chậm báo cáo — tối đa 5 điểm"},
      {null, "security_incidents", "Số sự cố mất an toàn thông tin do lỗi của đơn vị", "sự cố"},
      {null, "late_reports", "Số lần chậm gửi báo cáo về ứng dụng CNTT", "lần"},
  };

  /** Sở Nội vụ's filled-in template: a typo in a number, 725 for 72,5 %, a blank, N/A where forbidden. */
  private static byte[] snv() throws IOException {
    java.util.Map<String, Object[]> v = new java.util.LinkedHashMap<>();
    v.put("staff_with_pc", new Object[] {69});
    v.put("staff_total", new Object[] {70});
    v.put("broadband_internet", new Object[] {"Có"});
    v.put("lan", new Object[] {null}); // forgotten
    v.put("staff_with_email", new Object[] {66});
    v.put("doc_management", new Object[] {"Có, liên thông với phần mềm của tỉnh"});
    v.put("edoc_internal", new Object[] {85});
    v.put("edoc_external", new Object[] {725}); // 72,5 typed without its decimal comma
    v.put("digital_signatures", new Object[] {22});
    v.put("sector_databases", new Object[] {2});
    v.put("records_received", new Object[] {356});
    v.put("records_settled", new Object[] {356});
    v.put("records_ontime", new Object[] {349});
    v.put("services_level3", new Object[] {"Không áp dụng"}); // criterion 3.2 does not allow N/A
    v.put("services_level4", new Object[] {0});
    v.put("portal_compliance", new Object[] {"Đáp ứng đầy đủ", "Biên bản kiểm tra số 12/BB-STTTT ngày 13/9/2018"});
    v.put("it_staff_dedicated", new Object[] {"Có"});
    v.put("it_staff_parttime", new Object[] {"Không"});
    v.put("it_outsourced", new Object[] {"Không"});
    v.put("staff_it_proficient", new Object[] {"68x"}); // a typo
    v.put("it_plan_approved", new Object[] {"Có"});
    v.put("it_projects", new Object[] {1});
    v.put("it_budget_disbursed", new Object[] {95});
    v.put("security_points", new Object[] {9, "QĐ 141/QĐ-SNV ngày 13/1/2018 ban hành Quy chế bảo đảm an toàn thông tin"});

    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet help = wb.createSheet("Hướng dẫn");
    put(help, 0, 0, "Bộ tiêu chí đánh giá mức độ Chính quyền điện tử cơ quan nhà nước tỉnh Phú Thọ");
    put(help, 2, 0, "Đơn vị được đánh giá:", "SNV — Sở Nội vụ");
    put(help, 4, 0, "Cách điền");
    put(help, 5, 0, "1.", "Điền cột \"Giá trị tự đánh giá\" (cột E) của trang \"Tự đánh giá\".");
    put(help, 6, 0, "2.", "Cột \"Tài liệu kiểm chứng\": ghi số, ngày, trích yếu văn bản.");
    Sheet s = wb.createSheet("Tự đánh giá");
    put(s, 0, 0, "Bộ tiêu chí đánh giá mức độ Chính quyền điện tử cơ quan nhà nước tỉnh Phú Thọ");
    put(s, 2, 0, "Mã đơn vị", "SNV");
    put(s, 3, 0, "Tên đơn vị", "Sở Nội vụ");
    put(s, 4, 0, "Nhóm", "department", "Sở, ban, ngành");
    put(s, 6, 0, "Tiêu chí", "Mã chỉ tiêu", "Nội dung", "Đơn vị tính", "Giá trị tự đánh giá",
        "Tài liệu kiểm chứng", "Giá trị thẩm định", "Ghi chú", "Hướng dẫn");
    for (int i = 0; i < DEPARTMENT_ROWS.length; i++) {
      Object[] row = DEPARTMENT_ROWS[i];
      put(s, 7 + i, 0, row);
      Object[] value = row[1] == null ? null : v.get((String) row[1]);
      if (value != null) {
        put(s, 7 + i, 4, value);
      }
    }
    wb.setActiveSheet(1);
    wb.setSelectedTab(1);
    return bytes(wb);
  }

  /** Sở Tư pháp's own long table on its second sheet; 3.4 claimed without evidence. */
  private static byte[] stp() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet help = wb.createSheet("Hướng dẫn");
    put(help, 0, 0, "Báo cáo tự đánh giá mức độ Chính quyền điện tử năm 2018 - Sở Tư pháp");
    put(help, 2, 0, "Số liệu ở trang \"Số liệu\". Kỳ số liệu: 15/10/2017 - 15/10/2018.");
    Sheet s = wb.createSheet("Số liệu");
    put(s, 0, 0, "SỐ LIỆU TỰ ĐÁNH GIÁ NĂM 2018 - SỞ TƯ PHÁP");
    put(s, 2, 0, "STT", "Mã đơn vị", "Tên đơn vị", "Mã chỉ tiêu", "Giá trị", "Tài liệu kiểm chứng", "Ghi chú");
    Formatted pct78 = new Formatted(0.78, "0%");
    Formatted pct65 = new Formatted(0.65, "0%");
    Formatted pct90 = new Formatted(0.9, "0%");
    Object[][] rows = {
      {"staff_total", 45}, {"staff_with_pc", 44}, {"broadband_internet", "Có"}, {"lan", "Có"},
      {"staff_with_email", 41}, {"doc_management", "Có, liên thông với phần mềm của tỉnh"},
      {"edoc_internal", pct78}, {"edoc_external", pct65}, {"digital_signatures", 15}, {"sector_databases", 2},
      {"records_received", "2.614"}, {"records_settled", "2.590"}, {"records_ontime", "2.540"},
      {"services_level3", 30}, {"services_level4", 0},
      {"portal_compliance", "Đáp ứng đầy đủ", null, "Đã cập nhật đủ thông tin theo Điều 10 Nghị định 43/2011/NĐ-CP"},
      {"it_staff_dedicated", "Không"}, {"it_staff_parttime", "x"}, {"it_outsourced", "Không"},
      {"staff_it_proficient", 43}, {"it_plan_approved", "Có"}, {"it_projects", 1}, {"it_budget_disbursed", pct90},
      {"security_points", 8, "Quy chế ATTT (QĐ 89/QĐ-STP ngày 23/2/2018), phương án ứng cứu sự cố"},
    };
    for (int i = 0; i < rows.length; i++) {
      Object[] r = rows[i];
      put(s, 3 + i, 0, i + 1, "STP", "Sở Tư pháp", r[0], r[1], r.length > 2 ? r[2] : null, r.length > 3 ? r[3] : null);
    }
    wb.setActiveSheet(1);
    wb.setSelectedTab(1);
    return bytes(wb);
  }
}
