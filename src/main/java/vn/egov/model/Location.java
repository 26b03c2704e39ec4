package vn.egov.model;

import java.util.Objects;

/**
 * Where a problem or a value comes from: a file and a place in it, printed like a compiler does
 * ({@code reports.csv:12:3}, {@code tu-danh-gia.xlsx:Dữ liệu!E12}, {@code criteria.yaml:40:9}).
 * Immutable. Millions are made while reading large inputs, so the printed place is only built
 * when asked for.
 */
public final class Location {
  private final String file;
  private final int line; // int, not long: millions are held while a national run is read
  private final int column;
  private String where;

  private Location(String file, long line, long column, String where) {
    this.file = Objects.requireNonNull(file, "file");
    this.line = (int) Math.min(line, Integer.MAX_VALUE);
    this.column = (int) Math.min(column, Integer.MAX_VALUE);
    this.where = where;
  }

  /**
   * @param where {@code LINE:COLUMN} for text files, {@code Sheet!A1} for workbooks, empty for the
   *     whole file
   */
  public Location(String file, String where) {
    this(file, 0, 0, where == null ? "" : where);
  }

  public static Location of(String file) {
    return new Location(file, "");
  }

  /** A place in a text file; COLUMN counts fields in CSV files and characters in YAML. */
  public static Location at(String file, long line, long column) {
    return new Location(file, line, column, null);
  }

  /** A cell of a workbook, {@code a1} as in {@code E12}. */
  public static Location cell(String file, String sheet, String a1) {
    return new Location(file, sheet + "!" + a1);
  }

  public String file() {
    return file;
  }

  /** The line of a place in a text file ({@link #at}); 0 for other places. */
  public int line() {
    return line;
  }

  /** The column of a place in a text file ({@link #at}); 0 for other places. */
  public int column() {
    return column;
  }

  /** The place within the file as printed; empty for the whole file. */
  public String where() {
    String w = where;
    if (w == null) {
      w = line + ":" + column;
      where = w;
    }
    return w;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Location l && file.equals(l.file) && where().equals(l.where());
  }

  @Override
  public int hashCode() {
    return file.hashCode() * 31 + where().hashCode();
  }

  @Override
  public String toString() {
    String w = where();
    return w.isEmpty() ? file : file + ":" + w;
  }
}
