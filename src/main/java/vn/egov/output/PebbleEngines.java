package vn.egov.output;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.cache.template.ConcurrentMapTemplateCache;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.util.Locale;

/**
 * The one Pebble configuration of every HTML page egov writes: templates from a class-path folder,
 * compiled once per run; every {@code {{ … }}} HTML-escaped (no template uses {@code raw}), so
 * text that units typed can never become markup; an unknown variable is an error, not an empty
 * string; no locale-dependent formatting (figures arrive as strings).
 */
public final class PebbleEngines {
  private PebbleEngines() {}

  /** An engine for the {@code .peb} templates under the class-path folder {@code prefix}. */
  public static PebbleEngine forTemplatesIn(String prefix) {
    ClasspathLoader loader = new ClasspathLoader(PebbleEngines.class.getClassLoader());
    loader.setPrefix(prefix);
    loader.setSuffix(".peb");
    loader.setCharset("UTF-8");
    return new PebbleEngine.Builder()
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
}
