package vn.egov.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The Pebble engine of the HTML outputs: templates from {@code vn/egov/report/html/} on the class
 * path, compiled once per run; every {@code {{ … }}} is HTML-escaped (no template uses {@code
 * raw}), so names, values and messages that units typed can never become markup; an unknown
 * variable is an error rather than an empty string, so a misspelt label cannot go unnoticed.
 * Figures arrive as formatted strings, so the output never depends on the JVM's locale.
 */
final class HtmlTemplates {
  private static final PebbleEngine ENGINE = engine();

  private HtmlTemplates() {}

  private static PebbleEngine engine() {
    return vn.egov.output.PebbleEngines.forTemplatesIn("vn/egov/report/html");
  }

  /**
   * Renders the template ({@code report}, {@code scorecard}) with the model into {@code out},
   * UTF-8.
   */
  static void render(String template, Map<String, Object> model, OutputStream out)
      throws IOException {
    // buffered: encoded in blocks, not one small string at a time
    Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    try {
      ENGINE.getTemplate(template).evaluate(w, model, Locale.ROOT);
    } catch (PebbleException e) {
      // a template bug, not a user's mistake: the internal-error exit code
      throw new IllegalStateException("HTML template " + template + ": " + e.getMessage(), e);
    }
    w.flush();
  }
}
