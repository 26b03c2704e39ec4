package vn.egov.template;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.template.Workbooks.criterionRow;
import static vn.egov.template.Workbooks.inputIds;
import static vn.egov.template.Workbooks.inputRow;
import static vn.egov.template.Workbooks.text;
import static vn.egov.template.Workbooks.validationAt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/** The per-unit workbook of the Phú Thọ 2018 criteria: the layout the workbook reader relies on. */
class TemplateWorkbookTest {
  static final String CRITERIA = "criteria/phu-tho-2018.yaml";
  static final String UNITS = "samples/phu-tho-2018/units.csv";

  @TempDir static Path tmp;

  static XSSFWorkbook department;
  static XSSFWorkbook district;
  static XSSFWorkbook english;

  @BeforeAll
  static void writeTemplates() {
    Cli.Run vi =
        Cli.run("template", "-c", CRITERIA, "--units", UNITS, "--unit", "STTTT", "--unit", "VIETTRI", "-o", tmp.resolve("vi").toString());
    assertThat(vi.exit()).as(vi.err()).isZero();
    Cli.Run en =
        Cli.run("template", "-c", CRITERIA, "--units", UNITS, "--unit", "STTTT", "-o", tmp.resolve("en").toString(), "--lang", "en");
    assertThat(en.exit()).as(en.err()).isZero();
    department = Workbooks.open(tmp.resolve("vi/STTTT.xlsx"));
    district = Workbooks.open(tmp.resolve("vi/VIETTRI.xlsx"));
    english = Workbooks.open(tmp.resolve("en/STTTT.xlsx"));
  }

  private static XSSFSheet data(XSSFWorkbook wb) {
    return wb.getSheetAt(1);
  }

  private static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  @Test
  void hasInstructionsThenTheActiveDataSheetAndAHiddenListSheet() {
    assertThat(sheetNames(department)).containsExactly("Hướng dẫn", "Tự đánh giá", "Danh sách");
    assertThat(department.getActiveSheetIndex()).isEqualTo(1);
    assertThat(department.getSheetAt(0).isSelected()).isFalse();
    assertThat(department.isSheetHidden(2)).isTrue();
    assertThat(department.isSheetHidden(0)).isFalse();
  }

  @Test
  void namesTheUnitInLabelledCells() {
    XSSFSheet s = data(department);
    assertThat(text(s, "A1")).isEqualTo("Bộ tiêu chí đánh giá mức độ Chính quyền điện tử cơ quan nhà nước tỉnh Phú Thọ — 2018");
    assertThat(List.of(text(s, "A3"), text(s, "B3"))).containsExactly("Mã đơn vị", "STTTT");
    assertThat(List.of(text(s, "A4"), text(s, "B4"))).containsExactly("Tên đơn vị", "Sở Thông tin và Truyền thông");
    assertThat(List.of(text(s, "A5"), text(s, "B5"), text(s, "C5"))).containsExactly("Nhóm", "department", "Sở, ban, ngành");
    assertThat(List.of(text(data(district), "B3"), text(data(district), "B5"), text(data(district), "C5")))
        .containsExactly("VIETTRI", "district", "UBND huyện, thành, thị");
  }

  @Test
  void headerRowIsRowSevenWithElevenColumns() {
    XSSFRow header = data(department).getRow(6);
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < header.getLastCellNum(); c++) {
      texts.add(text(header, c));
    }
    assertThat(texts)
        .containsExactly(
            "Tiêu chí", "Mã chỉ tiêu", "Nội dung", "Đơn vị tính", "Giá trị tự đánh giá", "Kiểm tra",
            "Điểm tạm tính", "Tài liệu kiểm chứng", "Giá trị thẩm định", "Ghi chú", "Hướng dẫn");
  }

  @Test
  void asksADepartmentEveryInputOfItsCriteriaOnceInSheetOrder() {
    assertThat(inputIds(data(department)))
        .containsExactly(
            "staff_with_pc", "staff_total", "broadband_internet", "lan",
            "staff_with_email", "doc_management", "edoc_internal", "edoc_external", "digital_signatures", "sector_databases",
            "records_received", "records_settled", "records_ontime", "services_level3", "services_level4", "portal_compliance",
            "it_staff_dedicated", "it_staff_parttime", "it_outsourced", "staff_it_proficient",
            "it_plan_approved", "it_projects", "it_budget_disbursed", "security_points", "it_awards",
            "security_incidents", "late_reports");
  }

  @Test
  void asksVideoConferenceOfDistrictsOnly() {
    // criterion 1.3 applies to districts only
    assertThat(inputIds(data(department))).doesNotContain("video_conference");
    assertThat(inputIds(data(district))).contains("video_conference").doesNotHaveDuplicates().hasSize(28);
    XSSFSheet s = data(district);
    XSSFRow criterion = criterionRow(s, "1.3");
    assertThat(text(criterion, 2)).isEqualTo("Hệ thống hội nghị truyền hình trực tuyến kết nối với UBND tỉnh — tối đa 5 điểm");
    assertThat(inputRow(s, "video_conference").getRowNum()).isEqualTo(criterion.getRowNum() + 1);
    assertThat(text(inputRow(s, "video_conference"), Columns.HELP)).isEqualTo("Chỉ áp dụng với UBND huyện, thành, thị. Chọn Có hoặc Không.");
  }

  @Test
  void groupAndCriterionRowsShowMaxPointsAndTheRuleInWords() {
    XSSFSheet s = data(department);
    XSSFRow group = criterionRow(s, "1");
    assertThat(List.of(text(group, 1), text(group, 2), text(group, Columns.HELP))).containsExactly("", "Hạ tầng kỹ thuật", "Tối đa 20 điểm");
    XSSFRow c11 = criterionRow(s, "1.1");
    assertThat(text(c11, 1)).isEmpty();
    assertThat(text(c11, 2)).isEqualTo("Tỷ lệ cán bộ, công chức được trang bị máy tính phục vụ công việc — tối đa 10 điểm");
    assertThat(text(c11, Columns.HELP))
        .isEqualTo("Giá trị = staff_with_pc / staff_total * 100. ≥ 98: 10 điểm; ≥ 90: 8 điểm; ≥ 80: 6 điểm; ≥ 70: 4 điểm; còn lại: 0 điểm.");
    // the district override of 1.1 and of 3.2's max
    assertThat(text(criterionRow(data(district), "1.1"), Columns.HELP)).contains("≥ 95: 8 điểm; ≥ 85: 6 điểm; ≥ 70: 3 điểm");
    assertThat(text(criterionRow(data(district), "3.2"), 2)).endsWith("— tối đa 10 điểm");
    assertThat(text(criterionRow(s, "3.2"), 2)).endsWith("— tối đa 15 điểm");
    assertThat(text(criterionRow(s, "1.2.a"), Columns.HELP)).isEqualTo("Có: 4 điểm; Không: 0 điểm.");
    assertThat(text(criterionRow(s, "1.2"), Columns.HELP)).isEqualTo("Tổng điểm các tiêu chí thành phần, tối đa 10 điểm.");
    assertThat(text(criterionRow(s, "4.1"), Columns.HELP)).isEqualTo("Lấy điểm của tiêu chí thành phần cao nhất, tối đa 5 điểm.");
    assertThat(text(criterionRow(s, "2.1"), Columns.HELP))
        .isEqualTo("Giá trị = staff_with_email / staff_total * 100. Tỷ lệ thuận, đạt tối đa 10 điểm khi ≥ 90.");
    assertThat(text(criterionRow(s, "2.3.b"), Columns.HELP)).isEqualTo("Tỷ lệ thuận, đạt tối đa 10 điểm khi ≥ 80%.");
    assertThat(text(criterionRow(s, "4.2"), Columns.HELP)).endsWith("Tỷ lệ thuận: 0 điểm khi ≤ 50, tối đa 10 điểm khi ≥ 98.");
    assertThat(text(criterionRow(s, "2.4"), Columns.HELP)).isEqualTo("0,25 điểm mỗi chứng thư, tối đa 5 điểm.");
    assertThat(text(criterionRow(s, "3.2"), Columns.HELP)).isEqualTo("So với đơn vị cao nhất trong khối: điểm = 15 × giá trị của đơn vị / giá trị cao nhất.");
    assertThat(text(criterionRow(s, "2.2"), Columns.HELP))
        .isEqualTo("Có, liên thông với phần mềm của tỉnh: 10 điểm; Có, chỉ sử dụng nội bộ: 6 điểm; Chưa triển khai: 0 điểm.");
    assertThat(text(criterionRow(s, "5.1"), Columns.HELP))
        .isEqualTo(
            "Cộng điểm các phần: Có kế hoạch ứng dụng CNTT năm 2018 được cấp có thẩm quyền phê duyệt: có được 3 điểm;"
                + " Số dự án, nhiệm vụ CNTT triển khai trong năm: 1 điểm mỗi dự án, tối đa 3 điểm;"
                + " Tỷ lệ giải ngân kinh phí CNTT được giao trong năm: tỷ lệ thuận, 100% được 4 điểm (từ 0 đến 10 điểm).");
    assertThat(text(criterionRow(s, "5.2"), Columns.HELP)).startsWith("Chấm trực tiếp từ 0 đến 10 điểm").endsWith("Bắt buộc có tài liệu kiểm chứng.");
    assertThat(text(criterionRow(s, "3.1"), Columns.HELP)).endsWith("Được ghi N/A (Không áp dụng).");
    assertThat(text(criterionRow(s, "5.3"), 2)).endsWith("— tối đa 3 điểm (điểm thưởng)");
    assertThat(text(criterionRow(s, "5.4"), 2)).endsWith("— tối đa 5 điểm (điểm trừ)");
    assertThat(text(criterionRow(s, "5.4"), Columns.HELP))
        .isEqualTo("Giá trị = 2 * security_incidents + late_reports. Trừ 1 điểm × giá trị, trừ tối đa 5 điểm.");
  }

  @Test
  void inputRowsCarryLabelUnitAndHelp() {
    XSSFRow r = inputRow(data(department), "edoc_external");
    assertThat(text(r, 0)).isEmpty();
    assertThat(text(r, 2)).isEqualTo("Tỷ lệ văn bản gửi cơ quan khác dưới dạng điện tử");
    assertThat(text(r, 3)).isEqualTo("%");
    assertThat(text(r, Columns.HELP)).endsWith("đạt 80% trở lên được điểm tối đa. Từ 0 đến 100.");
    assertThat(text(inputRow(data(department), "security_points"), 3)).isEqualTo("điểm");
    assertThat(text(inputRow(data(department), "it_awards"), Columns.HELP)).endsWith("Không bắt buộc: để trống nếu không có.");
    for (int c : new int[] {Columns.VALUE, Columns.EVIDENCE, Columns.APPRAISED, Columns.NOTE}) {
      assertThat(r.getCell(c).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
    }
  }

  @Test
  void booleanInputsOfferYesNoAndChoiceInputsTheirLabels() {
    XSSFSheet s = data(department);
    int row = inputRow(s, "broadband_internet").getRowNum();
    DataValidation yesNo = validationAt(s, row, Columns.VALUE);
    assertThat(yesNo.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
    assertThat(yesNo.getValidationConstraint().getExplicitListValues()).containsExactly("Có", "Không");
    assertThat(yesNo.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
    assertThat(validationAt(s, row, Columns.APPRAISED).getValidationConstraint().getExplicitListValues())
        .as("the appraised cell too")
        .containsExactly("Có", "Không");

    DataValidation portal = validationAt(s, inputRow(s, "portal_compliance").getRowNum(), Columns.VALUE);
    assertThat(portal.getValidationConstraint().getExplicitListValues())
        .containsExactly("Đáp ứng đầy đủ", "Đáp ứng một phần", "Chưa đáp ứng");

    // labels with commas cannot go into an inline list: they come from the hidden sheet
    DataValidation docs = validationAt(s, inputRow(s, "doc_management").getRowNum(), Columns.VALUE);
    assertThat(docs.getValidationConstraint().getFormula1()).isEqualTo("'Danh sách'!$A$1:$A$3");
    XSSFSheet lists = department.getSheet("Danh sách");
    assertThat(List.of(text(lists, "A1"), text(lists, "A2"), text(lists, "A3")))
        .containsExactly("Có, liên thông với phần mềm của tỉnh", "Có, chỉ sử dụng nội bộ", "Chưa triển khai");
  }

  @Test
  void numericInputsAreLimitedToTheirRange() {
    XSSFSheet s = data(department);
    DataValidation pct = validationAt(s, inputRow(s, "edoc_internal").getRowNum(), Columns.VALUE);
    assertThat(pct.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
    assertThat(pct.getValidationConstraint().getOperator()).isEqualTo(DataValidationConstraint.OperatorType.BETWEEN);
    assertThat(List.of(pct.getValidationConstraint().getFormula1(), pct.getValidationConstraint().getFormula2()))
        .containsExactly("0", "100");
    assertThat(pct.getErrorBoxText()).isEqualTo("Nhập tỷ lệ phần trăm từ 0 đến 100 (ví dụ 96,52 nghĩa là 96,52%).");
    assertThat(pct.getShowErrorBox()).isTrue();

    DataValidation staff = validationAt(s, inputRow(s, "staff_total").getRowNum(), Columns.VALUE);
    assertThat(staff.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
    assertThat(staff.getValidationConstraint().getOperator()).isEqualTo(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL);
    assertThat(staff.getValidationConstraint().getFormula1()).isEqualTo("0");

    DataValidation points = validationAt(s, inputRow(s, "security_points").getRowNum(), Columns.VALUE);
    assertThat(List.of(points.getValidationConstraint().getFormula1(), points.getValidationConstraint().getFormula2()))
        .containsExactly("0", "10");
  }

  @Test
  void inputsOfCriteriaAllowingNaOnlyWarn() {
    // Excel would refuse "N/A" in a whole-number cell: a warning lets the unit keep it
    XSSFSheet s = data(department);
    DataValidation received = validationAt(s, inputRow(s, "records_received").getRowNum(), Columns.VALUE);
    assertThat(received.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
    assertThat(received.getErrorBoxText()).contains("N/A");
    assertThat(validationAt(s, inputRow(s, "services_level3").getRowNum(), Columns.VALUE).getErrorStyle())
        .isEqualTo(DataValidation.ErrorStyle.STOP);
  }

  @Test
  void onlyValueEvidenceAppraisedAndNoteCellsOfInputRowsAreUnlocked() {
    XSSFSheet s = data(department);
    assertThat(s.getProtect()).isTrue();
    assertThat(s.getCTWorksheet().getSheetProtection().isSetPassword()).as("no password").isFalse();
    XSSFRow input = inputRow(s, "staff_total");
    for (int c = 0; c <= Columns.HELP; c++) {
      boolean editable = c == Columns.VALUE || c == Columns.EVIDENCE || c == Columns.APPRAISED || c == Columns.NOTE;
      assertThat(input.getCell(c).getCellStyle().getLocked()).as("column %d", c).isEqualTo(!editable);
    }
    XSSFRow criterion = criterionRow(s, "1.1");
    for (int c = 0; c <= Columns.HELP; c++) {
      assertThat(criterion.getCell(c).getCellStyle().getLocked()).as("criterion row, column %d", c).isTrue();
    }
    assertThat(s.getRow(2).getCell(1).getCellStyle().getLocked()).as("the unit id").isTrue();
    // grey label columns, white entry columns
    assertThat(input.getCell(2).getCellStyle().getFillForegroundColorColor().getARGBHex()).isEqualTo("FFF2F2F2");
    assertThat(input.getCell(Columns.VALUE).getCellStyle().getFillForegroundColorColor().getARGBHex()).isEqualTo("FFFFFFFF");
  }

  @Test
  void freezesPanesBelowTheHeaderAndRightOfTheDescription() {
    PaneInformation pane = data(department).getPaneInformation();
    assertThat(pane.isFreezePane()).isTrue();
    assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 7);
    assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 3);
    assertThat(data(department).getColumnWidth(2)).isEqualTo(60 * 256);
    assertThat(data(department).getColumnWidth(Columns.VALUE)).isEqualTo(24 * 256);
  }

  @Test
  void instructionsSayWhatToFillAndWhichCriteriaAllowNaOrNeedEvidence() {
    XSSFSheet help = department.getSheetAt(0);
    List<String> lines = new ArrayList<>();
    help.forEach(r -> r.forEach(c -> lines.add(c.getStringCellValue())));
    String all = String.join("\n", lines);
    assertThat(all)
        .contains("Quyết định 1609/QĐ-UBND ngày 05/7/2018 của UBND tỉnh Phú Thọ")
        .contains("STTTT — Sở Thông tin và Truyền thông")
        .contains("150 điểm, điểm thưởng tối đa 3, điểm trừ tối đa 5")
        .contains("cho mọi dòng có mã chỉ tiêu ở cột B (27 chỉ tiêu)")
        .contains("ở tiêu chí cho phép, khi tiêu chí không áp dụng với đơn vị: 3.1 Tỷ lệ hồ sơ giải quyết đúng hạn")
        .contains("Bắt buộc với các tiêu chí: 3.4 Cổng/Trang thông tin điện tử đáp ứng Nghị định 43/2011/NĐ-CP; 5.2 Bảo đảm an toàn, an ninh thông tin; 5.3 ")
        .contains("Sở Thông tin và Truyền thông điền khi thẩm định")
        .contains("trước hạn ghi trong văn bản đề nghị");
  }

  @Test
  void speaksEnglishWithLangEn() {
    assertThat(sheetNames(english)).containsExactly("Instructions", "Self-assessment", "Lists");
    XSSFSheet s = data(english);
    assertThat(List.of(text(s, "A3"), text(s, "A4"), text(s, "A5"))).containsExactly("Unit ID", "Unit name", "Group");
    List<String> header = new ArrayList<>();
    s.getRow(6).forEach(c -> header.add(c.getStringCellValue()));
    assertThat(header)
        .containsExactly(
            "Criterion", "Input ID", "Description", "Unit", "Self-assessed value", "Check", "Provisional points", "Evidence",
            "Appraised value", "Note", "Help");
    DataValidation yesNo = validationAt(s, inputRow(s, "lan").getRowNum(), Columns.VALUE);
    assertThat(yesNo.getValidationConstraint().getExplicitListValues()).containsExactly("Yes", "No");
    assertThat(text(criterionRow(s, "2.4"), Columns.HELP)).isEqualTo("0.25 points per chứng thư, at most 5 points.");
  }
}
