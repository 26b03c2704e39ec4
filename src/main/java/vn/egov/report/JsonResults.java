package vn.egov.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
            g.setPrettyPrinter(new OuterLevels());
            g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
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

    OuterLevels() {
      super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
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

  private static final class Writer {
    private final JsonGenerator g;
    private final Results results;
    private final CriteriaSet set;
    private final Messages messages;
    private final String version;
    private final int precision;

    Writer(JsonGenerator g, Results results, OutputContext context) {
      this.g = g;
      this.results = results;
      this.set = results.criteria();
      this.messages = context.messages();
      this.version = context.toolVersion();
      this.precision = set.scoring().precision();
    }

    void document() throws IOException {
      g.writeStartObject();
      g.writeStringField("schema", "egov-results/1");
      g.writeStringField("tool", "egov " + version);
      criteriaSet();
      g.writeArrayFieldStart("units");
      for (UnitResult u : results.units()) {
        unit(u);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("issues");
      for (Problem p : results.problems()) {
        issue(p);
      }
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
          criterion(r);
        }
        g.writeEndArray();
        inputs(u);
      }
      g.writeEndObject();
    }

    private void criterion(CriterionResult r) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      g.writeStringField("status", r.fin().status().key());
      number("points", r.fin().points());
      if (r.self().status() != r.fin().status()) {
        g.writeStringField("self_status", r.self().status().key());
      }
      number("self_points", r.self().points());
      number("max", r.max());
      if (r.criterion().kind() != vn.egov.model.Kind.NORMAL) {
        g.writeStringField("kind", r.criterion().kind().name().toLowerCase(java.util.Locale.ROOT));
      }
      if (!r.criteria().isEmpty()) {
        g.writeArrayFieldStart("criteria");
        for (CriterionResult sub : r.criteria()) {
          criterion(sub);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }

    private void inputs(UnitResult u) throws IOException {
      g.writeObjectFieldStart("inputs");
      for (InputDef def : set.inputs()) {
        Entry e = u.report().entries().get(def.id());
        if (e == null) {
          continue;
        }
        g.writeObjectFieldStart(def.id());
        value("self", e.self());
        if (e.appraised() != null && !e.appraised().blank()) {
          value("appraised", e.appraised());
        }
        value("final", e.fin());
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

    private void value(String field, Cell c) throws IOException {
      g.writeFieldName(field);
      Value v = c == null ? null : c.value();
      if (v == null) {
        g.writeNull();
      } else if (v instanceof Value.Num n) {
        g.writeNumber(n.value());
      } else if (v instanceof Value.Bool b) {
        g.writeBoolean(b.value());
      } else if (v instanceof Value.Choice ch) {
        g.writeString(ch.option().value());
      } else if (v instanceof Value.Text t) {
        g.writeString(t.value());
      } else {
        g.writeString("N/A");
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
        g.writeNumberField(field, Cells.figure(v, precision));
      }
    }

    private void nullableString(String field, String v) throws IOException {
      if (v == null) {
        g.writeNullField(field);
      } else {
        g.writeStringField(field, v);
      }
    }
  }
}
