package vn.egov.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * How a run of a Word document looks as Word resolves it: the run's own property, else its
 * paragraph style's, else the document defaults' (styles.xml). Written from the Office Open XML
 * rules, not from the code that writes the documents.
 */
public final class DocxLook {
  private DocxLook() {}

  /** Every paragraph of the body, those in table cells (nested tables too) included, in order. */
  public static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
    List<XWPFParagraph> out = new ArrayList<>();
    doc.getBodyElements().forEach(e -> {
      if (e instanceof XWPFParagraph p) {
        out.add(p);
      } else if (e instanceof XWPFTable t) {
        table(t, out);
      }
    });
    return out;
  }

  private static void table(XWPFTable t, List<XWPFParagraph> out) {
    for (XWPFTableRow row : t.getRows()) {
      for (XWPFTableCell c : row.getTableCells()) {
        out.addAll(c.getParagraphs());
        c.getTables().forEach(inner -> table(inner, out));
      }
    }
  }

  /** The font family (ASCII) the run is shown in. */
  public static String font(XWPFDocument doc, XWPFParagraph p, XWPFRun r) {
    if (r.getFontFamily() != null) {
      return r.getFontFamily();
    }
    CTRPr style = styleRPr(doc, p);
    if (style != null && style.sizeOfRFontsArray() > 0 && style.getRFontsArray(0).getAscii() != null) {
      return style.getRFontsArray(0).getAscii();
    }
    CTRPr d = defaults(doc);
    return d != null && d.sizeOfRFontsArray() > 0 ? d.getRFontsArray(0).getAscii() : null;
  }

  /** The size in points the run is shown in. */
  public static double size(XWPFDocument doc, XWPFParagraph p, XWPFRun r) {
    if (r.getFontSizeAsDouble() != null) {
      return r.getFontSizeAsDouble();
    }
    CTRPr style = styleRPr(doc, p);
    if (style != null && style.sizeOfSzArray() > 0) {
      return Double.parseDouble(style.getSzArray(0).getVal().toString()) / 2;
    }
    CTRPr d = defaults(doc);
    return d != null && d.sizeOfSzArray() > 0 ? Double.parseDouble(d.getSzArray(0).getVal().toString()) / 2 : 10;
  }

  /** Whether the run is shown bold. */
  public static boolean bold(XWPFDocument doc, XWPFParagraph p, XWPFRun r) {
    if (r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfBArray() > 0) {
      return r.isBold();
    }
    CTRPr style = styleRPr(doc, p);
    return style != null && style.sizeOfBArray() > 0;
  }

  private static CTRPr styleRPr(XWPFDocument doc, XWPFParagraph p) {
    if (p.getStyleID() == null || doc.getStyles() == null) {
      return null;
    }
    XWPFStyle s = doc.getStyles().getStyle(p.getStyleID());
    return s == null || !s.getCTStyle().isSetRPr() ? null : s.getCTStyle().getRPr();
  }

  private static CTRPr defaults(XWPFDocument doc) {
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults d;
    try {
      d = doc.getStyle().getDocDefaults();
    } catch (java.io.IOException | org.apache.xmlbeans.XmlException e) {
      throw new IllegalStateException(e);
    }
    return d == null || !d.isSetRPrDefault() || !d.getRPrDefault().isSetRPr() ? null : d.getRPrDefault().getRPr();
  }
}
