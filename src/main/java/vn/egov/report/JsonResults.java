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
import vn.egov.model.Problem;
import vn.egov.model.Results;
import vn.egov.model.Standing;
import vn.egov.model.UnitGroup;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.model.Value;
import vn.egov.output.AtomicFiles;
import vn.egov.output.OutputContext;
import vn.egov.text.Messages;

/**
 * {@code results.json}: the canonical, machine-readable results (schema {@code egov-results/1},
 * SPEC §5). Figures are JSON numbers with the set's precision; streamed, so memory does not grow
 * with the output.
 */
final class JsonResults {
  static final String FILE = "results.json";
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private JsonResults() {}

  static void write(Results results, OutputContext context, Path target) throws IOException {
    AtomicFiles.write(
        target,
        out -> {
          try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            configure(g, 0);
            new Writer(g, results, context).document();
            g.writeRaw('\n');
          }
        });
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
   * JsonBytes.Line}; false writes them token by token with the generator (tests compare both).
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
          new JsonBytes.Line());
    }

    private Writer(
        JsonGenerator g,
        Results results,
        CriteriaSet set,
        Messages messages,
        String version,
        SerializedString[] inputNames,
        JsonBytes.Line line) {
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
              g.writeRawValue(new JsonBytes.Utf8(element)); // the separator and indentation come from g
            }
            return true;
          });
    }

    private <T> byte[][] render(List<T> elements, Part<T> part) {
      byte[][] out = new byte[elements.size()][];
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(32 * 1024);
      JsonBytes.Line line = new JsonBytes.Line(); // one per chunk, reused by its units
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

    private final JsonBytes.Line line;

    private void inlineCriterion(CriterionResult r) {
      line.open();
      line.string(JsonBytes.Line.ID, r.id());
      line.string(JsonBytes.Line.STATUS, r.fin().status().key());
      line.figure(JsonBytes.Line.POINTS, r.fin().points(), precision);
      if (r.self().status() != r.fin().status()) {
        line.string(JsonBytes.Line.SELF_STATUS, r.self().status().key());
      }
      line.figure(JsonBytes.Line.SELF_POINTS, r.self().points(), precision);
      line.figure(JsonBytes.Line.MAX, r.max(), precision);
      if (r.criterion().kind() != vn.egov.model.Kind.NORMAL) {
        line.string(JsonBytes.Line.KIND, r.criterion().kind().name().toLowerCase(java.util.Locale.ROOT));
      }
      if (!r.criteria().isEmpty()) {
        line.name(JsonBytes.Line.CRITERIA);
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
      inlineValue(JsonBytes.Line.SELF, e.self());
      if (e.appraised() != null && !e.appraised().blank()) {
        inlineValue(JsonBytes.Line.APPRAISED, e.appraised());
      }
      inlineValue(JsonBytes.Line.FINAL, e.fin());
      if (e.evidence() != null && !e.evidence().isEmpty()) {
        line.string(JsonBytes.Line.EVIDENCE, e.evidence());
      }
      if (e.note() != null && !e.note().isEmpty()) {
        line.string(JsonBytes.Line.NOTE, e.note());
      }
      line.close();
    }

    private void inlineValue(byte[] field, Cell c) {
      Value v = c == null ? null : c.value();
      line.name(field);
      if (v == null) {
        line.literal(JsonBytes.Line.NULL);
      } else if (v instanceof Value.Num n) {
        line.plain(n.value(), 0);
      } else if (v instanceof Value.Bool b) {
        line.literal(b.value() ? JsonBytes.Line.TRUE : JsonBytes.Line.FALSE);
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
      int i = JsonBytes.digits(v, scale, decimals, number, end);
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
}
