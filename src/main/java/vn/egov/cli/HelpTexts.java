package vn.egov.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * {@code --help} in the chosen language: every text of the usage help (descriptions, options,
 * examples, headings) comes from {@code vn/egov/cli/help_vi.properties} or {@code help_en}, set on
 * the command line once {@code --lang} is parsed — the same choice {@link UsageErrors} says its
 * errors in (Vietnamese unless {@code --lang en}). The examples (footers) live only in the
 * bundles; the annotations' English descriptions are the fallback for a key the bundles lack.
 */
final class HelpTexts {
  private HelpTexts() {}

  static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        "vn.egov.cli.help",
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Sets the bundle of {@code language} on the command and every subcommand. */
  static void use(CommandLine cl, String language) {
    cl.setResourceBundle(bundle(language));
  }
}
