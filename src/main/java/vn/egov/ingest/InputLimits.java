package vn.egov.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import vn.egov.model.Location;
import vn.egov.model.Problem;
import vn.egov.security.Limits;

/**
 * The readers' side of {@link Limits}: each breach is one problem with its place, and the reader
 * stops or blanks the cell, so a hostile file costs bounded time and memory and the other files
 * are still read. See SECURITY.md for why each limit and where it is tested.
 */
final class InputLimits {
  private InputLimits() {}

  /** Whether the file is larger than {@code max} bytes (then the problem is reported). */
  static boolean tooLarge(Path file, String shown, long max, ReportSink sink) {
    try {
      long size = Files.size(file);
      if (size > max) {
        sink.problem(Problem.error(Location.of(shown), "limit.file_size", mib(size), mib(max)));
        return true;
      }
    } catch (IOException e) {
      return false; // the reader's own read reports it, in its words
    }
    return false;
  }

  /**
   * Whether some physical line is longer than {@link Limits#MAX_LINE_BYTES} bytes, found before
   * parsing, so that a 100 MB line is refused in a single pass over the bytes.
   */
  static boolean lineTooLong(byte[] bytes, String shown, ReportSink sink) {
    if (bytes.length <= Limits.MAX_LINE_BYTES) {
      return false; // no line of it can be longer than the whole
    }
    int start = 0;
    int line = 1;
    for (int i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] > '\r') {
        continue; // nearly every byte: not a line break (UTF-8's other bytes are negative)
      }
      if (i == bytes.length || bytes[i] == '\n' || bytes[i] == '\r') {
        if (i - start > Limits.MAX_LINE_BYTES) {
          sink.problem(
              Problem.error(Location.at(shown, line, 1), "limit.line", mib(i - start), mib(Limits.MAX_LINE_BYTES)));
          return true;
        }
        if (i < bytes.length && bytes[i] == '\n') {
          line++;
        } else if (i < bytes.length && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
          line++; // a lone CR ends a line too
        }
        start = i + 1;
      }
    }
    return false;
  }

  /**
   * The fields of a CSV record worth reading: all of them, or when there are more than {@link
   * Limits#MAX_COLUMNS}, those up to the last non-blank one (Excel exports trailing empty
   * columns); -1 when even those are too many (then the problem is reported), checked before a
   * cell object is made for each of a million commas.
   */
  static int fields(String[] r, IntFunction<Location> where, ReportSink sink) {
    int size = r.length;
    if (size <= Limits.MAX_COLUMNS) {
      return size;
    }
    while (size > 0 && r[size - 1].isBlank()) {
      size--;
    }
    if (size > Limits.MAX_COLUMNS) {
      sink.problem(Problem.error(where.apply(0), "limit.columns", size, Limits.MAX_COLUMNS));
      return -1;
    }
    return size;
  }

  /** "12.3" MiB, for messages. */
  private static String mib(long bytes) {
    return java.math.BigDecimal.valueOf(bytes)
        .divide(java.math.BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }

  /**
   * The cell without control characters: the ones that are not text are removed with a warning
   * (they would break the xlsx and docx outputs and can rewrite a terminal), Shift+Enter (vertical
   * tab) and form feed become line breaks; the same cell when there is none (the common case).
   */
  static RawCell clean(RawCell c, ReportSink sink) {
    String t = c.text();
    if (!vn.egov.text.UserText.hasControl(t)) {
      return c;
    }
    if (vn.egov.text.UserText.firstGarbage(t) >= 0) {
      sink.problem(Problem.warning(c.where(), "text.control", vn.egov.text.UserText.garbageCodes(t)));
    }
    String kept = vn.egov.text.UserText.multiLine(t);
    return kept.equals(t)
        ? c
        : new RawCell(kept, c.number(), c.bool(), c.percentFormat(), c.where(), c.uncachedFormula());
  }

  /**
   * Counts the rows of one table and checks each: too many rows or columns stop the table (one
   * problem), a cell longer than {@link Limits#MAX_CELL_CHARS} is reported and read as blank,
   * like any invalid value. Not thread-safe: one per table.
   */
  static final class Table {
    private final ReportSink sink;
    private long rows;

    Table(ReportSink sink) {
      this(sink, 0);
    }

    /** A table whose first {@code rowsBefore} rows were counted elsewhere (a chunk of a file). */
    Table(ReportSink sink, long rowsBefore) {
      this.sink = sink;
      this.rows = rowsBefore;
    }

    /**
     * The row's cells, with over-long cells blanked, or {@code null} when the table must stop
     * here (the problem is reported).
     *
     * @param where the location of each column of this row (0-based)
     */
    List<RawCell> row(List<RawCell> cells, IntFunction<Location> where) {
      if (++rows > Limits.MAX_ROWS) {
        sink.problem(Problem.error(where.apply(0), "limit.rows", Limits.MAX_ROWS));
        return null;
      }
      int columns = usedColumns(cells);
      if (columns > Limits.MAX_COLUMNS) {
        sink.problem(Problem.error(where.apply(0), "limit.columns", columns, Limits.MAX_COLUMNS));
        return null;
      }
      List<RawCell> out = cells;
      for (int i = 0; i < columns; i++) {
        RawCell c = cells.get(i);
        RawCell kept = c;
        if (c != null && c.text().length() > Limits.MAX_CELL_CHARS) {
          sink.problem(Problem.error(c.where(), "limit.cell", c.text().length(), Limits.MAX_CELL_CHARS));
          kept = RawCell.text("", c.where());
        } else if (c != null) {
          kept = clean(c, sink);
        }
        if (kept != c) {
          if (out == cells) {
            out = new ArrayList<>(cells);
          }
          out.set(i, kept);
        }
      }
      return out;
    }

    /** Columns up to the last non-blank cell: a stray cell far right in a sheet is no reason to refuse. */
    static int usedColumns(List<RawCell> cells) {
      for (int i = cells.size() - 1; i >= 0; i--) {
        RawCell c = cells.get(i);
        if (c != null && !c.blank()) {
          return i + 1;
        }
      }
      return 0;
    }
  }
}
