package vn.egov.ingest;

import vn.egov.text.CsvDelimiter;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Location;
import vn.egov.model.Problem;

/**
 * Reads long and wide self-report tables from CSV: UTF-8 with or without BOM (UTF-16 with BOM
 * too), {@code ,} {@code ;} or tab as delimiter (detected from the header line), CRLF or LF.
 * Locations are {@code LINE:COLUMN}, the column counted in fields as a spreadsheet shows them.
 */
public final class CsvReader implements TableReader {
  private final CriteriaSet criteria;

  public CsvReader(CriteriaSet criteria) {
    this.criteria = criteria;
  }

  @Override
  public boolean accepts(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  @Override
  public void read(Path file, String shown, ReportSink sink) {
    if (InputLimits.tooLarge(file, shown, vn.egov.security.Limits.MAX_FILE_BYTES, sink)) {
      return;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      sink.problem(Problem.io(Location.of(shown), file, e));
      return;
    }
    if (InputLimits.lineTooLong(bytes, shown, sink)) {
      return;
    }
    String text = decode(bytes, shown, sink);
    bytes = null; // not needed beyond this point: a large file's bytes need not wait for the end
    if (text == null) {
      return;
    }
    if (text.isBlank()) {
      sink.problem(Problem.error(Location.of(shown), "file.empty"));
      return;
    }
    read(text, shown, sink);
  }

  private static String decode(byte[] b, String shown, ReportSink sink) {
    int n = b.length;
    if (n >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return new String(b, 2, n - 2, StandardCharsets.UTF_16BE);
    }
    if (n >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return new String(b, 2, n - 2, StandardCharsets.UTF_16LE);
    }
    int start = n >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
    // the JDK's fast decoding, straight into the string; only text with a replacement character
    // (invalid bytes, or a U+FFFD really typed) is decoded again, strictly, to tell which
    String fast = new String(b, start, n - start, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, start, n - start))
          .toString();
    } catch (CharacterCodingException e) {
      sink.problem(Problem.error(Location.of(shown), "file.not_utf8"));
      return null;
    }
  }

  private void read(String text, String shown, ReportSink sink) {
    read(text, shown, sink, true);
  }

  /** Reads decoded text; {@code inChunks} false reads it top to bottom whatever its size (tests). */
  void read(String text, String shown, ReportSink sink, boolean inChunks) {
    char delimiter = CsvDelimiter.detect(text);
    if (inChunks && text.length() >= CHUNKED_FROM_CHARS && Runtime.getRuntime().availableProcessors() > 1) {
      List<int[]> chunks = chunks(text, delimiter);
      if (chunks.size() > 2) {
        readChunked(text, delimiter, shown, sink, chunks);
        return;
      }
    }
    Pass pass = new Pass(text, delimiter, shown, sink, new TableInterpreter(criteria, sink, false), 0, 1);
    pass.read(0, text.length());
  }

  /** Files from this size (in characters) are read in chunks, in parallel. */
  static final int CHUNKED_FROM_CHARS = 4 << 20;

  private static final int FIRST_CHUNK_CHARS = 64 << 10;
  private static final int CHUNK_CHARS = 256 << 10;

  /**
   * Reads a large file in chunks of whole records: the first (with the header) here, the others
   * in parallel, each into its own buffer, handed on strictly in file order, so that what the sink
   * sees is exactly what reading the file from top to bottom gives (a test compares both). A
   * chunk that stops the table (a limit, a broken quote) ends the file there, as it would have.
   */
  private void readChunked(
      String text, char delimiter, String shown, ReportSink sink, List<int[]> chunks) {
    BufferedSink first = new BufferedSink();
    TableInterpreter table = new TableInterpreter(criteria, first, false);
    Pass head = new Pass(text, delimiter, shown, first, table, 0, 1);
    boolean more = head.read(chunks.get(0)[0], chunks.get(0)[1]);
    if (more && !head.headerSeen) {
      // no header in the first chunk (a very long preamble): read the file from top to bottom
      Pass pass = new Pass(text, delimiter, shown, sink, new TableInterpreter(criteria, sink, false), 0, 1);
      pass.read(0, text.length());
      return;
    }
    Object[] lastSighting = new Object[1];
    first.replayAfter(sink, lastSighting);
    if (!more) {
      return;
    }
    try {
      vn.egov.parallel.InOrder.run(
          chunks.size() - 1,
          k -> {
            int[] c = chunks.get(k + 1);
            BufferedSink buffer = new BufferedSink();
            Pass pass = new Pass(text, delimiter, shown, buffer, table.withSink(buffer), c[2], c[3]);
            pass.headerSeen = true;
            return new Chunk(buffer, pass.read(c[0], c[1]));
          },
          done -> {
            done.events().replayAfter(sink, lastSighting);
            return done.more(); // false: the table stops here, as it would have read top to bottom
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the sinks do not throw
    }
  }

  private record Chunk(BufferedSink events, boolean more) {}

  /**
   * Splits the text into ranges of whole records: {start, end, records before start, line number
   * of start} (lines end at LF, CRLF or a lone CR, inside quoted fields too). Record
   * ends are found the way the RFC 4180 parser sees them (a quote opens a quoted field only at
   * the start of a field; {@code ""} inside one is a quote), so no range starts inside a quoted
   * field; ranges start after a LF. The first range is small, so the header is read early.
   */
  static List<int[]> chunks(String text, char delimiter) {
    return chunks(text, delimiter, FIRST_CHUNK_CHARS, CHUNK_CHARS);
  }

  /**
   * {@link #chunks(String, char)} with the given sizes. The text is not walked character by
   * character (that took a national file 0.1–0.2 s before anything could be read in parallel): it
   * jumps from one line break, CR or quote to the next ({@link String#indexOf}), and a quote that
   * opens a field (at the start of the text or after a delimiter or line break) jumps to the quote
   * that closes it. {@code CsvChunksTest} compares it with a walk of the characters on random text.
   */
  static List<int[]> chunks(String text, char delimiter, int firstChunk, int chunk) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    long records = 0;
    long recordsAtStart = 0;
    int line = 1;
    int lineAtStart = 1;
    int target = firstChunk;
    int nextQuote = next(text, '"', 0);
    int nextCr = next(text, '\r', 0);
    int i = 0; // outside quoted fields
    while (i < n) {
      int lf = next(text, '\n', i);
      int stop = Math.min(lf, Math.min(nextQuote, nextCr));
      if (stop >= n) {
        break; // the last record, without a line break
      }
      char c = text.charAt(stop);
      i = stop + 1;
      if (c == '\n') {
        line++;
        records++;
        if (i - start >= target && i < n) {
          out.add(new int[] {start, i, (int) recordsAtStart, lineAtStart});
          start = i;
          recordsAtStart = records;
          lineAtStart = line;
          target = chunk;
        }
      } else if (c == '\r') {
        if (i >= n || text.charAt(i) != '\n') {
          line++; // a lone CR ends the record and the line; a CRLF's LF does
          records++;
        }
        nextCr = next(text, '\r', i);
      } else {
        char before = stop == 0 ? '\n' : text.charAt(stop - 1);
        if (before == delimiter || before == '\n' || before == '\r') {
          // a quoted field: to its closing quote ("" inside it is a quote), counting its lines
          int close = closingQuote(text, i);
          line += lineBreaks(text, i, close < 0 ? n : close);
          if (close < 0) {
            break; // never closed: the rest of the text is inside it
          }
          i = close + 1;
          if (nextCr < i) {
            nextCr = next(text, '\r', i);
          }
        }
        nextQuote = next(text, '"', i);
      }
    }
    out.add(new int[] {start, n, (int) recordsAtStart, lineAtStart});
    return out;
  }

  /** The position of {@code c} from {@code from} on, or the text's length. */
  private static int next(String text, char c, int from) {
    int at = text.indexOf(c, from);
    return at < 0 ? text.length() : at;
  }

  /** The quote that closes a quoted field whose text starts at {@code from}, or -1. */
  private static int closingQuote(String text, int from) {
    int j = from;
    for (;;) {
      int q = text.indexOf('"', j);
      if (q < 0) {
        return -1;
      }
      if (q + 1 < text.length() && text.charAt(q + 1) == '"') {
        j = q + 2; // "" inside the field
        continue;
      }
      return q;
    }
  }

  /** Line breaks in {@code text[from, to)}: LFs and lone CRs (a CR before the text's end or a quote). */
  private static int lineBreaks(String text, int from, int to) {
    int count = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || (c == '\r' && (k + 1 >= text.length() || text.charAt(k + 1) != '\n'))) {
        count++;
      }
    }
    return count;
  }

  /** Reads the records of a range of the text into an interpreter. Not thread-safe: one per range. */
  private static final class Pass {
    private final String text;
    private final char delimiter;
    private final String shown;
    private final ReportSink sink;
    private final TableInterpreter table;
    private final InputLimits.Table limits; // rows, columns, cell length
    boolean headerSeen;

    /** The line number of the character at {@link #cursor}, counted as records are read. */
    private long line;

    private int cursor;

    /**
     * @param rowsBefore records before the range (for the row limit)
     * @param firstLine the line number of the range's first character
     */
    Pass(String text, char delimiter, String shown, ReportSink sink, TableInterpreter table, long rowsBefore, long firstLine) {
      this.text = text;
      this.delimiter = delimiter;
      this.line = firstLine;
      this.shown = shown;
      this.sink = sink;
      this.table = table;
      this.limits = new InputLimits.Table(sink, rowsBefore);
    }

    /** Reads the records in [from, to); false when the table stops (the problem is reported). */
    boolean read(int from, int to) {
      List<String[]> plain = SimpleCsv.records(text, delimiter, from, to);
      if (plain != null) {
        // one record per line: no CR, no line break inside quotes
        long first = line;
        for (int k = 0; k < plain.size(); k++) {
          if (!record(plain.get(k), first + k)) {
            return false;
          }
        }
        return true;
      }
      CSVFormat format =
          CSVFormat.RFC4180.builder()
              .setDelimiter(delimiter)
              .setIgnoreEmptyLines(false) // keeps record positions exact; blank rows are skipped below
              .setTrim(true)
              .get();
      cursor = from;
      try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(from, to)), format)) {
        for (CSVRecord r : parser) {
          if (!record(r.values(), lineOf(from + (int) r.getCharacterPosition()))) {
            return false;
          }
        }
        return true;
      } catch (IOException | UncheckedIOException | IllegalStateException e) {
        // Commons CSV stops at a broken quote; find where it is, in the user's terms
        sink.problem(QuoteScan.problem(text, delimiter, shown));
        return false;
      }
    }

    /** Reads one record, its trimmed fields; false when the table stops (the problem is reported). */
    private boolean record(String[] values, long line) {
      java.util.function.IntFunction<Location> where = col -> Location.at(shown, line, col + 1);
      int fields = InputLimits.fields(values, where, sink);
      if (fields < 0) {
        return false;
      }
      List<RawCell> cells = new ArrayList<>(fields);
      for (int i = 0; i < fields; i++) {
        cells.add(RawCell.text(values[i], shown, line, i + 1)); // its place made only when asked for
      }
      cells = limits.row(cells, where);
      if (cells == null) {
        return false;
      }
      if (!headerSeen) {
        if (cells.stream().allMatch(RawCell::blank)) {
          return true;
        }
        if (!table.header(cells, where)) {
          return false;
        }
        headerSeen = true;
        return true;
      }
      table.row(cells, where);
      return true;
    }

    /** The 1-based line of a position at or after the last one asked for. */
    private long lineOf(int position) {
      for (; cursor < position; cursor++) {
        char c = text.charAt(cursor);
        if (c == '\n' || (c == '\r' && (cursor + 1 >= text.length() || text.charAt(cursor + 1) != '\n'))) {
          line++;
        }
      }
      return line;
    }
  }
}
