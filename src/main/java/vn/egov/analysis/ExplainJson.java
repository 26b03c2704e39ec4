package vn.egov.analysis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import vn.egov.scoring.Hint;
import vn.egov.scoring.Hints;
import vn.egov.model.CriteriaSet;

/**
 * An {@link Explanation} as JSON ({@code egov explain --format json}): the same fields, figures as
 * JSON numbers with the set's precision (as in {@code results.json}), rules in words in the
 * language asked for.
 */
public final class ExplainJson {
  private final JsonGenerator g;
  private final int precision;

  private ExplainJson(JsonGenerator g, int precision) {
    this.g = g;
    this.precision = precision;
  }

  public static String write(Explanation e, CriteriaSet set) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      new ExplainJson(g, set.scoring().precision()).document(e, set);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return w.toString();
  }

  private void document(Explanation e, CriteriaSet set) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", "egov-explain/1");
    g.writeObjectFieldStart("criteria_set");
    g.writeStringField("id", set.id());
    g.writeStringField("title", set.title());
    string("period", set.period());
    g.writeEndObject();
    g.writeObjectFieldStart("unit");
    g.writeStringField("id", e.unitId());
    g.writeStringField("name", e.unitName());
    g.writeStringField("group", e.unitGroup());
    g.writeStringField("group_name", e.unitGroupName());
    g.writeStringField("status", e.status());
    g.writeEndObject();
    string("criterion", e.only());
    g.writeArrayFieldStart("criteria");
    for (Explanation.CriterionTrace c : e.criteria()) {
      criterion(c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("groups");
    for (Explanation.GroupLine l : e.groups()) {
      g.writeStartObject();
      g.writeStringField("id", l.id());
      g.writeStringField("name", l.name());
      number("points", l.points());
      number("max", l.max());
      number("self_points", l.selfPoints());
      number("self_max", l.selfMax());
      g.writeEndObject();
    }
    g.writeEndArray();
    totals("final", e.total());
    totals("self", e.self());
    neighbours(e.neighbours());
    nextClass(e.nextClass());
    g.writeArrayFieldStart("hints");
    for (Hint h : e.hints()) {
      hint(h);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void criterion(Explanation.CriterionTrace c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("name", c.name());
    g.writeStringField("group", c.groupId());
    g.writeStringField("kind", c.kind());
    g.writeStringField("method", c.method());
    number("max", c.max());
    g.writeArrayFieldStart("inputs");
    for (Explanation.InputTrace in : c.inputs()) {
      g.writeStartObject();
      g.writeStringField("id", in.id());
      g.writeStringField("label", in.label());
      g.writeStringField("type", in.type());
      g.writeBooleanField("required", in.required());
      cell("self", in.self());
      cell("appraised", in.appraised());
      g.writeEndObject();
    }
    g.writeEndArray();
    step("self", c.self());
    step("final", c.fin());
    g.writeBooleanField("appraisal_changed", c.appraisalChanged());
    if (!c.criteria().isEmpty()) {
      g.writeArrayFieldStart("criteria");
      for (Explanation.CriterionTrace sub : c.criteria()) {
        criterion(sub);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void cell(String field, Explanation.CellTrace c) throws IOException {
    if (c == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("state", c.state());
    string("location", c.where());
    g.writeStringField("raw", c.raw());
    string("value", c.value());
    if (c.number() == null) {
      g.writeNullField("number");
    } else {
      g.writeNumberField("number", c.number());
    }
    g.writeEndObject();
  }

  private void step(String field, Explanation.Step s) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("status", s.status().key());
    string("expression", s.expression());
    string("substituted", s.substituted());
    if (s.value() == null) {
      g.writeNullField("value");
    } else {
      g.writeNumberField("value", s.value());
    }
    string("rule", s.rule());
    if (s.unrounded() == null) {
      g.writeNullField("unrounded_points");
    } else {
      g.writeNumberField("unrounded_points", s.unrounded());
    }
    number("points", s.points());
    string("note", s.note());
    g.writeEndObject();
  }

  private void totals(String field, Explanation.Totals t) throws IOException {
    if (t == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    number("points", t.points());
    number("max", t.max());
    number("score", t.score());
    if (t.rank() == null) {
      g.writeNullField("rank");
    } else {
      g.writeNumberField("rank", t.rank());
    }
    g.writeNumberField("ranked_units", t.rankedUnits());
    string("classification", t.classification());
    g.writeEndObject();
  }

  private void neighbours(Explanation.Neighbours n) throws IOException {
    if (n == null) {
      g.writeNullField("neighbours");
      return;
    }
    g.writeObjectFieldStart("neighbours");
    g.writeStringField("figure", n.figure());
    neighbour("above", n.above());
    neighbour("below", n.below());
    g.writeArrayFieldStart("tied");
    for (Explanation.Neighbour t : n.tied()) {
      neighbour(null, t);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void neighbour(String field, Explanation.Neighbour n) throws IOException {
    if (field != null) {
      if (n == null) {
        g.writeNullField(field);
        return;
      }
      g.writeFieldName(field);
    }
    g.writeStartObject();
    g.writeStringField("id", n.id());
    g.writeStringField("name", n.name());
    g.writeNumberField("rank", n.rank());
    number("figure", n.figure());
    number("gap", n.gap());
    g.writeEndObject();
  }

  private void nextClass(Explanation.NextClass c) throws IOException {
    if (c == null) {
      g.writeNullField("next_class");
      return;
    }
    g.writeObjectFieldStart("next_class");
    g.writeStringField("label", c.label());
    g.writeNumberField("min", c.min());
    g.writeStringField("figure", c.figure());
    number("gap", c.gap());
    number("points_needed", c.pointsNeeded());
    g.writeEndObject();
  }

  private void hint(Hint h) throws IOException {
    g.writeStartObject();
    g.writeStringField("criterion", h.criterionId());
    g.writeStringField("top_criterion", h.topCriterionId());
    g.writeStringField("input", h.inputId());
    g.writeStringField("label", h.inputLabel());
    g.writeStringField("action", h.action().name().toLowerCase(java.util.Locale.ROOT));
    if (h.from() == null) {
      g.writeNullField("from");
    } else {
      g.writeNumberField("from", h.from());
    }
    g.writeNumberField("to", h.to());
    string("option", h.option());
    number("points_before", h.pointsBefore());
    number("points_after", h.pointsAfter());
    number("gain", h.gain());
    number("score_before", h.scoreBefore());
    number("score_after", h.scoreAfter());
    g.writeEndObject();
  }

  private void number(String field, BigDecimal v) throws IOException {
    if (v == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, Fmt.figure(v, precision));
    }
  }

  private void string(String field, String v) throws IOException {
    if (v == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, v);
    }
  }
}
