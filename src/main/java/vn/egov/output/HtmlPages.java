package vn.egov.output;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.cache.template.ConcurrentMapTemplateCache;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The one Pebble configuration of every HTML page egov writes: templates from a class-path folder,
 * compiled once per run; every {@code {{ … }}} HTML-escaped (no template uses {@code raw}), so
 * text that units typed can never become markup; an unknown variable is an error, not an empty
 * string, so a misspelt label cannot go unnoticed; no locale-dependent formatting (figures arrive
 * as strings).
 */
public final class HtmlPages {
  private final PebbleEngine engine;

  /** The pages whose {@code .peb} templates are under the class-path folder {@code prefix}. */
  public HtmlPages(String prefix) {
    ClasspathLoader loader = new ClasspathLoader(HtmlPages.class.getClassLoader());
    loader.setPrefix(prefix);
    loader.setSuffix(".peb");
    loader.setCharset("UTF-8");
    this.engine =
        new PebbleEngine.Builder()
            .loader(loader)
            .autoEscaping(true)
            .defaultEscapingStrategy("html")
            .strictVariables(true)
            .newLineTrimming(true)
            .cacheActive(true)
            .templateCache(new ConcurrentMapTemplateCache())
            .defaultLocale(Locale.ROOT)
            .build();
  }

  /** Renders the template with the model into {@code out}, UTF-8. */
  public void render(String template, Map<String, Object> model, OutputStream out) throws IOException {
    // buffered: encoded in blocks, not one small string at a time
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    try {
      engine.getTemplate(template).evaluate(w, model, Locale.ROOT);
    } catch (PebbleException e) {
      // a template bug, not a user's mistake: the internal-error exit code
      throw new IllegalStateException("HTML template " + template + ": " + e.getMessage(), e);
    }
    w.flush();
  }
}
