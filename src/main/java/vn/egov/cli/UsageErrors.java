package vn.egov.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import vn.egov.text.DidYouMean;
import vn.egov.text.Messages;

/**
 * picocli's usage errors ("Missing required option …", "Unknown option …", "Unmatched arguments
 * …") said in the chosen language, with a "did you mean" for a mistyped command or option. Errors
 * a command raises itself are already in the user's language and pass through.
 */
final class UsageErrors {
  private UsageErrors() {}

  static String say(CommandLine.ParameterException ex, Messages m) {
    if (ex instanceof CommandLine.MissingParameterException missing) {
      return m.get("usage.missing", missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", ")));
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> words = unmatched.getUnmatched();
      String word = words.isEmpty() ? "" : words.get(0);
      String close = DidYouMean.suggest(word.replaceFirst("=.*", ""), known(unmatched.getCommandLine(), word));
      String all = "'" + word + "'";
      String key = word.startsWith("-") ? "usage.unknown_option" : "usage.unmatched";
      return close == null ? m.get(key, all) : m.get(key + ".hint", all, close);
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o) {
      return m.get("usage.twice", name(o.getOverwritten()));
    }
    if (ex.getArgSpec() != null && ex.getValue() != null && String.valueOf(ex.getMessage()).startsWith("Invalid value")) {
      String detail = ex.getCause() instanceof CommandLine.TypeConversionException t ? t.getMessage() : "";
      String expected = detail.contains("(expected") ? detail.substring(detail.indexOf("(expected") + 10, detail.lastIndexOf(')')) : "";
      String option = ex.getArgSpec() instanceof OptionSpec o ? o.longestName() : name(ex.getArgSpec());
      return expected.isEmpty()
          ? m.get("usage.invalid", option, ex.getValue())
          : m.get("usage.invalid.expected", option, ex.getValue(), expected);
    }
    return ex.getMessage();
  }

  /** {@code --criteria=CRITERIA.yaml} or {@code INPUT}. */
  private static String name(ArgSpec a) {
    if (a instanceof OptionSpec o) {
      return o.arity().max() == 0 ? o.longestName() : o.longestName() + "=" + o.paramLabel();
    }
    return a instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(a);
  }

  /** The subcommands and options a mistyped word could have meant. */
  private static List<String> known(CommandLine c, String word) {
    if (word.startsWith("-")) {
      return c.getCommandSpec().options().stream().flatMap(o -> java.util.Arrays.stream(o.names())).toList();
    }
    return List.copyOf(c.getSubcommands().keySet());
  }
}
