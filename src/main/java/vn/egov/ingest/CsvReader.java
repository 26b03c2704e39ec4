package vn.egov.ingest;

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
import java.util.Arrays;
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
    LineIndex lines = new LineIndex(text);
    CSVFormat format =
        CSVFormat.RFC4180.builder()
            .setDelimiter(CsvDelimiter.detect(text))
            .setIgnoreEmptyLines(false) // keeps record positions exact; blank rows are skipped below
            .setTrim(true)
            .get();
    TableInterpreter table = new TableInterpreter(criteria, sink, false);
    boolean headerSeen = false;
    InputLimits.Table limits = new InputLimits.Table(sink); // rows, columns, cell length
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord r : parser) {
        long line = lines.lineOf(r.getCharacterPosition());
        java.util.function.IntFunction<Location> where = col -> Location.at(shown, line, col + 1);
        int fields = InputLimits.fields(r, where, sink);
        if (fields < 0) {
          return;
        }
        List<RawCell> cells = new ArrayList<>(fields);
        for (int i = 0; i < fields; i++) {
          cells.add(RawCell.text(r.get(i), where.apply(i)));
        }
        cells = limits.row(cells, where);
        if (cells == null) {
          return;
        }
        if (!headerSeen) {
          if (cells.stream().allMatch(RawCell::blank)) {
            continue;
          }
          if (!table.header(cells, where)) {
            return;
          }
          headerSeen = true;
          continue;
        }
        table.row(cells, where);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // Commons CSV stops at a broken quote; find where it is, in the user's terms
      sink.problem(QuoteScan.problem(text, CsvDelimiter.detect(text), shown));
    }
  }

  /** Maps character positions to 1-based line numbers. */
  static final class LineIndex {
    private final int[] starts;

    LineIndex(String text) {
      List<Integer> s = new ArrayList<>();
      s.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          s.add(i + 1);
        }
      }
      starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    long lineOf(long position) {
      int i = Arrays.binarySearch(starts, (int) position);
      return (i >= 0 ? i : -i - 2) + 1;
    }
  }
}
