package vn.egov.report;

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
 * {@code results.json}: the canonical, machine-readable results (schema {@code egov-results/1},
 * SPEC §5). Figures are JSON numbers with the set's precision; streamed, so memory does not grow
 * with the output.
 */
final class JsonResults implements OutputFormat {
  static final String FILE = "results.json";
  private static final JsonFactory JSON = JsonFactory.builder().build();

  @Override
  public String name() {
    return "json";
  }

  @Override
  public List<Path> write(Results results, OutputContext context) throws IOException {
    Path target = context.dir().resolve(FILE);
    AtomicFiles.write(
        target,
        out -> {
          try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            configure(g, 0);
            new Writer(g, results, context).document();
            g.writeRaw('\n');
          }
        });
    return List.of(target);
  }

  /**
   * Lines and indentation for the outer levels (the document, units, a unit's fields and lists);
   * each criterion and input on one line, so a national run stays readable and a third the size.
   */
  private static final class OuterLevels extends DefaultPrettyPrinter {
    static final int LAST_LEVEL_ON_ITS_OWN_LINE = 4;

    /** A printer for a value written on its own at the given level (a unit, by another thread). */
    OuterLevels(int nesting) {
      super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      _nesting = nesting;
      Indenter lines = new DefaultIndenter("  ", "\n");
      Indenter levels =
          new Indenter() {
            @Override
            public void writeIndentation(JsonGenerator g, int level) throws IOException {
              if (level <= LAST_LEVEL_ON_ITS_OWN_LINE) {
                lines.writeIndentation(g, level);
              } else {
                g.writeRaw(' ');
              }
            }

            @Override
            public boolean isInline() {
              return false;
            }
          };
      indentObjectsWith(levels);
      indentArraysWith(levels);
    }

    /** ": " as two characters: Jackson's string form re-encodes it for each of millions of fields. */
    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(':');
      g.writeRaw(' ');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      if (_nesting > LAST_LEVEL_ON_ITS_OWN_LINE) {
        _nesting--;
        g.writeRaw(entries > 0 ? " }" : "}");
      } else {
        super.writeEndObject(g, entries);
      }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      if (_nesting > LAST_LEVEL_ON_ITS_OWN_LINE) {
        _nesting--;
        g.writeRaw(values > 0 ? " ]" : "]");
      } else {
        super.writeEndArray(g, values);
      }
    }
  }

  /** The document's layout, for a generator starting at the given pretty-printer level. */
  private static void configure(JsonGenerator g, int level) {
    g.setPrettyPrinter(new OuterLevels(level));
    g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  /** Whether many units are rendered on both cores; false writes them one by one (tests compare). */
  static boolean inParallel = true;

  /**
   * Whether a unit's one-line objects (its criteria and inputs) are written as bytes by {@link
   * Line}; false writes them token by token with the generator (tests compare both).
   */
  static boolean directLines = true;

  /** The field names written for every unit, criterion and input, encoded once. */
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString STATUS = new SerializedString("status");
  private static final SerializedString POINTS = new SerializedString("points");
  private static final SerializedString SELF_POINTS = new SerializedString("self_points");
  private static final SerializedString MAX = new SerializedString("max");
  private static final SerializedString CRITERIA = new SerializedString("criteria");
  private static final SerializedString SELF = new SerializedString("self");
  private static final SerializedString APPRAISED = new SerializedString("appraised");
  private static final SerializedString FINAL = new SerializedString("final");

  private static final class Writer {
    private final JsonGenerator g;
    private final Results results;
    private final CriteriaSet set;
    private final Messages messages;
    private final String version;
    private final int precision;
    /** The set's input ids as field names, encoded once per writer, in the set's order. */
    private final SerializedString[] inputNames;

    Writer(JsonGenerator g, Results results, OutputContext context) {
      this(g, results, results.criteria(), context.messages(), context.toolVersion(), names(results.criteria()),
          new Line());
    }

    private Writer(
        JsonGenerator g,
        Results results,
        CriteriaSet set,
        Messages messages,
        String version,
        SerializedString[] inputNames,
        Line line) {
      this.g = g;
      this.results = results;
      this.set = set;
      this.messages = messages;
      this.version = version;
      this.precision = set.scoring().precision();
      this.inputNames = inputNames;
      this.line = line;
    }

    void document() throws IOException {
      g.writeStartObject();
      g.writeStringField("schema", "egov-results/1");
      g.writeStringField("tool", "egov " + version);
      criteriaSet();
      g.writeArrayFieldStart("units");
      units();
      g.writeEndArray();
      g.writeArrayFieldStart("issues");
      inChunks(results.problems(), Writer::issue);
      g.writeEndArray();
      summary();
      g.writeEndObject();
    }

    private void criteriaSet() throws IOException {
      g.writeObjectFieldStart("criteria_set");
      g.writeStringField("id", set.id());
      g.writeStringField("title", set.title());
      nullableString("source", set.source());
      nullableString("period", set.period());
      g.writeStringField("language", set.language());
      g.writeNumberField("scale", set.scoring().scale());
      g.writeNumberField("precision", precision);
      g.writeStringField("ranking_by", set.ranking().by().name().toLowerCase(java.util.Locale.ROOT));
      g.writeArrayFieldStart("unit_groups");
      for (UnitGroup ug : set.unitGroups()) {
        g.writeStartObject();
        g.writeStringField("id", ug.id());
        g.writeStringField("name", ug.name());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("groups");
      for (CriteriaGroup cg : set.groups()) {
        g.writeStartObject();
        g.writeStringField("id", cg.id());
        g.writeStringField("name", cg.name());
        g.writeArrayFieldStart("criteria");
        for (Criterion c : cg.criteria()) {
          criterionInfo(c);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    private void criterionInfo(Criterion c) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeStringField("name", c.name());
      number("max", c.max());
      g.writeStringField("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
      if (!c.criteria().isEmpty()) {
        g.writeArrayFieldStart("criteria");
        for (Criterion sub : c.criteria()) {
          criterionInfo(sub);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }

    /** Units rendered in parallel, in chunks, each unit written in order as the same bytes. */
    private void units() throws IOException {
      inChunks(results.units(), Writer::unit);
    }

    /** What one writer writes of one element (a unit, an issue). */
    @FunctionalInterface
    private interface Part<T> {
      void write(Writer w, T element) throws IOException;
    }

    private static final int PER_CHUNK = 64;
    /** The pretty printer's level of a unit or issue object: inside the document and its list. */
    private static final int ELEMENT_LEVEL = 2;

    /**
     * Writes the elements of a top-level list: a long list is rendered in chunks on every core,
     * each element by a writer of its own at the list's level, and the bytes written in order,
     * exactly as writing them one by one would give.
     */
    private <T> void inChunks(List<T> all, Part<T> part) throws IOException {
      if (!inParallel || all.size() <= PER_CHUNK) {
        for (T element : all) {
          part.write(this, element);
        }
        return;
      }
      int chunks = (all.size() + PER_CHUNK - 1) / PER_CHUNK;
      vn.egov.parallel.InOrder.run(
          chunks,
          k -> render(all.subList(k * PER_CHUNK, Math.min(all.size(), (k + 1) * PER_CHUNK)), part),
          rendered -> {
            for (byte[] element : rendered) {
              g.writeRawValue(new Utf8(element)); // the separator and indentation come from g
            }
            return true;
          });
    }

    private <T> byte[][] render(List<T> elements, Part<T> part) {
      byte[][] out = new byte[elements.size()][];
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(32 * 1024);
      Line line = new Line(); // one per chunk, reused by its units
      try {
        for (int i = 0; i < out.length; i++) {
          bytes.reset();
          try (JsonGenerator one = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            configure(one, ELEMENT_LEVEL);
            part.write(new Writer(one, results, set, messages, version, inputNames, line), elements.get(i));
          }
          out[i] = bytes.toByteArray();
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e); // into memory: does not happen
      }
      return out;
    }

    private void unit(UnitResult u) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", u.id());
      g.writeStringField("name", u.unit().name());
      g.writeStringField("group", u.unit().group());
      g.writeStringField("status", u.status().key());
      g.writeBooleanField("ranked", u.unit().ranked());
      Standing fin = u.fin();
      number("points", fin == null ? null : fin.points());
      number("max", fin == null ? null : fin.max());
      number("score", fin == null ? null : fin.score());
      rank("rank", fin);
      nullableString("classification", fin == null ? null : fin.classification());
      if (u.status() != UnitStatus.NOT_SUBMITTED) {
        Standing self = u.self();
        g.writeObjectFieldStart("self");
        number("points", self.points());
        number("max", self.max());
        number("score", self.score());
        rank("rank", self);
        nullableString("classification", self.classification());
        g.writeEndObject();
        g.writeArrayFieldStart("groups");
        for (GroupResult gr : u.groups()) {
          g.writeStartObject();
          g.writeStringField("id", gr.id());
          number("points", gr.points());
          number("max", gr.max());
          number("self_points", gr.selfPoints());
          number("self_max", gr.selfMax());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("criteria");
        for (CriterionResult r : u.criteria()) {
          if (directLines) {
            line.begin();
            inlineCriterion(r);
            g.writeRawValue(line); // the separator and indentation come from g
          } else {
            criterion(r);
          }
        }
        g.writeEndArray();
        inputs(u);
      }
      g.writeEndObject();
    }

    private void criterion(CriterionResult r) throws IOException {
      g.writeStartObject();
      g.writeFieldName(ID);
      g.writeString(r.id());
      g.writeFieldName(STATUS);
      g.writeString(r.fin().status().key());
      number(POINTS, r.fin().points());
      if (r.self().status() != r.fin().status()) {
        g.writeStringField("self_status", r.self().status().key());
      }
      number(SELF_POINTS, r.self().points());
      number(MAX, r.max());
      if (r.criterion().kind() != vn.egov.model.Kind.NORMAL) {
        g.writeStringField("kind", r.criterion().kind().name().toLowerCase(java.util.Locale.ROOT));
      }
      if (!r.criteria().isEmpty()) {
        g.writeFieldName(CRITERIA);
        g.writeStartArray();
        for (CriterionResult sub : r.criteria()) {
          criterion(sub);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }

    private void inputs(UnitResult u) throws IOException {
      g.writeObjectFieldStart("inputs");
      for (int i = 0; i < inputNames.length; i++) {
        Entry e = u.report().entryAt(i, set.inputs().get(i).id());
        if (e == null) {
          continue;
        }
        g.writeFieldName(inputNames[i]);
        if (directLines) {
          line.begin();
          inlineInput(e);
          g.writeRawValue(line);
          continue;
        }
        g.writeStartObject();
        value(SELF, e.self());
        if (e.appraised() != null && !e.appraised().blank()) {
          value(APPRAISED, e.appraised());
        }
        value(FINAL, e.fin());
        if (e.evidence() != null && !e.evidence().isEmpty()) {
          g.writeStringField("evidence", e.evidence());
        }
        if (e.note() != null && !e.note().isEmpty()) {
          g.writeStringField("note", e.note());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }

    // ---- a unit's one-line objects (its criteria and inputs), written as bytes ----
    // Exactly what the generator and OuterLevels write for them (JsonResultsInParallelTest
    // compares both byte for byte, escapes included), without a generator call per token:
    // these lines are most of a national run's results.json.

    private final Line line;

    private void inlineCriterion(CriterionResult r) {
      line.open();
      line.string(Line.ID, r.id());
      line.string(Line.STATUS, r.fin().status().key());
      line.figure(Line.POINTS, r.fin().points(), precision);
      if (r.self().status() != r.fin().status()) {
        line.string(Line.SELF_STATUS, r.self().status().key());
      }
      line.figure(Line.SELF_POINTS, r.self().points(), precision);
      line.figure(Line.MAX, r.max(), precision);
      if (r.criterion().kind() != vn.egov.model.Kind.NORMAL) {
        line.string(Line.KIND, r.criterion().kind().name().toLowerCase(java.util.Locale.ROOT));
      }
      if (!r.criteria().isEmpty()) {
        line.name(Line.CRITERIA);
        line.openArray();
        for (CriterionResult sub : r.criteria()) {
          line.element();
          inlineCriterion(sub);
        }
        line.closeArray();
      }
      line.close();
    }

    private void inlineInput(Entry e) {
      line.open();
      inlineValue(Line.SELF, e.self());
      if (e.appraised() != null && !e.appraised().blank()) {
        inlineValue(Line.APPRAISED, e.appraised());
      }
      inlineValue(Line.FINAL, e.fin());
      if (e.evidence() != null && !e.evidence().isEmpty()) {
        line.string(Line.EVIDENCE, e.evidence());
      }
      if (e.note() != null && !e.note().isEmpty()) {
        line.string(Line.NOTE, e.note());
      }
      line.close();
    }

    private void inlineValue(byte[] field, Cell c) {
      Value v = c == null ? null : c.value();
      line.name(field);
      if (v == null) {
        line.literal(Line.NULL);
      } else if (v instanceof Value.Num n) {
        line.plain(n.value(), 0);
      } else if (v instanceof Value.Bool b) {
        line.literal(b.value() ? Line.TRUE : Line.FALSE);
      } else {
        line.quoted(text(v));
      }
    }

    /** How results.json writes a choice (its value), a text, or N/A: as a string. */
    private static String text(Value v) {
      if (v instanceof Value.Choice ch) {
        return ch.option().value();
      }
      return v instanceof Value.Text t ? t.value() : "N/A";
    }

    private void value(SerializedString field, Cell c) throws IOException {
      g.writeFieldName(field);
      Value v = c == null ? null : c.value();
      if (v == null) {
        g.writeNull();
      } else if (v instanceof Value.Num n) {
        plain(n.value(), 0);
      } else if (v instanceof Value.Bool b) {
        g.writeBoolean(b.value());
      } else {
        g.writeString(text(v));
      }
    }

    private void issue(Problem p) throws IOException {
      g.writeStartObject();
      g.writeStringField("severity", p.severity().label());
      g.writeStringField("file", p.location().file());
      g.writeStringField("location", p.location().where());
      nullableString("unit", p.unit());
      nullableString("input", p.input());
      g.writeStringField("message", messages.render(p.message()));
      g.writeEndObject();
    }

    private void summary() throws IOException {
      g.writeObjectFieldStart("summary");
      g.writeNumberField("units", results.units().size());
      for (UnitStatus s : UnitStatus.values()) {
        g.writeNumberField(s.key(), results.units().stream().filter(u -> u.status() == s).count());
      }
      g.writeNumberField("errors", results.problems().stream().filter(Problem::isError).count());
      g.writeNumberField("warnings", results.problems().stream().filter(p -> !p.isError()).count());
      g.writeEndObject();
    }

    private void rank(String field, Standing s) throws IOException {
      if (s == null || s.rank() == null) {
        g.writeNullField(field);
      } else {
        g.writeNumberField(field, s.rank());
      }
    }

    private void number(String field, BigDecimal v) throws IOException {
      if (v == null) {
        g.writeNullField(field);
      } else {
        g.writeFieldName(field);
        plain(v);
      }
    }

    private void number(SerializedString field, BigDecimal v) throws IOException {
      g.writeFieldName(field);
      if (v == null) {
        g.writeNull();
      } else {
        plain(v);
      }
    }

    private final byte[] number = new byte[48];
    private final char[] digits = new char[48];

    /** A figure: {@code v.toPlainString()} with at least the set's precision of decimals. */
    private void plain(BigDecimal v) throws IOException {
      plain(v, precision);
    }

    /**
     * Writes {@code v.toPlainString()}, with zeros added up to {@code decimals} decimals, without
     * the strings, builders and rescaled copies that costs for each of the tens of millions of
     * figures of a national run: values with at most 18 digits and a scale of 0–18 (all of them,
     * in practice) are formatted here, others by BigDecimal.
     */
    private void plain(BigDecimal v, int decimals) throws IOException {
      int scale = v.scale();
      if (scale < 0 || scale > 18 || v.precision() > 18 || decimals > 18) {
        g.writeNumber(Cells.figure(v, decimals));
        return;
      }
      int end = number.length;
      int i = digits(v, scale, decimals, number, end);
      for (int k = i; k < end; k++) {
        digits[k] = (char) number[k];
      }
      g.writeNumber(digits, i, end - i);
    }

    private void nullableString(String field, String v) throws IOException {
      if (v == null) {
        g.writeNullField(field);
      } else {
        g.writeStringField(field, v);
      }
    }
  }

  private static SerializedString[] names(CriteriaSet set) {
    return set.inputs().stream().map(d -> new SerializedString(d.id())).toArray(SerializedString[]::new);
  }

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
  private static final class Line extends Raw {
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
  private static final class Utf8 extends Raw {
    Utf8(byte[] bytes) {
      this.bytes = bytes;
      this.length = bytes.length;
    }
  }

  /**
   * The first {@code length} of {@code bytes}, UTF-8 JSON, as a raw value for the generator: only
   * the unquoted UTF-8 forms are asked for.
   */
  private abstract static class Raw implements com.fasterxml.jackson.core.SerializableString {
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
