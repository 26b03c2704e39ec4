package vn.egov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} read as a unit official (issue 19): a choice's options in quotes without codes,
 * the appraised score only when something was appraised, the registry's warning after the files'
 * problems with a count and five ids, no registry count without a registry, and only the reason
 * when an input path does not exist. Each case printed otherwise before.
 */
class ValidateWordingTest {
  static final String CRITERIA = "criteria/phu-tho-2018.yaml";
  static final String STP = "samples/phu-tho-2018/loi/STP.xlsx";
  static final String STP_PROBLEM =
      STP
          + ":Số liệu!F19: lỗi: tiêu chí 3.4 (Cổng/Trang thông tin điện tử đáp ứng Nghị định 43/2011/NĐ-CP) tự chấm"
          + " 10 điểm nhưng không có tài liệu kiểm chứng; hãy điền \"Tài liệu kiểm chứng\" (số, ngày, trích yếu văn"
          + " bản) [đơn vị STP, chỉ tiêu portal_compliance]";

  @TempDir Path tmp;

  private static List<String> lines(String s) {
    return s.lines().toList();
  }

  /**
   * 38 registered units, STP sent its report: 37 did not — the first five in the registry's order
   * (STP, third, skipped) named, 37 − 5 = 32 counted. The registry's path (absolute, in /tmp) sorts
   * before the report's: the warning used to come first and list all 37 ids.
   */
  @Test
  void theRegistryWarningComesAfterTheFilesWithItsCountAndFiveIds() throws IOException {
    Path units = Files.copy(Path.of("samples/phu-tho-2018/units.csv"), tmp.resolve("units.csv"));
    Cli.Run vi = Cli.run("validate", "-c", CRITERIA, STP, "--units", units.toString());
    assertThat(vi.exit()).isEqualTo(1);
    List<String> out = lines(vi.out());
    assertThat(out.subList(0, 4))
        .containsExactly(
            STP_PROBLEM,
            "",
            units + ": cảnh báo: 37 đơn vị trong danh sách chưa nộp báo cáo: VPUBND, SNV, SKHDT, STC, SCT và 32 đơn vị khác",
            "");
    // nothing of STP was appraised: its provisional score alone
    assertThat(out.get(4)).matches("STP Sở Tư pháp: điểm tự đánh giá tạm tính [0-9,]+/150,0, điểm quy đổi [0-9,]+");
    assertThat(out).hasSize(5);
    assertThat(lines(vi.err())).containsExactly("1 tệp, 1 đơn vị: 1 lỗi, 1 cảnh báo; 37 đơn vị trong danh sách chưa nộp");

    Cli.Run en = Cli.run("--lang", "en", "validate", "-c", CRITERIA, STP, "--units", units.toString());
    assertThat(lines(en.out()).get(2))
        .isEqualTo(units + ": warning: 37 registered units sent no report: VPUBND, SNV, SKHDT, STC, SCT and 32 more");
    assertThat(lines(en.out()).get(4)).matches("STP Sở Tư pháp: provisional self-assessed points [0-9.]+ of 150.0, score [0-9.]+");
  }

  /** Việt Trì's rows of the long sample, which names its group: no registry needed. */
  @Test
  void withoutARegistryTheSummarySaysNothingOfUnitsThatDidNotReport() throws IOException {
    Path viettri = vietTri();
    Cli.Run vi = Cli.run("validate", "-c", CRITERIA, viettri.toString());
    assertThat(vi.exit()).isZero();
    assertThat(lines(vi.err())).containsExactly("1 tệp, 1 đơn vị: 0 lỗi, 0 cảnh báo");
    Cli.Run en = Cli.run("--lang", "en", "validate", "-c", CRITERIA, viettri.toString());
    assertThat(lines(en.err())).containsExactly("1 files, 1 units: 0 errors, 0 warnings");
  }

  private Path vietTri() throws IOException {
    List<String> rows =
        Files.readAllLines(Path.of("samples/phu-tho-2018/long/tu-danh-gia-2018.csv"), StandardCharsets.UTF_8);
    List<String> viettri = new java.util.ArrayList<>(List.of(rows.get(0)));
    rows.stream().filter(r -> r.startsWith("VIETTRI,")).forEach(viettri::add);
    return Files.write(tmp.resolve("viettri.csv"), viettri, StandardCharsets.UTF_8);
  }

  /** The labels hold commas; each option in quotes, apart by "; ", without lien-thong, noi-bo, chua-co. */
  @Test
  void aChoiceListsItsOptionsAsTheUnitSeesThem() throws IOException {
    Path csv = tmp.resolve("snv.csv");
    Files.writeString(
        csv,
        "unit_id,unit_name,unit_group,input_id,value\nSNV,Sở Nội vụ,department,doc_management,Đã triển khai\n",
        StandardCharsets.UTF_8);
    String line =
        lines(Cli.run("validate", "-c", CRITERIA, csv.toString()).out()).stream()
            .filter(l -> l.contains("doc_management]"))
            .findFirst()
            .orElseThrow();
    assertThat(line)
        .isEqualTo(
            csv
                + ":2:5: lỗi: 'Đã triển khai' không phải một trong các lựa chọn: \"Có, liên thông với phần mềm của"
                + " tỉnh\"; \"Có, chỉ sử dụng nội bộ\"; \"Chưa triển khai\" [đơn vị SNV, chỉ tiêu doc_management]");
    String english =
        lines(Cli.run("--lang", "en", "validate", "-c", CRITERIA, csv.toString()).out()).stream()
            .filter(l -> l.contains("doc_management]"))
            .findFirst()
            .orElseThrow();
    assertThat(english)
        .isEqualTo(
            csv
                + ":2:5: error: 'Đã triển khai' is not one of the options: \"Có, liên thông với phần mềm của"
                + " tỉnh\"; \"Có, chỉ sử dụng nội bộ\"; \"Chưa triển khai\" [unit SNV, input doc_management]");
  }

  /**
   * Việt Trì's report of the long sample: the Department appraised 30.938 records on time (self
   * 31.120), so the score line gives both scores (95,2 self, 95,1 appraised, as its scorecard
   * shows); the same report with the appraisal column emptied gives the self score alone.
   */
  @Test
  void theAppraisedScoreOnlyWhenSomethingWasAppraised() throws IOException {
    Path appraised = vietTri();
    List<String> viettri = Files.readAllLines(appraised, StandardCharsets.UTF_8);
    assertThat(lines(Cli.run("validate", "-c", CRITERIA, appraised.toString()).out()))
        .contains("VIETTRI UBND thành phố Việt Trì: điểm tự đánh giá tạm tính 142,8/150,0, điểm quy đổi 95,2 (theo số liệu thẩm định: 95,1)");

    // unit_id,unit_name,unit_group,input_id,value,appraised,… : the sixth field emptied
    List<String> self =
        viettri.stream()
            .map(r -> r.startsWith("VIETTRI,") ? emptySixth(r) : r)
            .toList();
    Path notAppraised = tmp.resolve("self.csv");
    Files.write(notAppraised, self, StandardCharsets.UTF_8);
    assertThat(lines(Cli.run("validate", "-c", CRITERIA, notAppraised.toString()).out()))
        .contains("VIETTRI UBND thành phố Việt Trì: điểm tự đánh giá tạm tính 142,8/150,0, điểm quy đổi 95,2");
  }

  /** The row with its sixth comma-separated field (appraised) emptied; fields before it hold no quotes. */
  private static String emptySixth(String row) {
    int at = 0;
    for (int i = 0; i < 5; i++) {
      at = row.indexOf(',', at) + 1;
    }
    int end = row.charAt(at) == '"' ? row.indexOf('"', at + 1) + 1 : row.indexOf(',', at);
    return row.substring(0, at) + row.substring(end);
  }

  @Test
  void aMissingInputPathStopsTheRunWithItsReasonOnly() throws IOException {
    Path units = Files.copy(Path.of("samples/phu-tho-2018/units.csv"), tmp.resolve("units.csv"));
    String missing = "samples/phu-tho-2018/wid: lỗi: không có tệp hoặc thư mục này; có phải là samples/phu-tho-2018/wide?";
    Cli.Run validate = Cli.run("validate", "-c", CRITERIA, "samples/phu-tho-2018/wid", "--units", units.toString());
    assertThat(lines(validate.out())).containsExactly(missing);
    assertThat(lines(validate.err())).containsExactly("0 tệp, 0 đơn vị: 1 lỗi, 0 cảnh báo");

    Path out = tmp.resolve("o");
    Cli.Run assess =
        Cli.run("assess", "-c", CRITERIA, "samples/phu-tho-2018/wid", "--units", units.toString(), "-o", out.toString());
    assertThat(assess.exit()).isEqualTo(3);
    assertThat(lines(assess.out() + assess.err()))
        .containsExactly(missing, "Không ghi kết quả nào; thư mục " + out + " giữ nguyên như trước.");
  }
}
