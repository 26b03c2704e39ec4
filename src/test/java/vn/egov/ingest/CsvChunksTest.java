package vn.egov.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.egov.criteria.CriteriaLoader;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Problem;
import vn.egov.model.Sighting;

/**
 * Large CSV files are read in chunks on both cores; what the sink sees must be exactly what
 * reading the file from top to bottom gives: the same units, values, places and problems, in
 * the same order.
 */
class CsvChunksTest {
  static CriteriaSet criteria;

  @BeforeAll
  static void load() {
    CriteriaLoader.Loaded loaded = CriteriaLoader.parse(CsvReaderTest.CRITERIA, "c.yaml");
    assertThat(loaded.problems()).isEmpty();
    criteria = loaded.criteria();
  }

  /** Everything a reader told its sink, as text. */
  static final class Recorder implements ReportSink {
    final List<String> events = new ArrayList<>();

    @Override
    public void unit(String unitId, Sighting seen) {
      events.add("unit " + unitId + " " + seen.name() + " " + seen.group() + " " + seen.where());
    }

    @Override
    public void value(Observation o) {
      events.add(
          "value " + o.unitId() + " " + o.inputId() + " @" + o.inputWhere() + " '" + o.value().text() + "' @"
              + o.value().where() + " " + cell(o.appraised()) + " '" + o.evidence() + "' '" + o.note() + "' @"
              + o.evidenceWhere());
    }

    private static String cell(RawCell c) {
      return c == null ? "-" : "'" + c.text() + "' @" + c.where();
    }

    @Override
    public void problem(Problem p) {
      events.add("problem " + p.location() + " " + p.severity() + " " + p.message() + " " + p.unit() + " " + p.input());
    }
  }

  /** A long table of {@code rows} rows with quoted commas and line breaks, CRLF, blank and bad rows. */
  static String table(int rows) {
    StringBuilder b = new StringBuilder("Mã đơn vị,Tên đơn vị,Mã chỉ tiêu,Giá trị tự đánh giá,Giá trị thẩm định,Tài liệu kiểm chứng\r\n");
    String[] inputs = {"staff_total", "staff_with_pc", "online_rate", "has_portal", "portal_level", "budget"};
    for (int i = 0; i < rows; i++) {
      String unit = "X" + (i / 6);
      String input = inputs[i % 6];
      String value =
          switch (i % 6) {
            case 0 -> "32.052";
            case 1 -> String.valueOf(30000 + i % 2000);
            case 2 -> "\"96,5" + (i % 10) + "%\"";
            case 3 -> i % 7 == 0 ? "Không" : "Có";
            case 4 -> i % 5 == 0 ? "Mức độ 3" : "muc-4";
            default -> i % 11 == 0 ? "N/A" : "1.234";
          };
      String evidence =
          i % 13 == 0 ? "\"QĐ số " + i + ", ngày 05/7/2018\nkèm \"\"phụ lục\"\"\"" : i % 17 == 0 ? "" : "CV " + i;
      b.append(unit).append(",\"UBND xã Số ").append(i / 6).append(", huyện A\",").append(input).append(',').append(value);
      b.append(',').append(i % 29 == 0 ? "31000" : "").append(',').append(evidence);
      b.append(i % 3 == 0 ? "\n" : "\r\n");
      if (i % 997 == 0) {
        b.append("\r\n"); // a blank row
      }
      if (i % 1999 == 0) {
        b.append(",,online_rate,50%,,\n"); // a row without unit id
        b.append("X1,,staf_total,12,,\n"); // a misspelt input
      }
    }
    return b.toString();
  }

  private static List<String> read(String text, boolean inChunks) {
    Recorder r = new Recorder();
    new CsvReader(criteria).read(text, "r.csv", r, inChunks);
    return r.events;
  }

  @Test
  void aLargeFileReadInChunksGivesExactlyWhatReadingItWholeGives() {
    String text = table(90_000);
    assertThat(text.length()).isGreaterThan(CsvReader.CHUNKED_FROM_CHARS);
    assertThat(CsvReader.chunks(text, ',')).hasSizeGreaterThan(10);
    List<String> whole = read(text, false);
    List<String> chunked = read(text, true);
    assertThat(whole).hasSizeGreaterThan(90_000);
    assertThat(whole.stream().filter(e -> e.startsWith("problem"))).hasSizeGreaterThan(40);
    sameEvents(chunked, whole);
  }

  /** Equal lists; on a difference, the first one and its neighbours rather than a million lines. */
  private static void sameEvents(List<String> actual, List<String> expected) {
    for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
      if (!actual.get(i).equals(expected.get(i))) {
        int from = Math.max(0, i - 2);
        assertThat(actual.subList(from, Math.min(actual.size(), i + 3)))
            .as("event %d", i)
            .isEqualTo(expected.subList(from, Math.min(expected.size(), i + 3)));
      }
    }
    assertThat(actual.size()).isEqualTo(expected.size());
  }

  @Test
  void aBrokenQuoteInALaterChunkStopsTheFileWhereReadingItWholeStops() {
    String good = table(90_000);
    int cut = good.length() * 3 / 4;
    int lineEnd = good.indexOf('\n', cut) + 1;
    String text = good.substring(0, lineEnd) + "X9,\"UBND xã Hỏng,staff_total,1,,\n" + good.substring(lineEnd);
    List<String> whole = read(text, false);
    List<String> chunked = read(text, true);
    assertThat(whole.get(whole.size() - 1)).startsWith("problem r.csv:").contains("csv.quote");
    sameEvents(chunked, whole);
  }

  @Test
  void chunksStartAfterARecordNeverInsideAQuotedField() {
    String text = table(90_000);
    List<int[]> chunks = CsvReader.chunks(text, ',');
    assertThat(chunks.get(0)[0]).isZero();
    assertThat(chunks.get(chunks.size() - 1)[1]).isEqualTo(text.length());
    for (int i = 1; i < chunks.size(); i++) {
      int start = chunks.get(i)[0];
      assertThat(chunks.get(i - 1)[1]).isEqualTo(start);
      assertThat(text.charAt(start - 1)).isEqualTo('\n');
      // an even number of quotes before the start: not inside a quoted field
      long quotes = text.substring(0, start).chars().filter(c -> c == '"').count();
      assertThat(quotes % 2).as("chunk %d at %d", i, start).isZero();
    }
    // the records before each chunk, as the CSV parser counts them (blank lines included)
    for (int i : new int[] {1, 3, chunks.size() - 1}) {
      String before = text.substring(0, chunks.get(i)[0]);
      try (var parser =
          org.apache.commons.csv.CSVParser.parse(
              before, org.apache.commons.csv.CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get())) {
        assertThat((long) chunks.get(i)[2]).as("chunk %d", i).isEqualTo(parser.getRecords().size());
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  /**
   * The ranges as a walk over every character finds them, with the states of an RFC 4180 field
   * (at its start, unquoted, quoted, a quote inside a quoted one): the reference for the chunker,
   * which jumps from one line break or quote to the next.
   */
  private static List<int[]> walked(String text, char delimiter, int firstChunk, int chunk) {
    List<int[]> out = new ArrayList<>();
    final int fieldStart = 0;
    final int unquoted = 1;
    final int quoted = 2;
    final int quoteInQuoted = 3;
    int state = fieldStart;
    int start = 0;
    long records = 0;
    long recordsAtStart = 0;
    int line = 1;
    int target = firstChunk;
    int lineAtStart = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
        line++;
      }
      if (state == quoted) {
        if (c == '"') {
          state = quoteInQuoted;
        }
        continue;
      }
      if (state == quoteInQuoted && c == '"') {
        state = quoted;
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          state = fieldStart;
          continue;
        }
        records++;
        state = fieldStart;
        if (c == '\n' && i + 1 - start >= target && i + 1 < n) {
          out.add(new int[] {start, i + 1, (int) recordsAtStart, lineAtStart});
          start = i + 1;
          recordsAtStart = records;
          lineAtStart = line;
          target = chunk;
        }
      } else if (c == delimiter) {
        state = fieldStart;
      } else if (state == fieldStart) {
        state = c == '"' ? quoted : unquoted;
      } else if (state == quoteInQuoted) {
        state = unquoted;
      }
    }
    out.add(new int[] {start, n, (int) recordsAtStart, lineAtStart});
    return out;
  }

  @Test
  void theChunkerFindsWhatAWalkOverEveryCharacterFindsOnRandomText() {
    java.util.Random r = new java.util.Random(18);
    String[] pieces = {"a", "12", "ệ", " ", ",", ";", "\t", "\"", "\"\"", "\n", "\r\n", "\r", "\"96,5%\"", "\"x\ny\""};
    int[] weights = {30, 20, 5, 5, 15, 5, 3, 6, 2, 12, 5, 2, 4, 2};
    int total = java.util.Arrays.stream(weights).sum();
    int compared = 0;
    for (int round = 0; round < 4000; round++) {
      StringBuilder b = new StringBuilder();
      int length = r.nextInt(round < 10 ? 20 : 3000);
      while (b.length() < length) {
        int pick = r.nextInt(total);
        int k = 0;
        while (pick >= weights[k]) {
          pick -= weights[k++];
        }
        b.append(pieces[k]);
      }
      String text = b.toString();
      char delimiter = ",;\t".charAt(r.nextInt(3));
      int first = 1 + r.nextInt(200);
      int chunk = 1 + r.nextInt(400);
      List<int[]> expected = walked(text, delimiter, first, chunk);
      List<int[]> actual = CsvReader.chunks(text, delimiter, first, chunk);
      assertThat(actual).as("round %d: %s", round, text.replace("\n", "\\n").replace("\r", "\\r"))
          .usingElementComparator(java.util.Arrays::compare)
          .containsExactlyElementsOf(expected);
      compared += expected.size();
    }
    assertThat(compared).isGreaterThan(50_000);
  }

  @Test
  void theBenchmarksLongTableAndAQuoteNeverClosed() {
    String text = table(20_000);
    assertThat(CsvReader.chunks(text, ',', 1000, 5000))
        .usingElementComparator(java.util.Arrays::compare)
        .containsExactlyElementsOf(walked(text, ',', 1000, 5000));
    String open = text.substring(0, text.length() / 2) + "X1,\"never closed,1,,\n" + text.substring(text.length() / 2);
    assertThat(CsvReader.chunks(open, ',', 1000, 5000))
        .usingElementComparator(java.util.Arrays::compare)
        .containsExactlyElementsOf(walked(open, ',', 1000, 5000));
  }
}
