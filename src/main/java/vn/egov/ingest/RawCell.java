package vn.egov.ingest;

import java.math.BigDecimal;
import vn.egov.model.Location;

/**
 * One cell as a file holds it: the text shown, and for workbook cells the stored number or
 * true/false, so that numbers are taken as stored and not re-read from text.
 *
 * @param text the text as typed (CSV) or shown (workbook); never {@code null}
 * @param number the stored number of a numeric workbook cell (formula cells: the cached result)
 * @param bool the stored value of a true/false workbook cell
 * @param percentFormat whether the number is formatted as a percentage (0.9652 shown as 96.52%)
 * @param uncachedFormula a formula whose result was never saved (so there is no value), or null
 */
public record RawCell(
    String text, BigDecimal number, Boolean bool, boolean percentFormat, Location where, String uncachedFormula) {
  public RawCell {
    text = text == null ? "" : text;
  }

  public RawCell(String text, BigDecimal number, Boolean bool, boolean percentFormat, Location where) {
    this(text, number, bool, percentFormat, where, null);
  }

  /** A cell of a text file. */
  public static RawCell text(String text, Location where) {
    return new RawCell(text, null, null, false, where);
  }

  public boolean blank() {
    return number == null && bool == null && uncachedFormula == null && text.isBlank();
  }
}
