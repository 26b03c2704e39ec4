package vn.egov.model;

import java.util.Objects;

/**
 * One value as typed in a file and as understood: {@code raw}, the text as typed (trimmed; empty
 * for a blank cell), {@code value}, the parsed value ({@code null} when blank or unreadable), and
 * {@code location}, where it is.
 *
 * <p>A national run holds millions of cells, most of them in text files: their {@code LINE:COLUMN}
 * place is held as two numbers in the cell instead of a {@link Location} object of its own (a
 * third of the objects the run keeps), and made into one when asked for. Other places (workbook
 * cells, whole files) are held as they are. Equal cells are those with equal text, value and
 * place, as for a record.
 */
public final class Cell {
  private final String raw;
  private final Value value;
  /** The file of a {@code LINE:COLUMN} place (then {@link #line} and {@link #column} hold it), or the place. */
  private final Object place;
  private final int line;
  private final int column;

  public Cell(String raw, Value value, Location location) {
    this.raw = Objects.requireNonNull(raw, "raw");
    this.value = value;
    if (location != null && location.line() > 0) {
      this.place = location.file();
      this.line = location.line();
      this.column = location.column();
    } else {
      this.place = location;
      this.line = 0;
      this.column = 0;
    }
  }

  /** A cell at {@code LINE:COLUMN} of a text file (both from 1). */
  public Cell(String raw, Value value, String file, int line, int column) {
    this.raw = Objects.requireNonNull(raw, "raw");
    this.value = value;
    this.place = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
  }

  public String raw() {
    return raw;
  }

  public Value value() {
    return value;
  }

  /** Where the cell is; {@code null} when not known. */
  public Location location() {
    return place instanceof String file ? Location.at(file, line, column) : (Location) place;
  }

  public boolean blank() {
    return raw.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cell c
        && raw.equals(c.raw)
        && Objects.equals(value, c.value)
        && Objects.equals(location(), c.location());
  }

  @Override
  public int hashCode() {
    return Objects.hash(raw, value, location());
  }

  @Override
  public String toString() {
    return "Cell[raw=" + raw + ", value=" + value + ", location=" + location() + "]";
  }
}
