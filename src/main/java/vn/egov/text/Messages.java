package vn.egov.text;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders {@link Message}s in Vietnamese or English from the {@code vn/egov/messages} bundles.
 * Placeholders are {@code {0}}, {@code {1}} … replaced literally (no number formatting, no quote
 * rules), so figures appear exactly as computed.
 */
public final class Messages {
  private final ResourceBundle bundle;
  private final String language;

  private Messages(String language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            "vn.egov.messages",
            Locale.forLanguageTag(language),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Messages in {@code vi} or {@code en}; anything else falls back to Vietnamese. */
  public static Messages of(String language) {
    return new Messages("en".equals(language) ? "en" : "vi");
  }

  public String language() {
    return language;
  }

  public String get(String key, Object... args) {
    return render(Message.of(key, args));
  }

  public String render(Message m) {
    String pattern;
    try {
      pattern = bundle.getString(m.key());
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no message '" + m.key() + "' in " + language, e);
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int copied = 0; // the pattern's text before this is in out
    for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', open + 1)) {
      int close = pattern.indexOf('}', open);
      if (close > open + 1 && close <= open + 3) {
        int n = 0; // the argument's number, when {N} has one or two digits
        for (int i = open + 1; i < close && n >= 0; i++) {
          char c = pattern.charAt(i);
          n = c >= '0' && c <= '9' ? n * 10 + (c - '0') : -1;
        }
        if (n >= 0) {
          out.append(pattern, copied, open).append(n < m.args().size() ? m.args().get(n) : "");
          copied = close + 1;
          open = close;
        }
      }
    }
    out.append(pattern, copied, pattern.length());
    return out.toString();
  }
}
