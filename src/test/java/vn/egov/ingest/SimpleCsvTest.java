package vn.egov.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The plain-text splitter must give exactly the records, fields and lines the RFC 4180 parser
 * gives whenever it takes a range, and leave every range it cannot split alike to the parser.
 */
class SimpleCsvTest {
  private static final String[] PIECES = {
    "a", "X00001", "98", "96,5%", "1.234", "Có", "N/A", " ", "  7 ", "\t", ",", ";", "\n", "\n",
    "\"", "\"94,6%\"", "\"a;b\"", "\"\"", "\r\n", "\r", "\"x\ny\"", "\" q \"", "ệ", "9x", "\"a\" ", "\"\"\"\""
  };

  /** The parser's records: fields, and the line each starts on. */
  private static List<String> parser(String text, char delimiter) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(true).get();
    List<String> out = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord r : p) {
        long line = 1 + text.substring(0, (int) r.getCharacterPosition()).chars().filter(c -> c == '\n').count();
        out.add(line + " " + String.join("|", r.values()) + " " + r.size());
      }
    }
    return out;
  }

  private static List<String> simple(String text, char delimiter) {
    List<String[]> records = SimpleCsv.records(text, delimiter, 0, text.length());
    if (records == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k < records.size(); k++) {
      out.add((k + 1) + " " + String.join("|", records.get(k)) + " " + records.get(k).length);
    }
    return out;
  }

  @Test
  void sameRecordsAsTheParserOnRandomText() throws IOException {
    Random random = new Random(18);
    int plain = 0;
    int tried = 20_000;
    for (int n = 0; n < tried; n++) {
      char delimiter = ",;\t".charAt(random.nextInt(3));
      StringBuilder b = new StringBuilder();
      int pieces = random.nextInt(12);
      // mostly plain pieces, so that both outcomes are common
      int spice = random.nextInt(3);
      for (int i = 0; i < pieces; i++) {
        int k = random.nextInt(spice == 0 ? PIECES.length : 17);
        b.append(PIECES[k]);
      }
      String text = b.toString();
      List<String> fast = simple(text, delimiter);
      if (fast == null) {
        continue; // the parser reads it, as before
      }
      plain++;
      List<String> expected;
      try {
        expected = parser(text, delimiter);
      } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
        throw new AssertionError("plain text the parser refuses: [" + text + "]", e);
      }
      assertThat(fast).as("[%s] delimiter [%s]", text, delimiter).isEqualTo(expected);
    }
    assertThat(plain).isBetween(tried / 4, tried - tried / 10);
  }

  @Test
  void rangesOfWholeLines() throws IOException {
    String text = "unit_id,input_id,value\nX1,a0,\"96,5%\"\n\nX1,b0, 7 \nX2,a0,";
    List<String[]> all = SimpleCsv.records(text, ',', 0, text.length());
    assertThat(all).hasSize(5);
    int from = text.indexOf("X1,b0");
    List<String[]> tail = SimpleCsv.records(text, ',', from, text.length());
    assertThat(tail).hasSize(2);
    assertThat(tail.get(0)).containsExactly("X1", "b0", "7");
    assertThat(tail.get(1)).containsExactly("X2", "a0", "");
    assertThat(all.get(1)).containsExactly("X1", "a0", "96,5%");
    assertThat(all.get(2)).containsExactly("");
    assertThat(parser(text, ',')).isEqualTo(simple(text, ','));
  }

  @Test
  void leavesWhatIsNotPlainToTheParser() {
    for (String text :
        List.of(
            "a,b\r\nc,d\r\n", "a,\"b\"\"c\"\n", "a,\"b\nc\"\n", "a,\"b\" \n", "a,\"b\"x\n", "a,b\"c\n",
            "a,\"b\n", "a, \"b\"\n")) {
      assertThat(SimpleCsv.records(text, ',', 0, text.length())).as(text).isNull();
    }
  }
}
