package vn.egov.annex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/**
 * {@code supplied_by: unit | department} of an input: the annex's "source of the figure" column
 * and its note follow it, and the 2025 set's nine Department-collected inputs carry it.
 */
class SuppliedByTest {
  @TempDir Path tmp;

  static final String MIXED =
      """
      schema: egov-criteria/1
      id: thu
      title: Thử
      unit_groups:
        - {id: commune, name: "Xã, phường"}
      groups:
        - id: "1"
          name: Dịch vụ công
          criteria:
            - id: "1.1"
              name: Hồ sơ trực tuyến
              max: 10
              inputs:
                - {id: hs_dat, label: Số hồ sơ trực tuyến, type: integer, min: 0, supplied_by: department}
                - {id: hs_tong, label: Tổng số hồ sơ, type: integer, min: 0}
              method: {type: proportional, value: hs_dat / hs_tong}
            - id: "1.2"
              name: Cổng thông tin
              max: 5
              inputs: [{id: cong, label: Có cổng thông tin, type: boolean, supplied_by: unit}]
              method: {type: boolean, input: cong}
      """;

  private List<String> annex(String criteria, String name, String... more) throws IOException {
    Path out = tmp.resolve(name);
    String[] args = new String[4 + more.length];
    args[0] = "check";
    args[1] = criteria;
    args[2] = "-o";
    args[3] = out.toString();
    System.arraycopy(more, 0, args, 4, more.length);
    Cli.Run run = Cli.run(args);
    assertThat(run.exit()).as(run.err()).isZero();
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  @Test
  void the2025AnnexSaysTheDepartmentSuppliesItsOwnFigures() throws IOException {
    List<String> lines = annex("criteria/phu-tho-2025-dti.yaml", "phu-luc-2025.md");
    assertThat(lines)
        .contains(
            "| 6.1 | Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến toàn trình | 80 | 80 | Tỷ lệ thuận, đạt tối đa 80 điểm khi ≥ 100%. |  | Sở Khoa học và Công nghệ cung cấp |",
            "| 1.1 | Ban Chỉ đạo (Tổ công tác) chuyển đổi số được kiện toàn, người đứng đầu làm trưởng ban | 20 | 20 | Người đứng đầu làm trưởng ban: 20 điểm; "
                + "Cấp phó làm trưởng ban: 10 điểm; Chưa kiện toàn: 0 điểm. | Bắt buộc | Đơn vị tự đánh giá |",
            "Nguồn số liệu: ghi ở từng chỉ số. Số liệu do đơn vị tự đánh giá được thẩm định khi tổng hợp kết quả; số liệu do Sở Khoa học và Công nghệ "
                + "cung cấp được lấy từ các hệ thống thông tin của quốc gia, của tỉnh, đơn vị không phải điền.");
    // the nine inputs the Department collects itself: 4.3, 5.4, 6.1–6.4, 6.7, 7.2 and 7.6
    assertThat(lines.stream().filter(l -> l.endsWith("| Sở Khoa học và Công nghệ cung cấp |")).map(l -> l.split(" \\| ")[0].substring(2)))
        .containsExactly("4.3", "5.4", "6.1", "6.2", "6.3", "6.4", "6.7", "7.2", "7.6");
  }

  @Test
  void aCriterionWithSomeOfTheDepartmentsFiguresSaysBothAndWithoutAnIssuerTheAgencyIsNeutral() throws IOException {
    Path set = Files.writeString(tmp.resolve("thu.yaml"), MIXED, StandardCharsets.UTF_8);
    assertThat(annex(set.toString(), "thu.md"))
        .contains(
            "| 1.1 | Hồ sơ trực tuyến | 10 | Giá trị = hs\\_dat / hs\\_tong. Tỷ lệ thuận, đạt tối đa 10 điểm khi ≥ 1. |  | "
                + "Đơn vị tự đánh giá; Cơ quan tổ chức đánh giá cung cấp: hs\\_dat |",
            "| 1.2 | Cổng thông tin | 5 | Có: 5 điểm; Không: 0 điểm. |  | Đơn vị tự đánh giá |");
    assertThat(annex(set.toString(), "thu-en.md", "--lang", "en"))
        .anySatisfy(l -> assertThat(l).startsWith("| 1.1 |").endsWith("| The unit (self-assessed); The assessing agency supplies hs\\_dat |"));
  }

  @Test
  void anUnknownSupplierIsAnErrorWithAHint() throws IOException {
    Path set = Files.writeString(tmp.resolve("sai.yaml"), MIXED.replace("supplied_by: unit}", "supplied_by: units}"), StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("check", set.toString(), "--lang", "en");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(set + ":20:83: error: 'units' is not a valid value of supplied_by; did you mean 'unit'?");
  }
}
