package vn.egov.report;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * The look of {@code report.docx}: Times New Roman 13 pt, A4 with the margins of Vietnamese
 * administrative documents (Nghị định 30/2020/NĐ-CP: top and bottom 20–25 mm, left 30–35 mm, right
 * 15–20 mm; here 20, 30 and 20 mm),
 * real heading styles (so Word's navigation pane and table of contents work), bordered tables.
 * Sizes are in twips (1/20 pt) and half-points, as Word stores them.
 */
public final class DocxKit {
  public static final String FONT = "Times New Roman";
  public static final int BODY_PT = 13;
  public static final int TABLE_PT = 12;
  public static final int A4_SHORT = 11906;
  public static final int A4_LONG = 16838;
  public static final int MARGIN_LEFT = 1701;
  public static final int MARGIN = 1134;
  /** Text width of a portrait page. */
  public static final int PORTRAIT_WIDTH = A4_SHORT - MARGIN_LEFT - MARGIN;
  /** Text width of a landscape page (the annex). */
  public static final int LANDSCAPE_WIDTH = A4_LONG - 2 * MARGIN;
  public static final String HEADER_FILL = "D9E1F2";

  /** Left plus right cell margin (Word's default 0,19 cm each side). */
  static final int CELL_MARGINS = 2 * 108;

  private DocxKit() {}

  /**
   * The width (twips) a cell needs so that its longest word stays on one line in bold Times New
   * Roman at {@code points}: an estimate from the letters (capitals wider), plus the cell margins.
   */
  static int wordWidth(String text, int points) {
    double longest = 0;
    for (String word : text.strip().split("\\s+")) {
      double em = 0;
      for (int i = 0; i < word.length(); i++) {
        char ch = word.charAt(i);
        em += Character.isUpperCase(ch) ? 0.74
            : ch == 'm' || ch == 'w' ? 0.8
            : ch == '.' || ch == ',' ? 0.25
            : Character.isDigit(ch) ? 0.5
            : 0.56;
      }
      longest = Math.max(longest, em);
    }
    return (int) Math.ceil(longest * points * 20) + CELL_MARGINS + 40;
  }

  /**
   * Column widths that keep every header word whole: a column narrower than its header's longest
   * word is widened, the width taken from column {@code flex} (the one holding names, which wrap
   * between words), which keeps at least {@code minFlex}.
   */
  static int[] fit(int[] widths, List<String> heads, int points, int flex, int minFlex) {
    int[] out = widths.clone();
    int taken = 0;
    for (int i = 0; i < out.length && i < heads.size(); i++) {
      if (i == flex || heads.get(i) == null) {
        continue;
      }
      int need = wordWidth(heads.get(i), points);
      if (out[i] < need) {
        taken += need - out[i];
        out[i] = need;
      }
    }
    out[flex] = Math.max(minFlex, out[flex] - taken);
    return out;
  }

  /** Document defaults (font, size, spacing) and the two heading styles. */
  public static void setup(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    CTStyles ct = CTStyles.Factory.newInstance();
    CTDocDefaults defaults = ct.addNewDocDefaults();
    font(defaults.addNewRPrDefault().addNewRPr(), BODY_PT);
    CTPPrGeneral p = defaults.addNewPPrDefault().addNewPPr();
    p.addNewSpacing().setAfter(BigInteger.valueOf(120));
    styles.setStyles(ct);
    styles.addStyle(heading("Heading1", "heading 1", 0, BODY_PT));
    styles.addStyle(heading("Heading2", "heading 2", 1, BODY_PT));
  }

  private static void font(CTRPr r, int points) {
    CTFonts f = r.addNewRFonts();
    f.setAscii(FONT);
    f.setHAnsi(FONT);
    f.setCs(FONT);
    f.setEastAsia(FONT);
    r.addNewSz().setVal(BigInteger.valueOf(2L * points));
    r.addNewSzCs().setVal(BigInteger.valueOf(2L * points));
  }

  private static XWPFStyle heading(String id, String name, int level, int points) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    s.addNewNext().setVal("Normal");
    s.addNewUiPriority().setVal(BigInteger.valueOf(9));
    s.addNewQFormat();
    CTPPrGeneral p = s.addNewPPr();
    p.addNewKeepNext();
    p.addNewSpacing().setBefore(BigInteger.valueOf(240));
    p.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
    CTRPr r = s.addNewRPr();
    font(r, points);
    r.addNewB();
    return new XWPFStyle(s);
  }

  public static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    return p;
  }

  /** A paragraph of one run. */
  public static XWPFParagraph line(XWPFDocument doc, String text, ParagraphAlignment align, boolean bold, boolean italic, int points) {
    XWPFParagraph p = paragraph(doc, align);
    run(p, text, bold, italic, points);
    return p;
  }

  public static XWPFParagraph heading(XWPFDocument doc, String text, int level) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(level == 1 ? "Heading1" : "Heading2");
    run(p, text, true, false, BODY_PT);
    return p;
  }

  /**
   * A run of text. It carries only what differs from the document's defaults ({@link #setup}:
   * Times New Roman, {@link #BODY_PT}, neither bold nor italic): a national run's annex has
   * hundreds of thousands of cells, and every property is an object Word's model holds until the
   * file is written (a font and two "off" flags per run were a third of the document's memory).
   * In a styled paragraph (a heading, bold by its style) "not bold" is said explicitly.
   */
  public static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int points) {
    XWPFRun r = p.createRun();
    if (points != BODY_PT) {
      r.setFontSize(points);
    }
    if (bold || (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetPStyle())) {
      r.setBold(bold);
    }
    if (italic) {
      r.setItalic(true);
    }
    if (text != null) {
      r.setText(text);
    }
    return r;
  }

  /**
   * A table with fixed column widths (twips), thin borders, and the first {@code headerRows} rows
   * repeated on every page.
   */
  public static XWPFTable table(XWPFDocument doc, int rows, int[] widths, int headerRows, boolean borders) {
    XWPFTable t = doc.createTable(rows, widths.length);
    CTTblPr pr = t.getCTTbl().getTblPr() != null ? t.getCTTbl().getTblPr() : t.getCTTbl().addNewTblPr();
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    tw.setType(STTblWidth.DXA);
    tw.setW(BigInteger.valueOf(total));
    (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
    CTTblBorders b = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
    STBorder.Enum kind = borders ? STBorder.SINGLE : STBorder.NIL;
    b.setTop(border(kind));
    b.setBottom(border(kind));
    b.setLeft(border(kind));
    b.setRight(border(kind));
    b.setInsideH(border(kind));
    b.setInsideV(border(kind));
    CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    for (int r = 0; r < rows; r++) {
      XWPFTableRow row = t.getRows().get(r); // getRow(r) counts the rows each time: quadratic
      if (r < headerRows) {
        row.setRepeatHeader(true);
      }
      row.setCantSplitRow(true);
      for (int c = 0; c < widths.length; c++) {
        CTTcPr tc = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr() : row.getCell(c).getCTTc().addNewTcPr();
        CTTblWidth cw = tc.isSetTcW() ? tc.getTcW() : tc.addNewTcW();
        cw.setType(STTblWidth.DXA);
        cw.setW(BigInteger.valueOf(widths[c]));
        tc.addNewVAlign().setVal(STVerticalJc.CENTER);
      }
    }
    return t;
  }

  private static CTBorder border(STBorder.Enum kind) {
    CTBorder b = CTBorder.Factory.newInstance();
    b.setVal(kind);
    if (kind != STBorder.NIL) {
      b.setSz(BigInteger.valueOf(4));
      b.setSpace(BigInteger.ZERO);
      b.setColor("000000");
    }
    return b;
  }

  /** Writes text into a cell's first paragraph. */
  public static XWPFTableCell cell(XWPFTable t, int row, int col, String text, boolean bold, ParagraphAlignment align, int points) {
    XWPFTableCell c = t.getRows().get(row).getCell(col); // not getRow: it counts the rows each time
    XWPFParagraph p = c.getParagraphs().get(0);
    p.setAlignment(align);
    p.setSpacingAfter(0);
    run(p, text == null ? "" : text, bold, false, points);
    return c;
  }

  /** A header cell: bold, centred, shaded. */
  public static XWPFTableCell header(XWPFTable t, int row, int col, String text, int points) {
    XWPFTableCell c = cell(t, row, col, text, true, ParagraphAlignment.CENTER, points);
    CTTcPr tc = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
    var shd = tc.isSetShd() ? tc.getShd() : tc.addNewShd();
    shd.setVal(STShd.CLEAR);
    shd.setColor("auto");
    shd.setFill(HEADER_FILL);
    return c;
  }

  /** A4 page setup of a section. */
  public static void page(CTSectPr sect, boolean landscape) {
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
    size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
    if (landscape) {
      size.setOrient(STPageOrientation.LANDSCAPE);
    }
    CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    m.setTop(BigInteger.valueOf(MARGIN));
    m.setBottom(BigInteger.valueOf(MARGIN));
    m.setLeft(BigInteger.valueOf(landscape ? MARGIN : MARGIN_LEFT));
    m.setRight(BigInteger.valueOf(MARGIN));
    m.setHeader(BigInteger.valueOf(720));
    m.setFooter(BigInteger.valueOf(720));
    m.setGutter(BigInteger.ZERO);
  }

  /** Ends the portrait section here: what follows starts on a new page. */
  public static CTSectPr endPortraitSection(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    CTSectPr sect = p.getCTP().addNewPPr().addNewSectPr();
    page(sect, false);
    return sect;
  }
}
