package vn.egov.template;

import java.util.Locale;
import java.util.Optional;

/** The file a template is written as. */
public enum TemplateFormat {
  /** A workbook with instructions, drop-down lists and number limits: what units really use. */
  XLSX,
  /** A long table (one row per input), UTF-8 with a BOM. */
  CSV;

  /** The file extension, also the {@code --format} word. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named by a {@code --format} word, case-insensitively. */
  public static Optional<TemplateFormat> named(String word) {
    for (TemplateFormat f : values()) {
      if (f.extension().equalsIgnoreCase(word.strip())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
