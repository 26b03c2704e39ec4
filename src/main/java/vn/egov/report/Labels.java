package vn.egov.report;

import vn.egov.output.OutputContext;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Labels of the written outputs (sheet names, column headers, headings) in Vietnamese or English,
 * from the {@code vn/egov/report/labels} bundles. Placeholders {@code {0}} … are replaced
 * literally, as in {@link vn.egov.text.Messages}, so figures appear exactly as formatted.
 */
final class Labels {
  private final ResourceBundle bundle;
  private final String language;

  private Labels(String language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            "vn.egov.report.labels",
            Locale.forLanguageTag(language),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Labels in {@code vi} or {@code en}; anything else falls back to Vietnamese. */
  static Labels of(String language) {
    return new Labels("en".equals(language) ? "en" : "vi");
  }

  static Labels of(OutputContext context) {
    return of(context.messages().language());
  }

  static Labels of(vn.egov.text.Messages messages) {
    return of(messages.language());
  }

  String language() {
    return language;
  }

  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * Every label whose key starts with {@code prefix} (e.g. {@code "html."}), keyed without the
   * prefix, sorted by key: what a template sees as its labels.
   */
  java.util.Map<String, String> section(String prefix) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    for (String key : bundle.keySet()) {
      if (key.startsWith(prefix)) {
        out.put(key.substring(prefix.length()), bundle.getString(key));
      }
    }
    return out;
  }

  String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no label '" + key + "' in " + language, e);
    }
    if (args.length == 0) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < pattern.length(); i++) {
      char ch = pattern.charAt(i);
      int close = pattern.indexOf('}', i);
      if (ch == '{' && close > i + 1 && close <= i + 3) {
        String digits = pattern.substring(i + 1, close);
        if (digits.chars().allMatch(Character::isDigit)) {
          int n = Integer.parseInt(digits);
          out.append(n < args.length ? String.valueOf(args[n]) : "");
          i = close;
          continue;
        }
      }
      out.append(ch);
    }
    return out.toString();
  }
}
