package vn.egov.text;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * One language of a {@code .properties} bundle (UTF-8, no fallback to another language), whose
 * placeholders {@code {0}}, {@code {1}} … are replaced literally: no number formatting and no
 * quote rules, so figures appear exactly as computed. Behind {@link Messages} and the reports'
 * labels.
 */
public final class Bundle {
  private final ResourceBundle bundle;
  private final String name;
  private final String language;

  private Bundle(String name, String language) {
    this.name = name;
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            name, Locale.forLanguageTag(language), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The bundle {@code name} (e.g. {@code vn.egov.messages}) in {@code en}, or else in {@code vi}. */
  public static Bundle of(String name, String language) {
    return new Bundle(name, "en".equals(language) ? "en" : "vi");
  }

  public String language() {
    return language;
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  public Set<String> keys() {
    return bundle.keySet();
  }

  /** The text of {@code key} as written, placeholders and all. */
  public String pattern(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no text '" + key + "' in " + name + " (" + language + ")", e);
    }
  }

  /** The text of {@code key}, its placeholders filled with {@code args} (missing ones empty). */
  public String get(String key, List<?> args) {
    return fill(pattern(key), args);
  }

  /** {@code {N}} (one or two digits) replaced by argument N, or nothing when there is none. */
  public static String fill(String pattern, List<?> args) {
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
          out.append(pattern, copied, open).append(n < args.size() ? String.valueOf(args.get(n)) : "");
          copied = close + 1;
          open = close;
        }
      }
    }
    out.append(pattern, copied, pattern.length());
    return out.toString();
  }
}
