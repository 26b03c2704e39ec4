package vn.egov.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import vn.egov.output.HtmlPages;

/** The pages of {@code assess} ({@code report}, {@code scorecard}): templates from {@code vn/egov/report/html/}. */
final class HtmlTemplates {
  private static final HtmlPages PAGES = new HtmlPages("vn/egov/report/html");

  private HtmlTemplates() {}

  static void render(String template, Map<String, Object> model, OutputStream out) throws IOException {
    PAGES.render(template, model, out);
  }

  static byte[] page(String template, Map<String, Object> model) throws IOException {
    return PAGES.page(template, model);
  }
}
