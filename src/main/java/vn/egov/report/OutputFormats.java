package vn.egov.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The registry of output formats: a new format is one class and one line here. */
public final class OutputFormats {
  private static final Map<String, OutputFormat> FORMATS = new LinkedHashMap<>();
  private static final List<String> DEFAULTS = new ArrayList<>();

  static {
    register(new JsonResults(), true);
    register(new RankingCsv(), true);
    register(new RankingXlsx(), true);
    register(new ReportHtml(), true);
    register(new ReportDocx(), true);
    register(new SummaryMarkdown(), false);
  }

  private OutputFormats() {}

  /** @param byDefault whether {@code assess} writes it when {@code --formats} is not given */
  private static void register(OutputFormat f, boolean byDefault) {
    FORMATS.put(f.name(), f);
    if (byDefault) {
      DEFAULTS.add(f.name());
    }
  }

  public static Optional<OutputFormat> get(String name) {
    return Optional.ofNullable(FORMATS.get(name));
  }

  /** Every format this version writes. */
  public static Set<String> names() {
    return FORMATS.keySet();
  }

  /**
   * Whether a path relative to an output folder (with {@code /}) is one egov writes: a format's
   * file ({@code results.json}, {@code ranking.csv} …) or a scorecard. {@code manifest.json} is the
   * run record, not an output.
   */
  public static boolean owns(String relative) {
    return OWNED.contains(relative)
        || (relative.startsWith(Scorecards.DIR + "/") && relative.indexOf('/', Scorecards.DIR.length() + 1) < 0);
  }

  private static final Set<String> OWNED =
      Set.of(
          JsonResults.FILE, RankingCsv.FILE, RankingXlsx.FILE, ReportHtml.FILE, ReportDocx.FILE, SummaryMarkdown.FILE);

  /** The formats written when {@code --formats} is not given (SPEC §5: json,csv,xlsx,html,docx). */
  public static List<String> defaults() {
    return List.copyOf(DEFAULTS);
  }
}
