package vn.egov.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/** The templates' instructions name the agency of the set's {@code issuer}, never a fixed one. */
class TemplateDepartmentTest {
  @TempDir Path tmp;

  private String instructions(String criteria, String units, String unit, String... more) {
    List<String> a = new ArrayList<>(List.of("template", "-c", criteria, "--unit", unit, "-o", tmp.resolve(unit).toString()));
    if (units != null) {
      a.addAll(List.of("--units", units));
    }
    a.addAll(List.of(more));
    Cli.Run run = Cli.run(a.toArray(new String[0]));
    assertThat(run.exit()).as(run.err()).isZero();
    XSSFWorkbook wb = Workbooks.open(tmp.resolve(unit).resolve(unit + ".xlsx"));
    List<String> cells = new ArrayList<>();
    wb.forEach(s -> s.forEach(r -> r.forEach(c -> cells.add(c.toString()))));
    return String.join("\n", cells);
  }

  @Test
  void the2018SetNamesItsDepartmentOfInformationAndCommunications() {
    String all = instructions("criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/units.csv", "STTTT");
    assertThat(all)
        .contains("Để trống cột \"Giá trị thẩm định\": Sở Thông tin và Truyền thông điền khi thẩm định.")
        .contains("gửi lại cho Sở Thông tin và Truyền thông trước hạn ghi trong văn bản đề nghị.")
        .contains("theo văn bản đề nghị của Sở Thông tin và Truyền thông")
        .contains("(đơn vị tự chấm, Sở Thông tin và Truyền thông thẩm định)"); // 5.2, a manual criterion
  }

  @Test
  void the2025SetNamesTheDepartmentOfScienceAndTechnology() {
    String all = instructions("criteria/phu-tho-2025-dti.yaml", "samples/phu-tho-2025/units.csv", "P-AUCO");
    assertThat(all)
        .contains("Để trống cột \"Giá trị thẩm định\": Sở Khoa học và Công nghệ điền khi thẩm định.")
        .contains("gửi lại cho Sở Khoa học và Công nghệ trước hạn ghi trong văn bản đề nghị.")
        .doesNotContain("Thông tin và Truyền thông");
    String en = instructions("criteria/phu-tho-2025-dti.yaml", "samples/phu-tho-2025/units.csv", "SYT", "--lang", "en");
    assertThat(en).contains("Leave column \"Appraised value\" blank: Sở Khoa học và Công nghệ fills it in when appraising.");
  }

  @Test
  void withoutAnIssuerTheAgencyIsNamedNeutrally() throws IOException {
    String text = Files.readString(Path.of("criteria/phu-tho-2018.yaml"), StandardCharsets.UTF_8);
    int from = text.indexOf("issuer:");
    int to = text.indexOf("unit_groups:");
    Path bare = Files.writeString(tmp.resolve("khong-issuer.yaml"), text.substring(0, from) + text.substring(to), StandardCharsets.UTF_8);
    String all = instructions(bare.toString(), "samples/phu-tho-2018/units.csv", "STTTT");
    assertThat(all)
        .contains("Để trống cột \"Giá trị thẩm định\": cơ quan tổ chức đánh giá điền khi thẩm định.")
        .contains("(đơn vị tự chấm, cơ quan tổ chức đánh giá thẩm định)")
        .doesNotContain("Sở Thông tin và Truyền thông điền");
    String en = instructions(bare.toString(), "samples/phu-tho-2018/units.csv", "VIETTRI", "--lang", "en");
    assertThat(en)
        .contains("send it back to the assessing agency by the deadline in its request.")
        .contains("appraised by the assessing agency)");
  }

  @Test
  void aHeadingInCapitalsIsWrittenAsRunningText() {
    assertThat(Department.runningText("SỞ KHOA HỌC VÀ CÔNG NGHỆ")).isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(Department.runningText("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
    assertThat(Department.runningText("SỞ Y TẾ")).isEqualTo("Sở Y tế");
    assertThat(Department.runningText("VĂN PHÒNG UBND TỈNH")).isEqualTo("Văn phòng UBND tỉnh");
    assertThat(Department.runningText("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP")).isEqualTo("Ban Quản lý các khu công nghiệp");
    assertThat(Department.runningText("Sở Khoa học và Công nghệ tỉnh Phú Thọ")).isEqualTo("Sở Khoa học và Công nghệ tỉnh Phú Thọ");
  }

  /** An input the Department supplies ({@code supplied_by: department}) is shown, not asked. */
  @Test
  void aFigureTheDepartmentSuppliesIsLockedAndExplainedNotAsked() throws IOException {
    Cli.Run run =
        Cli.run("template", "-c", "criteria/phu-tho-2025-dti.yaml", "--units", "samples/phu-tho-2025/units.csv", "--unit", "P-AUCO", "-o", tmp.resolve("x").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    XSSFWorkbook wb = Workbooks.open(tmp.resolve("x/P-AUCO.xlsx"));
    org.apache.poi.xssf.usermodel.XSSFSheet data = wb.getSheetAt(1);
    org.apache.poi.xssf.usermodel.XSSFRow theirs = Workbooks.inputRow(data, "toan_trinh");
    assertThat(theirs.getCell(Columns.VALUE).getCellStyle().getLocked()).isTrue();
    assertThat(theirs.getCell(Columns.APPRAISED).getCellStyle().getLocked()).isTrue();
    assertThat(Workbooks.text(theirs, Columns.HELP))
        .startsWith("Số liệu do Sở Khoa học và Công nghệ cung cấp, đơn vị không điền (dòng bị khóa, chỉ để biết). Số liệu do Sở Khoa học và Công nghệ tự lấy");
    assertThat(Workbooks.validationAt(data, theirs.getRowNum(), Columns.VALUE)).isNull();
    // a blank figure of the Department's is not "still to fill in" in the check column
    String check = formulas(theirs);
    org.apache.poi.xssf.usermodel.XSSFRow own = Workbooks.inputRow(data, "may_tinh_dat");
    String ownCheck = formulas(own);
    String required = vn.egov.text.Messages.of("vi").get("template.check.required");
    assertThat(ownCheck).contains(required);
    assertThat(check).doesNotContain(required);
    assertThat(own.getCell(Columns.VALUE).getCellStyle().getLocked()).isFalse();
    String help = instructionsOf(wb);
    // P-AUCO (a ward) is asked 34 inputs; the Department supplies 8 more
    assertThat(help)
        .contains("(34 chỉ tiêu)")
        .contains("Các chỉ tiêu do Sở Khoa học và Công nghệ cung cấp từ hệ thống thông tin của quốc gia, của tỉnh không phải điền (dòng màu xám, bị khóa): "
            + "mooc, lo_hong, toan_trinh, dung_han, so_hoa, chi_so_766, thanh_toan, vneid.");
    Cli.Run csv =
        Cli.run("template", "-c", "criteria/phu-tho-2025-dti.yaml", "--units", "samples/phu-tho-2025/units.csv", "--unit", "P-AUCO", "-o", tmp.resolve("csv").toString(), "--format", "csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    String text = Files.readString(tmp.resolve("csv/P-AUCO.csv"), StandardCharsets.UTF_8);
    assertThat(text).contains(",may_tinh_dat,").doesNotContain(",toan_trinh,").doesNotContain(",vneid,");
  }

  /** Every formula of a row (the check's texts are in hidden working columns). */
  private static String formulas(org.apache.poi.xssf.usermodel.XSSFRow row) {
    List<String> out = new ArrayList<>();
    row.forEach(c -> {
      var ct = ((org.apache.poi.xssf.usermodel.XSSFCell) c).getCTCell();
      if (ct.isSetF()) {
        out.add(ct.getF().getStringValue());
      }
    });
    return String.join("\n", out);
  }

  private static String instructionsOf(XSSFWorkbook wb) {
    List<String> cells = new ArrayList<>();
    wb.getSheetAt(0).forEach(r -> r.forEach(c -> cells.add(c.toString())));
    return String.join("\n", cells);
  }
}
