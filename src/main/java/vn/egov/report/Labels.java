package vn.egov.report;

import vn.egov.output.OutputContext;
import vn.egov.text.Bundle;

/**
 * Labels of the written outputs (sheet names, column headers, headings) in Vietnamese or English,
 * from the {@code vn/egov/report/labels} bundles. Placeholders {@code {0}} … are replaced
 * literally, as in {@link vn.egov.text.Messages}, so figures appear exactly as formatted.
 */
final class Labels {
  private final Bundle bundle;

  private Labels(String language) {
    this.bundle = Bundle.of("vn.egov.report.labels", language);
  }

  /** Labels in {@code vi} or {@code en}; anything else falls back to Vietnamese. */
  static Labels of(String language) {
    return new Labels(language);
  }

  static Labels of(OutputContext context) {
    return of(context.messages().language());
  }

  static Labels of(vn.egov.text.Messages messages) {
    return of(messages.language());
  }

  String language() {
    return bundle.language();
  }

  boolean has(String key) {
    return bundle.has(key);
  }

  /**
   * Every label whose key starts with {@code prefix} (e.g. {@code "html."}), keyed without the
   * prefix, sorted by key: what a template sees as its labels.
   */
  java.util.Map<String, String> section(String prefix) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    for (String key : bundle.keys()) {
      if (key.startsWith(prefix)) {
        out.put(key.substring(prefix.length()), bundle.pattern(key));
      }
    }
    return out;
  }

  String get(String key, Object... args) {
    return args.length == 0 ? bundle.pattern(key) : bundle.get(key, java.util.Arrays.asList(args));
  }
}
