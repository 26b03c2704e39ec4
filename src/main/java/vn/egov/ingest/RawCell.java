package vn.egov.ingest;

import java.math.BigDecimal;
import java.util.Objects;
import vn.egov.model.Cell;
import vn.egov.model.Location;
import vn.egov.model.Value;

/**
 * One cell as a file holds it: the text shown, and for workbook cells the stored number or
 * true/false, so that numbers are taken as stored and not re-read from text.
 *
 * <p>A national CSV file has millions of cells: the {@code LINE:COLUMN} place of a text file's
 * cell is held as two numbers and made into a {@link Location} only when asked for (a problem,
 * a blank), as {@link Cell} holds it. Equal cells are those with equal parts, as for a record.
 */
public final class RawCell {
  private final String text;
  private final BigDecimal number;
  private final Boolean bool;
  private final boolean percentFormat;
  private final String uncachedFormula;
  /** The file of a {@code LINE:COLUMN} place (then {@link #line} and {@link #column} hold it), or the place. */
  private final Object place;
  private final int line;
  private final int column;

  /**
   * @param text the text as typed (CSV) or shown (workbook); {@code null} is empty
   * @param number the stored number of a numeric workbook cell (formula cells: the cached result)
   * @param bool the stored value of a true/false workbook cell
   * @param percentFormat whether the number is formatted as a percentage (0.9652 shown as 96.52%)
   * @param where where the cell is
   * @param uncachedFormula a formula whose result was never saved (so there is no value), or null
   */
  public RawCell(
      String text, BigDecimal number, Boolean bool, boolean percentFormat, Location where, String uncachedFormula) {
    this.text = text == null ? "" : text;
    this.number = number;
    this.bool = bool;
    this.percentFormat = percentFormat;
    this.uncachedFormula = uncachedFormula;
    this.place = where;
    this.line = 0;
    this.column = 0;
  }

  public RawCell(String text, BigDecimal number, Boolean bool, boolean percentFormat, Location where) {
    this(text, number, bool, percentFormat, where, null);
  }

  private RawCell(String text, String file, int line, int column) {
    this.text = text == null ? "" : text;
    this.number = null;
    this.bool = null;
    this.percentFormat = false;
    this.uncachedFormula = null;
    this.place = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
  }

  /** A cell of a text file. */
  public static RawCell text(String text, Location where) {
    return new RawCell(text, null, null, false, where);
  }

  /** A cell of a text file at {@code LINE:COLUMN} (both from 1), without a Location object. */
  public static RawCell text(String text, String file, long line, int column) {
    return line > 0 && line <= Integer.MAX_VALUE && column > 0
        ? new RawCell(text, file, (int) line, column)
        : text(text, Location.at(file, line, column));
  }

  public String text() {
    return text;
  }

  public BigDecimal number() {
    return number;
  }

  public Boolean bool() {
    return bool;
  }

  public boolean percentFormat() {
    return percentFormat;
  }

  public String uncachedFormula() {
    return uncachedFormula;
  }

  /** Where the cell is. */
  public Location where() {
    return place instanceof String file ? Location.at(file, line, column) : (Location) place;
  }

  /** The file the cell is in (without making its place). */
  String file() {
    return place instanceof String file ? file : ((Location) place).file();
  }

  /** The cell as understood: {@code raw} and {@code value} at this cell's place. */
  Cell understood(String raw, Value value) {
    return place instanceof String file ? new Cell(raw, value, file, line, column) : new Cell(raw, value, (Location) place);
  }

  public boolean blank() {
    return number == null && bool == null && uncachedFormula == null && text.isBlank();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawCell c
        && text.equals(c.text)
        && Objects.equals(number, c.number)
        && Objects.equals(bool, c.bool)
        && percentFormat == c.percentFormat
        && Objects.equals(where(), c.where())
        && Objects.equals(uncachedFormula, c.uncachedFormula);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, number, bool, percentFormat, where(), uncachedFormula);
  }

  @Override
  public String toString() {
    return "RawCell[text=" + text + ", number=" + number + ", bool=" + bool + ", percentFormat=" + percentFormat
        + ", where=" + where() + ", uncachedFormula=" + uncachedFormula + "]";
  }
}
