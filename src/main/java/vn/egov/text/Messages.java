package vn.egov.text;


/**
 * Renders {@link Message}s in Vietnamese or English from the {@code vn/egov/messages} bundles.
 * Placeholders are {@code {0}}, {@code {1}} … replaced literally (no number formatting, no quote
 * rules), so figures appear exactly as computed.
 */
public final class Messages {
  private final Bundle bundle;

  private Messages(String language) {
    this.bundle = Bundle.of("vn.egov.messages", language);
  }

  /** Messages in {@code vi} or {@code en}; anything else falls back to Vietnamese. */
  public static Messages of(String language) {
    return new Messages(language);
  }

  public String language() {
    return bundle.language();
  }

  public String get(String key, Object... args) {
    return render(Message.of(key, args));
  }

  public String render(Message m) {
    return bundle.get(m.key(), m.args());
  }
}
