package vn.egov.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import vn.egov.text.Messages;

/** {@code egov}: the top command, holding the global options every subcommand inherits. */
@Command(
    name = "egov",
    mixinStandardHelpOptions = true,
    versionProvider = EgovCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Scores, ranks and classifies e-government maturity self-assessments",
      "(đánh giá mức độ Chính quyền điện tử) from a criteria set in YAML.",
      ""
    },
    subcommands = {
      CheckCommand.class,
      TemplateCommand.class,
      ValidateCommand.class,
      AssessCommand.class,
      ExplainCommand.class,
      CompareCommand.class,
      TrendCommand.class,
      SensitivityCommand.class,
      VerifyCommand.class,
      DemoCommand.class
    })
final class EgovCommand implements Runnable {
  private final boolean terminal;

  @Spec CommandSpec spec;

  @Option(
      names = "--lang",
      scope = ScopeType.INHERIT,
      paramLabel = "vi|en",
      description = "Language of messages and reports (default: the criteria set's language).")
  Lang lang;

  /** The languages of messages and reports. */
  enum Lang {
    vi,
    en
  }

  @Option(
      names = "--quiet",
      scope = ScopeType.INHERIT,
      description = "Print only problems and requested results: no progress, no summary line.")
  boolean quiet;

  @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colours in output.")
  boolean noColor;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show stack traces of internal errors.")
  boolean debug;

  EgovCommand(boolean terminal) {
    this.terminal = terminal;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Messages in --lang, or in {@code fallback} (the criteria set's language) when not given. */
  Messages messages(String fallback) {
    return Messages.of(lang != null ? lang.name() : fallback);
  }

  Messages messages() {
    return messages("vi");
  }

  Console console() {
    boolean color = terminal && !noColor && System.getenv("NO_COLOR") == null;
    return new Console(
        spec.commandLine().getOut(), spec.commandLine().getErr(), quiet, color, messages());
  }

  /** Adopts the criteria set's language unless --lang was given. */
  void adoptLanguage(Console console, String criteriaLanguage) {
    if (lang == null) {
      console.language(Messages.of(criteriaLanguage));
    }
  }

  boolean terminal() {
    return terminal;
  }

  /** The version from the build. */
  static final class Version implements IVersionProvider {
    static String number() {
      Properties p = new Properties();
      try (InputStream in = EgovCommand.class.getResourceAsStream("/vn/egov/version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        return "unknown";
      }
      return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
      return new String[] {
        "egov " + number(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
