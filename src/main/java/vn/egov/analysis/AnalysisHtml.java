package vn.egov.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import vn.egov.output.AtomicFiles;
import vn.egov.output.HtmlPages;

/** The analysis pages ({@code compare.html}, {@code trend.html}, {@code sensitivity.html}): templates from {@code vn/egov/analysis/html/}. */
final class AnalysisHtml {
  private static final HtmlPages PAGES = new HtmlPages("vn/egov/analysis/html");

  private AnalysisHtml() {}

  /** Writes the page of {@code template} (e.g. {@code "compare"}) with the model to {@code target}, atomically. */
  static Path write(Path target, String template, Map<String, Object> model) throws IOException {
    return AtomicFiles.write(target, out -> PAGES.render(template, model, out));
  }
}
