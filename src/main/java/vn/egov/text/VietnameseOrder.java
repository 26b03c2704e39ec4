package vn.egov.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Sorts names the Vietnamese way (a ă â b c d đ e ê …, tones after the base letter). */
public final class VietnameseOrder {
  private static final Locale VI = Locale.forLanguageTag("vi-VN");

  private VietnameseOrder() {}

  /** A comparator of names; a new one per call because {@link Collator} is not thread-safe. */
  public static Comparator<String> names() {
    Collator collator = Collator.getInstance(VI);
    collator.setStrength(Collator.TERTIARY);
    return (a, b) -> {
      int c = collator.compare(a, b);
      return c != 0 ? c : a.compareTo(b);
    };
  }
}
