package vn.egov.analysis;

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
 * The Pebble engine of the analysis pages ({@code compare.html}, {@code sensitivity.html}),
 * configured as the report's: templates from {@code vn/egov/analysis/html/}, every {@code {{ … }}}
 * HTML-escaped (no template uses {@code raw}), unknown variables are errors, figures arrive as
 * formatted strings so the output never depends on the JVM's locale.
 */
final class AnalysisHtml {
  private static final PebbleEngine ENGINE = engine();

  private AnalysisHtml() {}

  private static PebbleEngine engine() {
    return vn.egov.output.PebbleEngines.forTemplatesIn("vn/egov/analysis/html");
  }

  static void render(String template, Map<String, Object> model, OutputStream out) throws IOException {
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
