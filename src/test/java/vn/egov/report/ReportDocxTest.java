package vn.egov.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report.docx} of the Phú Thọ sample, opened with XWPF. */
class ReportDocxTest {
  @TempDir static Path tmp;
  private static Path vi;

  @BeforeAll
  static void assessSample() {
    vi = RankingXlsxTest.assess(tmp.resolve("vi"));
  }

  static XWPFDocument open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XWPFDocument(in);
    }
  }

  private static List<String> headings(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
  }

  /** The row of a table whose cell {@code col} is {@code text}; the first such. */
  private static List<String> row(List<XWPFTable> tables, int col, String text) {
    for (XWPFTable t : tables) {
      for (XWPFTableRow r : t.getRows()) {
        if (r.getTableCells().size() > col && r.getCell(col).getText().equals(text)) {
          return cells(r);
        }
      }
    }
    throw new AssertionError("no row with " + text);
  }

  private static String allText(XWPFDocument doc) {
    StringBuilder s = new StringBuilder();
    doc.getParagraphs().forEach(p -> s.append(p.getText()).append('\n'));
    doc.getTables().forEach(t -> s.append(t.getText()).append('\n'));
    return s.toString();
  }

  @Test
  void hasTheTitleBlockAndSectionsOfAnOfficialReport() throws IOException {
    try (XWPFDocument doc = open(vi.resolve("report.docx"))) {
      XWPFTable block = doc.getTables().get(0);
      // the issuer of criteria/phu-tho-2018.yaml, not the set's source (issue 19)
      assertThat(block.getRow(0).getCell(0).getParagraphs().stream().map(XWPFParagraph::getText).toList())
          .containsExactly("UBND TỈNH PHÚ THỌ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "————", "Số: …/BC-STTTT");
      assertThat(block.getRow(0).getCell(1).getText()).contains("Phú Thọ, ngày …… tháng …… năm ……");
      assertThat(block.getRow(0).getCell(1).getText())
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Độc lập - Tự do - Hạnh phúc");
      List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(texts).containsSubsequence("BÁO CÁO", "Kết quả đánh giá mức độ Chính quyền điện tử cơ quan nhà nước tỉnh Phú Thọ năm 2018");
      assertThat(headings(doc, "Heading1")).containsExactly("I. Căn cứ", "II. Kết quả chung", "III. Xếp hạng", "Phụ lục");
      assertThat(headings(doc, "Heading2"))
          .containsExactly(
              "1. Khối Sở, ban, ngành", "2. Khối UBND huyện, thành, thị",
              "1. Khối Sở, ban, ngành", "2. Khối UBND huyện, thành, thị");
      assertThat(texts).contains("- Quyết định 1609/QĐ-UBND ngày 05/7/2018 của UBND tỉnh Phú Thọ;", "- Kỳ đánh giá: năm 2018;");
      assertThat(texts).contains("Khối UBND huyện, thành, thị: dẫn đầu là UBND thành phố Việt Trì (95,1 điểm).");
      assertThat(texts).contains("Đơn vị chưa nộp báo cáo: Ban Dân tộc, UBND huyện Tân Sơn.");
    }
  }

  @Test
  void rankingTablesListEveryUnitWithTheLanguagesDecimalMark() throws IOException {
    try (XWPFDocument doc = open(vi.resolve("report.docx"))) {
      List<XWPFTable> tables = doc.getTables();
      assertThat(cells(tables.get(2).getRow(0)))
          .containsExactly("STT", "Đơn vị", "Điểm tự đánh giá", "Điểm thẩm định", "Điểm quy đổi", "Xếp hạng", "Xếp loại");
      assertThat(tables.get(2).getRows()).hasSize(1 + 25);
      assertThat(tables.get(3).getRows()).hasSize(1 + 13);
      assertThat(row(tables, 1, "UBND thành phố Việt Trì"))
          .containsExactly("1", "UBND thành phố Việt Trì", "142,8", "142,7", "95,1", "1", "Tốt");
      assertThat(row(tables, 1, "Sở Công Thương")).containsExactly("4", "Sở Công Thương", "134,9", "134,9", "89,9", "4", "Tốt");
      assertThat(row(tables, 1, "Sở Xây dựng")).containsExactly("5", "Sở Xây dựng", "134,9", "134,9", "89,9", "4", "Tốt");
      assertThat(row(tables, 1, "Công an tỉnh Phú Thọ").get(5)).isEqualTo("Không xếp hạng");
      assertThat(row(tables, 1, "Ban Dân tộc")).containsExactly("25", "Ban Dân tộc", "", "", "", "Chưa nộp báo cáo", "");
      assertThat(tables.get(2).getRow(0).isRepeatHeader()).isTrue();
    }
  }

  @Test
  void overviewCountsUnitsAndClassesPerBlock() throws IOException {
    try (XWPFDocument doc = open(vi.resolve("report.docx"))) {
      XWPFTable overview = doc.getTables().get(1);
      assertThat(cells(overview.getRow(0)))
          .containsExactly("Khối", "Số đơn vị", "Được xếp hạng", "Chưa nộp", "Điểm quy đổi bình quân", "Tốt", "Khá", "Trung bình", "Yếu");
      List<String> districts = cells(overview.getRow(2));
      assertThat(districts.subList(0, 4)).containsExactly("UBND huyện, thành, thị", "13", "12", "1");
      // classes of the 12 scored districts: 7 Tốt (≥ 80), 4 Khá, 1 Trung bình, 0 Yếu
      assertThat(districts.subList(5, 9)).containsExactly("7", "4", "1", "0");
      // mean of the 12 scores (959,8 / 12 = 79,98) rounded to one decimal
      assertThat(districts.get(4)).isEqualTo("80,0");
      // departments: average and classes over the 22 ranked units (compare: 81,32), the 2
      // unranked ones listed but not averaged (over 24 scored units it was 79,9)
      assertThat(cells(overview.getRow(1)))
          .containsExactly("Sở, ban, ngành", "25", "22", "1", "81,3", "11", "7", "3", "1");
    }
  }

  @Test
  void theAnnexGivesPointsPerCriterionOnLandscapePages() throws IOException {
    try (XWPFDocument doc = open(vi.resolve("report.docx"))) {
      List<XWPFTable> tables = doc.getTables();
      XWPFTable districts = tables.get(tables.size() - 1);
      List<String> head = cells(districts.getRow(0));
      assertThat(head.subList(0, 4)).containsExactly("STT", "Đơn vị", "1.1", "1.2");
      int c31 = head.indexOf("3.1");
      List<String> vt = row(List.of(districts), 1, "UBND thành phố Việt Trì");
      assertThat(vt.get(c31)).isEqualTo("14,5"); // appraised 30.938 / 32.052 × 15
      assertThat(vt.get(vt.size() - 1)).isEqualTo("142,7");
      assertThat(cells(districts.getRow(1)).get(vt.size() - 1)).isEqualTo("150,0");
      var sect = doc.getDocument().getBody().getSectPr();
      assertThat(sect.getPgSz().getOrient().toString()).isEqualTo("landscape");
    }
  }

  @Test
  void usesTimesNewRoman13AndNoDateUnlessGiven() throws Exception {
    try (XWPFDocument doc = open(vi.resolve("report.docx"))) {
      var defaults = doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
      assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
      assertThat(defaults.getSzArray(0).getVal().toString()).isEqualTo("26");
      // every run, in tables too, as Word resolves it (run, paragraph style, document defaults)
      int runs = 0;
      for (XWPFParagraph p : DocxLook.paragraphs(doc)) {
        for (XWPFRun r : p.getRuns()) {
          assertThat(DocxLook.font(doc, p, r)).as(p.getText()).isEqualTo("Times New Roman");
          runs++;
        }
      }
      assertThat(runs).isGreaterThan(100);
      // body text 13 pt and not bold, the headings bold by their style, header cells bold
      XWPFParagraph basis = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("- ")).findFirst().orElseThrow();
      assertThat(DocxLook.size(doc, basis, basis.getRuns().get(0))).isEqualTo(13.0);
      assertThat(DocxLook.bold(doc, basis, basis.getRuns().get(0))).isFalse();
      XWPFParagraph heading = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyleID())).findFirst().orElseThrow();
      assertThat(DocxLook.bold(doc, heading, heading.getRuns().get(0))).isTrue();
      assertThat(DocxLook.size(doc, heading, heading.getRuns().get(0))).isEqualTo(13.0);
      XWPFParagraph head = doc.getTables().get(1).getRow(0).getCell(0).getParagraphs().get(0);
      assertThat(DocxLook.bold(doc, head, head.getRuns().get(0))).isTrue();
      XWPFParagraph name = doc.getTables().get(1).getRow(1).getCell(0).getParagraphs().get(0);
      assertThat(DocxLook.bold(doc, name, name.getRuns().get(0))).isFalse();
      // no date given: the date is dotted to fill in by hand (issue 19), never a clock date
      assertThat(allText(doc)).contains("ngày …… tháng …… năm ……").doesNotContainPattern("ngày \\d+ tháng");
      var core = doc.getProperties().getCoreProperties();
      assertThat(core.getCreator()).isEqualTo("egov");
      assertThat(core.getCreated()).isNull();
    }
  }

  @Test
  void theDateLineFollowsTheAdministrativeStyle() throws IOException {
    Path dated = RankingXlsxTest.assess(tmp.resolve("dated"), "--date", "2022-03-08");
    try (XWPFDocument doc = open(dated.resolve("report.docx"))) {
      assertThat(doc.getTables().get(0).getRow(0).getCell(1).getText()).contains("Phú Thọ, ngày 08 tháng 3 năm 2022");
    }
    Labels vi = Labels.of("vi");
    assertThat(ReportDocx.dateLine(LocalDate.of(2022, 2, 15), vi)).isEqualTo("……, ngày 15 tháng 02 năm 2022");
    assertThat(ReportDocx.dateLine(LocalDate.of(2022, 12, 1), vi)).isEqualTo("……, ngày 01 tháng 12 năm 2022");
    assertThat(ReportDocx.dateLine(LocalDate.of(2022, 12, 1), Labels.of("en"))).isEqualTo("……, 1 December 2022");
  }

  private static int twips(Object v) {
    return Integer.parseInt(v.toString());
  }

  @Test
  void isLaidOutAsNghiDinh30WithSignaturePageNumbersAndALandscapeAnnex() throws IOException {
    try (XWPFDocument doc = open(vi.resolve("report.docx"))) {
      var body = doc.getDocument().getBody();
      CTSectPr portrait = null;
      for (XWPFParagraph p : doc.getParagraphs()) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr()) {
          portrait = p.getCTP().getPPr().getSectPr();
        }
      }
      assertThat(portrait).isNotNull();
      CTSectPr annex = body.getSectPr();
      for (CTSectPr s : List.of(portrait, annex)) {
        var m = s.getPgMar();
        // A4; margins top and bottom 20–25 mm, left 30–35 mm (portrait), right 15–20 mm
        assertThat(twips(m.getTop())).isBetween(1134, 1417);
        assertThat(twips(m.getBottom())).isBetween(1134, 1417);
        assertThat(twips(m.getRight())).isBetween(850, 1134);
        assertThat(Math.min(twips(s.getPgSz().getW()), twips(s.getPgSz().getH()))).isEqualTo(11906);
      }
      assertThat(twips(portrait.getPgMar().getLeft())).isBetween(1701, 1984);
      assertThat(twips(portrait.getPgSz().getW())).isEqualTo(11906);
      assertThat(twips(annex.getPgSz().getW())).isEqualTo(16838);
      // page numbers from page 2: the first page of the report has an empty header of its own
      assertThat(portrait.isSetTitlePg()).isTrue();
      assertThat(annex.isSetTitlePg()).isFalse();
      var numbered = doc.getHeaderArray(0);
      assertThat(numbered.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      assertThat(numbered.getParagraphs().get(0).getCTP().getFldSimpleArray(0).getInstr().strip()).isEqualTo("PAGE");
      assertThat(doc.getHeaderArray(1).getText().strip()).isEmpty();
      List<String> refs = new ArrayList<>();
      portrait.getHeaderReferenceList().forEach(r -> refs.add(r.getType() + "=" + r.getId()));
      annex.getHeaderReferenceList().forEach(r -> refs.add(r.getType() + "=" + r.getId()));
      assertThat(refs).hasSize(3);

      // the signature after the ranking: Nơi nhận on the left, the signer's title on the right
      XWPFTable signature =
          doc.getTables().stream().filter(t -> t.getText().contains("Nơi nhận:")).findFirst().orElseThrow();
      XWPFParagraph to = signature.getRow(0).getCell(0).getParagraphs().get(0);
      assertThat(to.getText()).isEqualTo("Nơi nhận:");
      assertThat(to.getRuns().get(0).isBold()).isTrue();
      assertThat(to.getRuns().get(0).isItalic()).isTrue();
      assertThat(to.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(12.0);
      assertThat(signature.getRow(0).getCell(0).getParagraphs().stream().skip(1).map(XWPFParagraph::getText).toList())
          .containsExactly("- UBND tỉnh (để báo cáo);", "- Các sở, ban, ngành;", "- UBND các huyện, thành, thị;", "- Lưu: VT.");
      assertThat(signature.getRow(0).getCell(0).getParagraphs().get(1).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(11.0);
      assertThat(signature.getRow(0).getCell(1).getParagraphs().stream().map(XWPFParagraph::getText).toList())
          .containsExactly("GIÁM ĐỐC", Nd30Blocks.DOTS);

      assertThat(allText(doc)).contains("(Kèm theo Báo cáo số …/BC-STTTT)");
    }
  }

  @Test
  void headerWordsAreNeverBrokenAndRowsNeverSplit() throws IOException {
    try (XWPFDocument doc = open(vi.resolve("report.docx"))) {
      for (XWPFTable t : doc.getTables().subList(1, doc.getTables().size())) {
        if (t.getText().contains("Nơi nhận:")) {
          continue;
        }
        XWPFTableRow head = t.getRow(0);
        assertThat(head.isRepeatHeader()).isTrue();
        for (XWPFTableCell c : head.getTableCells()) {
          XWPFParagraph p = c.getParagraphs().get(0);
          double pt = DocxLook.size(doc, p, p.getRuns().get(0));
          int width = twips(c.getCTTc().getTcPr().getTcW().getW());
          assertThat(width).as("%s", c.getText()).isGreaterThanOrEqualTo(DocxKit.wordWidth(c.getText(), (int) pt));
        }
        t.getRows().forEach(r -> assertThat(r.isCantSplitRow()).isTrue());
      }
      // "STT" in the annex of 20-odd criteria columns and "Trung bình" in the overview were cut
      // inside the word before (issue 19): wide enough now
      assertThat(twips(doc.getTables().get(1).getRow(0).getCell(7).getCTTc().getTcPr().getTcW().getW()))
          .isGreaterThanOrEqualTo(900);
    }
  }

  @Test
  void withoutAnIssuerTheBlocksAreDottedLinesToFillIn(@TempDir Path dir) throws IOException {
    Path out = RankingXlsxTest.hostileNames(dir, "docx");
    try (XWPFDocument doc = open(out.resolve("report.docx"))) {
      XWPFTable block = doc.getTables().get(0);
      assertThat(block.getRow(0).getCell(0).getParagraphs().stream().map(XWPFParagraph::getText).toList())
          .containsExactly(Nd30Blocks.DOTS, Nd30Blocks.DOTS, "————", "Số: …/BC-…");
      assertThat(block.getRow(0).getCell(1).getText()).contains("……, ngày …… tháng …… năm ……");
      XWPFTable signature =
          doc.getTables().stream().filter(t -> t.getText().contains("Nơi nhận:")).findFirst().orElseThrow();
      assertThat(signature.getRow(0).getCell(1).getParagraphs().stream().map(XWPFParagraph::getText).toList())
          .containsExactly(Nd30Blocks.DOTS, Nd30Blocks.DOTS);
      assertThat(signature.getText()).doesNotContain("Tiny set");
    }
  }

  @Test
  void twoRunsGiveByteIdenticalDocuments() throws IOException {
    Path again = RankingXlsxTest.assess(tmp.resolve("again"));
    assertThat(Files.readAllBytes(again.resolve("report.docx"))).isEqualTo(Files.readAllBytes(vi.resolve("report.docx")));
  }

  @Test
  void englishHeadingsWithLangEn() throws IOException {
    Path en = RankingXlsxTest.assess(tmp.resolve("en"), "--lang", "en");
    try (XWPFDocument doc = open(en.resolve("report.docx"))) {
      assertThat(headings(doc, "Heading1")).containsExactly("I. Basis", "II. Overall results", "III. Ranking", "Annex");
      assertThat(row(doc.getTables(), 1, "UBND thành phố Việt Trì"))
          .containsExactly("1", "UBND thành phố Việt Trì", "142.8", "142.7", "95.1", "1", "Tốt");
      assertThat(cells(doc.getTables().get(2).getRow(0)).get(4)).isEqualTo("Score");
    }
  }

  @Test
  void aSmallGroupGetsCriteriaDownAndUnitsAcross(@TempDir Path dir) throws IOException {
    Path out = RankingXlsxTest.hostileNames(dir, "docx");
    try (XWPFDocument doc = open(out.resolve("report.docx"))) {
      List<XWPFTable> tables = doc.getTables();
      XWPFTable annex = tables.get(tables.size() - 1);
      assertThat(cells(annex.getRow(0)))
          .containsExactly("Mã", "Tiêu chí", "Tối đa", "=HYPERLINK(\"x\")", "# A|B *c* <d> [e](f) _g_ `h`");
      assertThat(cells(annex.getRow(2))).containsExactly("1.1", "Có hệ thống", "10,00", "10,00", "0,00");
      List<String> names = new ArrayList<>();
      annex.getRows().forEach(r -> names.add(r.getCell(1).getText()));
      assertThat(names).endsWith("Tổng");
    }
  }

  @Test
  void theTrichYeuComesFromTheSetsTitleNotAFixedEGovernmentPhrase() throws IOException {
    vn.egov.model.CriteriaSet dti =
        vn.egov.criteria.CriteriaLoader.load(java.nio.file.Path.of("criteria/phu-tho-2025-dti.yaml"), "dti").criteria();
    assertThat(ReportDocx.subject(dti, Labels.of("vi")))
        .isEqualTo("Kết quả đánh giá mức độ chuyển đổi số các cơ quan, đơn vị tỉnh Phú Thọ năm 2025");
    vn.egov.model.CriteriaSet egov =
        vn.egov.criteria.CriteriaLoader.load(java.nio.file.Path.of("criteria/phu-tho-2018.yaml"), "egov").criteria();
    assertThat(ReportDocx.subject(egov, Labels.of("vi")))
        .isEqualTo("Kết quả đánh giá mức độ Chính quyền điện tử cơ quan nhà nước tỉnh Phú Thọ năm 2018");
    assertThat(ReportDocx.subject(egov, Labels.of("en")))
        .isEqualTo("Results of the 2018 assessment: Bộ tiêu chí đánh giá mức độ Chính quyền điện tử cơ quan nhà nước tỉnh Phú Thọ");
  }
}
