package vn.egov.model;

import java.util.Objects;

/**
 * Where a problem or a value comes from: a file and a place in it, printed like a compiler does
 * ({@code reports.csv:12:3}, {@code tu-danh-gia.xlsx:Dữ liệu!E12}, {@code criteria.yaml:40:9}).
 *
 * @param file the file as the user named it
 * @param where {@code LINE:COLUMN} for text files, {@code Sheet!A1} for workbooks, empty for the
 *     whole file
 */
public record Location(String file, String where) {
  public Location {
    Objects.requireNonNull(file, "file");
    where = where == null ? "" : where;
  }

  public static Location of(String file) {
    return new Location(file, "");
  }

  public static Location at(String file, long line, long column) {
    return new Location(file, line + ":" + column);
  }

  public static Location cell(String file, String sheet, String a1) {
    return new Location(file, sheet + "!" + a1);
  }

  @Override
  public String toString() {
    return where.isEmpty() ? file : file + ":" + where;
  }
}
