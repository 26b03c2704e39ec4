package vn.egov.report;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import vn.egov.model.Issuer;

/**
 * The parts of {@code report.docx} that Nghị định 30/2020/NĐ-CP (Phụ lục I) fixes: the heading
 * (cơ quan chủ quản and cơ quan ban hành, Quốc hiệu and Tiêu ngữ, số and ký hiệu, địa danh and
 * date, tên loại and trích yếu), the signature with "Nơi nhận", and page numbers from page 2
 * centred at the top. What the criteria set's {@code issuer} does not say is a dotted line to fill
 * in by hand.
 *
 * @param doc the document written into
 * @param issuer the criteria set's {@code issuer}, or {@code null}
 */
record Nd30Blocks(XWPFDocument doc, Issuer issuer, Labels labels) {
  /** A blank to fill in by hand. */
  static final String DOTS = "……………";
  /** Size of the page number (13–14 pt). */
  static final int PAGE_NUMBER_PT = 13;
  private static final int LEFT = 3800;
  /** The heading reaches this far into each side margin, so Quốc hiệu keeps to one line. */
  private static final int OUTSET = 340;

  /**
   * "Phú Thọ, ngày 05 tháng 3 năm 2022": in Vietnamese, days below 10 and months 1 and 2 with a
   * leading zero; without a date the day, month and year are dotted to fill in.
   */
  static String dateLine(LocalDate date, String place, Labels labels) {
    String where = place == null ? labels.get("docx.place") : place;
    if (date == null) {
      return labels.get("docx.date.blank", where);
    }
    if ("en".equals(labels.language())) {
      return labels.get(
          "docx.date", where, date.getDayOfMonth(), date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), date.getYear());
    }
    String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : Integer.toString(date.getDayOfMonth());
    String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : Integer.toString(date.getMonthValue());
    return labels.get("docx.date", where, day, month, date.getYear());
  }

  private String part(java.util.function.Function<Issuer, String> get) {
    String v = issuer == null ? null : get.apply(issuer);
    return v == null ? null : v;
  }

  /**
   * The heading: a borderless table, agency and number on the left, Quốc hiệu, Tiêu ngữ and the
   * date on the right; then BÁO CÁO and its trích yếu, centred and bold.
   */
  void heading(LocalDate date, String abstractLine) {
    XWPFTable t = DocxKit.table(doc, 1, new int[] {LEFT, DocxKit.PORTRAIT_WIDTH + 2 * OUTSET - LEFT}, 0, false);
    var indent = t.getCTTbl().getTblPr().addNewTblInd();
    indent.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
    indent.setW(BigInteger.valueOf(-OUTSET));
    XWPFTableCell left = t.getRow(0).getCell(0);
    String parent = part(Issuer::parent);
    String name = part(Issuer::name);
    XWPFParagraph p = left.getParagraphs().get(0);
    centred(p);
    DocxKit.run(p, upper(parent == null ? DOTS : parent), false, false, 12);
    p = centred(left.addParagraph());
    DocxKit.run(p, upper(name == null ? DOTS : name), true, false, 12);
    p = centred(left.addParagraph());
    DocxKit.run(p, "————", false, false, 12);
    p = centred(left.addParagraph());
    String code = part(Issuer::code);
    DocxKit.run(p, labels.get("docx.number", code == null ? "…" : code), false, false, DocxKit.BODY_PT);

    XWPFTableCell right = t.getRow(0).getCell(1);
    p = centred(right.getParagraphs().get(0));
    DocxKit.run(p, labels.get("docx.motto.1"), true, false, 12);
    p = centred(right.addParagraph());
    DocxKit.run(p, labels.get("docx.motto.2"), true, false, DocxKit.BODY_PT);
    p = centred(right.addParagraph());
    DocxKit.run(p, "——————————", false, false, 12);
    p = centred(right.addParagraph());
    p.setAlignment(ParagraphAlignment.RIGHT);
    DocxKit.run(p, dateLine(date, part(Issuer::place), labels), false, true, DocxKit.BODY_PT);

    XWPFParagraph title = DocxKit.line(doc, labels.get("docx.title"), ParagraphAlignment.CENTER, true, false, 14);
    title.setSpacingBefore(360);
    title.setSpacingAfter(0);
    DocxKit.line(doc, abstractLine, ParagraphAlignment.CENTER, true, false, DocxKit.BODY_PT).setSpacingAfter(0);
    DocxKit.line(doc, "————", ParagraphAlignment.CENTER, false, false, 12).setSpacingAfter(240);
  }

  private static XWPFParagraph centred(XWPFParagraph p) {
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    return p;
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.forLanguageTag("vi"));
  }

  /**
   * The signature: "Nơi nhận:" (bold italic, 12 pt) and its list (11 pt) on the left; on the right
   * the signer's title ("KT. GIÁM ĐỐC" above a deputy's), room to sign, and the name.
   */
  void signature() {
    XWPFTable t = DocxKit.table(doc, 1, new int[] {4300, DocxKit.PORTRAIT_WIDTH - 4300}, 0, false);
    t.getRow(0).setCantSplitRow(true);
    XWPFTableCell left = t.getRow(0).getCell(0);
    XWPFParagraph p = left.getParagraphs().get(0);
    p.setSpacingBefore(240);
    p.setSpacingAfter(0);
    DocxKit.run(p, labels.get("docx.recipients"), true, true, 12);
    List<String> recipients = issuer == null || issuer.recipients().isEmpty() ? List.of(DOTS, DOTS) : issuer.recipients();
    for (int i = 0; i < recipients.size(); i++) {
      XWPFParagraph r = left.addParagraph();
      r.setSpacingAfter(0);
      String item = recipients.get(i).strip();
      String end = item.endsWith(".") || item.endsWith(";") ? "" : i == recipients.size() - 1 ? "." : ";";
      DocxKit.run(r, "- " + item + end, false, false, 11);
    }

    XWPFTableCell right = t.getRow(0).getCell(1);
    Issuer.Signer signer = issuer == null ? null : issuer.signer();
    p = centred(right.getParagraphs().get(0));
    p.setSpacingBefore(240);
    if (signer != null && signer.onBehalf() != null) {
      DocxKit.run(p, labels.get("docx.on_behalf", upper(signer.onBehalf())), true, false, DocxKit.BODY_PT);
      p = centred(right.addParagraph());
    }
    String title = signer == null || signer.title() == null ? DOTS : upper(signer.title());
    DocxKit.run(p, title, true, false, DocxKit.BODY_PT);
    p = centred(right.addParagraph());
    p.setSpacingBefore(1700); // room for the signature and the seal
    DocxKit.run(p, signer == null || signer.name() == null ? DOTS : signer.name(), true, false, DocxKit.BODY_PT);
  }

  /**
   * Page numbers from page 2, centred at the top: one header with a PAGE field for every section,
   * an empty first-page header for the first section only.
   */
  void pageNumbers(CTSectPr first, CTSectPr last) {
    XWPFHeader numbered = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = numbered.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr(" PAGE ");
    CTR r = field.addNewR();
    var pr = r.addNewRPr();
    pr.addNewRFonts().setAscii(DocxKit.FONT);
    pr.getRFontsArray(0).setHAnsi(DocxKit.FONT);
    pr.addNewSz().setVal(BigInteger.valueOf(2L * PAGE_NUMBER_PT));
    r.addNewT().setStringValue("2");
    XWPFHeader blank = doc.createHeader(HeaderFooterType.FIRST);
    blank.createParagraph();
    String numberedId = doc.getRelationId(numbered);
    String blankId = doc.getRelationId(blank);
    for (CTSectPr s : List.of(first, last)) {
      while (s.sizeOfHeaderReferenceArray() > 0) {
        s.removeHeaderReference(0);
      }
      if (s.isSetTitlePg()) {
        s.unsetTitlePg();
      }
      CTHdrFtrRef ref = s.insertNewHeaderReference(0);
      ref.setType(STHdrFtr.DEFAULT);
      ref.setId(numberedId);
    }
    CTHdrFtrRef ref = first.insertNewHeaderReference(1);
    ref.setType(STHdrFtr.FIRST);
    ref.setId(blankId);
    first.addNewTitlePg();
  }
}
