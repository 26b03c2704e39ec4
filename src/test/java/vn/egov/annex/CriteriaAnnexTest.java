package vn.egov.annex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.egov.cli.Cli;

/** {@code egov check -o}: the 2018 set as the annex of its decision (QĐ 1609/QĐ-UBND). */
class CriteriaAnnexTest {
  @TempDir static Path tmp;

  static Path docx;
  static Path xlsx;
  static Path md;

  @BeforeAll
  static void write() {
    docx = check("phu-luc.docx");
    xlsx = check("phu-luc.xlsx");
    md = check("phu-luc.md");
  }

  static Path check(String name) {
    Path out = tmp.resolve(name);
    Cli.Run run = Cli.run("check", "criteria/phu-tho-2018.yaml", "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    return out;
  }

  @Test
  void markdownListsEveryCriterionWithItsMaxPerUnitGroupAndTheTemplateWords() throws IOException {
    List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);
    assertThat(lines.subList(0, 5))
        .containsExactly(
            "# Phụ lục",
            "",
            "**BỘ TIÊU CHÍ ĐÁNH GIÁ MỨC ĐỘ CHÍNH QUYỀN ĐIỆN TỬ CƠ QUAN NHÀ NƯỚC TỈNH PHÚ THỌ**",
            "",
            "*(Kèm theo Quyết định 1609/QĐ-UBND ngày 05/7/2018 của UBND tỉnh Phú Thọ)*");
    assertThat(lines)
        .contains(
            "| STT | Tiêu chí, chỉ số | Điểm tối đa: Sở, ban, ngành | Điểm tối đa: UBND huyện, thành, thị | Phương pháp đánh giá | Tài liệu kiểm chứng | Nguồn số liệu |",
            "| **I** | **Hạ tầng kỹ thuật** | **20** | **25** |  |  |  |",
            // applies to districts only: "—" for departments
            "| 1.3 | Hệ thống hội nghị truyền hình trực tuyến kết nối với UBND tỉnh | — | 5 | Có: 5 điểm; Không: 0 điểm. |  | Đơn vị tự đánh giá |",
            "| 3.4 | Cổng/Trang thông tin điện tử đáp ứng Nghị định 43/2011/NĐ-CP | 10 | 10 | Đáp ứng đầy đủ: 10 điểm; Đáp ứng một phần: 5 điểm; Chưa đáp ứng: 0 điểm. | Bắt buộc | Đơn vị tự đánh giá |",
            "|  | **Tổng cộng** | **150** | **150** |  |  |  |");
  }

  @Test
  void docxHasTheDecreeLayout() throws IOException {
    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
      CTSectPr sect = doc.getDocument().getBody().getSectPr();
      assertThat(sect.getPgSz().getW().toString()).isEqualTo("16838"); // A4 landscape, in twips
      assertThat(sect.getPgSz().getH().toString()).isEqualTo("11906");
      assertThat(sect.getPgMar().getTop().toString()).isEqualTo("1134"); // 20 mm
      assertThat(sect.getPgMar().getBottom().toString()).isEqualTo("1134");
      List<XWPFParagraph> ps = doc.getParagraphs();
      assertThat(ps.get(0).getText()).isEqualTo("Phụ lục");
      assertThat(ps.get(2).getText()).isEqualTo("(Kèm theo Quyết định 1609/QĐ-UBND ngày 05/7/2018 của UBND tỉnh Phú Thọ)");
      assertThat(ps.get(2).getRuns().get(0).isItalic()).isTrue();
      for (XWPFParagraph p : vn.egov.report.DocxLook.paragraphs(doc)) {
        for (XWPFRun r : p.getRuns()) {
          assertThat(vn.egov.report.DocxLook.font(doc, p, r)).isEqualTo("Times New Roman");
        }
      }
      XWPFTable t = doc.getTables().get(0);
      assertThat(t.getRow(0).isRepeatHeader()).isTrue();
      assertThat(t.getRow(1).isRepeatHeader()).isFalse();
      for (XWPFTableRow row : t.getRows()) {
        assertThat(row.isCantSplitRow()).isTrue();
      }
      assertThat(t.getRow(0).getCell(2).getText()).isEqualTo("Điểm tối đa: Sở, ban, ngành");
      XWPFTableRow r13 = t.getRows().stream().filter(r -> r.getCell(0).getText().equals("1.3")).findFirst().orElseThrow();
      assertThat(r13.getCell(2).getText()).isEqualTo("—");
      assertThat(r13.getCell(3).getText()).isEqualTo("5");
      XWPFTableRow r11 = t.getRows().stream().filter(r -> r.getCell(0).getText().equals("1.1")).findFirst().orElseThrow();
      // different bands per unit group: one paragraph per group, the template's words
      assertThat(r11.getCell(4).getParagraphs()).hasSize(2);
      assertThat(r11.getCell(4).getParagraphs().get(1).getText())
          .isEqualTo("UBND huyện, thành, thị: Giá trị = staff_with_pc / staff_total * 100. ≥ 98: 10 điểm; ≥ 95: 8 điểm; ≥ 85: 6 điểm; ≥ 70: 3 điểm; còn lại: 0 điểm.");
    }
  }

  @Test
  void xlsxPrintsOnA4LandscapeOnePageWideWithTheHeaderRepeated() throws IOException {
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet s = wb.getSheetAt(0);
      assertThat(s.getPrintSetup().getLandscape()).isTrue();
      assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
      assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
      assertThat(s.getFitToPage()).isTrue();
      assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("5:5");
      assertThat(s.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Tiêu chí, chỉ số");
      for (short i = 0; i < wb.getNumberOfFonts(); i++) {
        assertThat(wb.getFontAt(i).getFontHeightInPoints()).isGreaterThanOrEqualTo((short) 9);
      }
    }
  }

  @Test
  void annexIsReproducibleAndTheFormatComesFromTheName() throws IOException {
    Path again = tmp.resolve("again.docx");
    assertThat(Cli.run("check", "criteria/phu-tho-2018.yaml", "-o", again.toString()).exit()).isZero();
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(docx));
    Cli.Run bad = Cli.run("--lang", "en", "check", "criteria/phu-tho-2018.yaml", "-o", tmp.resolve("phu-luc.pdf").toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("cannot write an annex as phu-luc.pdf; the file name must end in .docx, .xlsx or .md");
  }
}
