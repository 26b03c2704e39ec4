package vn.egov.report;

import vn.egov.output.AtomicFiles;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import vn.egov.model.Cell;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.CriterionResult;
import vn.egov.model.Entry;
import vn.egov.model.GroupResult;
import vn.egov.model.InputDef;
import vn.egov.model.Problem;
import vn.egov.model.Results;
import vn.egov.model.Standing;
import vn.egov.model.UnitGroup;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.model.Value;
import vn.egov.text.Messages;

/**
 * The bytes of {@code results.json}'s inner lines, built by hand rather than through the
 * generator: one unit's criteria and inputs are thousands of small values, and a national run has
 * tens of thousands of units. {@link Line} lays out one inline value as UTF-8 JSON, exactly as
 * {@link JsonResults}' pretty-printer would; {@link #digits} writes a figure without a rescaled
 * copy. {@code JsonResultsInParallelTest} holds both to the generator's bytes.
 */
final class JsonBytes {
  private JsonBytes() {}

  /**
   * Writes {@code v} (at most 18 digits, scale 0–18) as plain digits ending before {@code end},
   * into {@code out}, backwards, with zeros added up to {@code decimals} decimals (at most 18): {@code
   * Cells.figure(v, decimals).toPlainString()} without a rescaled copy. Returns the start.
   */
  static int digits(BigDecimal v, int scale, int decimals, byte[] out, int end) {
    long unscaled = v.scaleByPowerOfTen(scale).longValueExact(); // no BigInteger for compact values
    boolean negative = unscaled < 0;
    long u = Math.abs(unscaled);
    int i = end;
    for (int d = scale; d < decimals; d++) {
      out[--i] = (byte) '0';
    }
    if (u <= Integer.MAX_VALUE) { // nearly always: int division is much cheaper than long
      int n = (int) u;
      for (int d = 0; d < scale; d++) {
        int q = n / 10;
        out[--i] = (byte) ('0' + n - q * 10);
        n = q;
      }
      if (Math.max(scale, decimals) > 0) {
        out[--i] = (byte) '.';
      }
      do {
        int q = n / 10;
        out[--i] = (byte) ('0' + n - q * 10);
        n = q;
      } while (n != 0);
    } else {
      for (int d = 0; d < scale; d++) {
        out[--i] = (byte) ('0' + u % 10);
        u /= 10;
      }
      if (Math.max(scale, decimals) > 0) {
        out[--i] = (byte) '.';
      }
      do {
        out[--i] = (byte) ('0' + u % 10);
        u /= 10;
      } while (u != 0);
    }
    if (negative) {
      out[--i] = (byte) '-';
    }
    return i;
  }

  /**
   * One inline JSON value ({@code { "a": 1, "b": [ 2, 3 ] }}) built as UTF-8 bytes, laid out as
   * {@link OuterLevels} lays out values below its last level on its own line, and handed to the
   * generator as a raw value. Reused: {@link #begin} starts the next one.
   */
  static final class Line extends Raw {
    static final byte[] ID = field("id");
    static final byte[] STATUS = field("status");
    static final byte[] SELF_STATUS = field("self_status");
    static final byte[] POINTS = field("points");
    static final byte[] SELF_POINTS = field("self_points");
    static final byte[] MAX = field("max");
    static final byte[] KIND = field("kind");
    static final byte[] CRITERIA = field("criteria");
    static final byte[] SELF = field("self");
    static final byte[] APPRAISED = field("appraised");
    static final byte[] FINAL = field("final");
    static final byte[] EVIDENCE = field("evidence");
    static final byte[] NOTE = field("note");
    static final byte[] NULL = ascii("null");
    static final byte[] TRUE = ascii("true");
    static final byte[] FALSE = ascii("false");
    private static final byte[] HEX = ascii("0123456789ABCDEF");
    private static final com.fasterxml.jackson.core.io.JsonStringEncoder ESCAPE =
        com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance();

    private static byte[] ascii(String s) {
      return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** {@code "name": } */
    private static byte[] field(String name) {
      return ascii('"' + name + "\": ");
    }

    /** Per open object or array, innermost last: whether nothing is in it yet. */
    private boolean[] empty = new boolean[8];
    private int depth;

    Line() {
      bytes = new byte[1024];
    }

    void begin() {
      length = 0;
      depth = 0;
    }

    void open() {
      start('{');
    }

    void close() {
      end('}');
    }

    void openArray() {
      start('[');
    }

    void closeArray() {
      end(']');
    }

    private void start(char bracket) {
      put((byte) bracket);
      push();
    }

    /** {@code }} or {@code ]}, after a space unless nothing is in it, as the generator closes them. */
    private void end(char bracket) {
      if (!pop()) {
        put((byte) ' ');
      }
      put((byte) bracket);
    }

    /** Before an array element. */
    void element() {
      separator();
    }

    /** Before a field: the separator, then {@code "name": }. */
    void name(byte[] field) {
      separator();
      literal(field);
    }

    void string(byte[] field, String value) {
      name(field);
      if (value == null) {
        literal(NULL);
      } else {
        quoted(value);
      }
    }

    void figure(byte[] field, BigDecimal v, int precision) {
      name(field);
      if (v == null) {
        literal(NULL);
      } else {
        plain(v, precision);
      }
    }

    void literal(byte[] b) {
      room(b.length);
      System.arraycopy(b, 0, bytes, length, b.length);
      length += b.length;
    }

    /** As {@link Writer#plain(BigDecimal, int)} writes it. */
    void plain(BigDecimal v, int decimals) {
      int scale = v.scale();
      if (scale < 0 || scale > 18 || v.precision() > 18 || decimals > 18) {
        literal(ascii(Cells.figure(v, decimals).toPlainString()));
        return;
      }
      room(48);
      int end = length + 46; // written backwards from here, then moved into place
      int i = digits(v, scale, decimals, bytes, end);
      System.arraycopy(bytes, i, bytes, length, end - i);
      length += end - i;
    }


    /** A JSON string, escaped as the generator escapes it. */
    void quoted(String s) {
      int n = s.length();
      room(n + 2);
      int at = length;
      bytes[at++] = '"';
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
          escaped(s); // not plain ASCII: the slow way, from the start
          return;
        }
        bytes[at++] = (byte) c;
      }
      bytes[at++] = '"';
      length = at;
    }

    /**
     * The generator's own escaping rules (Jackson's encoder); the generator writes characters
     * beyond the basic plane as two {@code \\u} escapes (surrogates), not as four UTF-8 bytes.
     */
    private void escaped(String s) {
      put((byte) '"');
      for (char c : ESCAPE.quoteAsString(s)) {
        if (Character.isSurrogate(c)) {
          put((byte) '\\');
          put((byte) 'u');
          put(HEX[(c >> 12) & 15]);
          put(HEX[(c >> 8) & 15]);
          put(HEX[(c >> 4) & 15]);
          put(HEX[c & 15]);
        } else if (c < 0x80) {
          put((byte) c);
        } else if (c < 0x800) {
          put((byte) (0xc0 | (c >> 6)));
          put((byte) (0x80 | (c & 0x3f)));
        } else {
          put((byte) (0xe0 | (c >> 12)));
          put((byte) (0x80 | ((c >> 6) & 0x3f)));
          put((byte) (0x80 | (c & 0x3f)));
        }
      }
      put((byte) '"');
    }

    private void separator() {
      if (empty[depth - 1]) {
        empty[depth - 1] = false;
        put((byte) ' ');
      } else {
        put((byte) ',');
        put((byte) ' ');
      }
    }

    private void push() {
      if (depth == empty.length) {
        empty = java.util.Arrays.copyOf(empty, depth * 2);
      }
      empty[depth++] = true;
    }

    private boolean pop() {
      return empty[--depth];
    }

    private void put(byte b) {
      room(1);
      bytes[length++] = b;
    }

    private void room(int more) {
      if (length + more > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
      }
    }
  }

  /** Bytes already in UTF-8 JSON, for {@link JsonGenerator#writeRawValue(SerializableString)}. */
  static final class Utf8 extends Raw {
    Utf8(byte[] bytes) {
      this.bytes = bytes;
      this.length = bytes.length;
    }
  }

  /**
   * The first {@code length} of {@code bytes}, UTF-8 JSON, as a raw value for the generator: only
   * the unquoted UTF-8 forms are asked for.
   */
  abstract static class Raw implements com.fasterxml.jackson.core.SerializableString {
    protected byte[] bytes;
    protected int length;

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      if (offset + length > buffer.length) {
        return -1;
      }
      System.arraycopy(bytes, 0, buffer, offset, length);
      return length;
    }

    /** The generator asks for these when they do not fit its buffer (a unit's bytes): not copied then. */
    @Override
    public byte[] asUnquotedUTF8() {
      return length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
    }

    @Override
    public int writeUnquotedUTF8(java.io.OutputStream out) throws IOException {
      out.write(bytes, 0, length);
      return length;
    }

    @Override
    public int putUnquotedUTF8(java.nio.ByteBuffer buffer) {
      if (buffer.remaining() < length) {
        return -1;
      }
      buffer.put(bytes, 0, length);
      return length;
    }

    @Override
    public String getValue() {
      return new String(bytes, 0, length, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
      return getValue().length();
    }

    @Override
    public char[] asQuotedChars() {
      throw new UnsupportedOperationException();
    }

    @Override
    public byte[] asQuotedUTF8() {
      throw new UnsupportedOperationException();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int writeQuotedUTF8(java.io.OutputStream out) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int putQuotedUTF8(java.nio.ByteBuffer buffer) {
      throw new UnsupportedOperationException();
    }
  }
}
