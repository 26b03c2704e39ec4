package vn.egov.report;

import vn.egov.output.Formats;
import java.util.Set;
import vn.egov.model.Results;

/** The output formats of {@code assess}: a new format is one class and one line here. */
public final class OutputFormats {
  /** In the order they are listed; all but md are written when {@code --formats} is not given. */
  public static final Formats<Results> ASSESS =
      new Formats<Results>()
          .add(new OneFileFormat("json", JsonResults.FILE, JsonResults::write), true)
          .add(new OneFileFormat("csv", RankingCsv.FILE, RankingCsv::write), true)
          .add(new OneFileFormat("xlsx", RankingXlsx.FILE, RankingXlsx::write), true)
          .add(new ReportHtml(), true)
          .add(new OneFileFormat("docx", ReportDocx.FILE, ReportDocx::write), true)
          .add(new OneFileFormat("md", SummaryMarkdown.FILE, SummaryMarkdown::write), false);

  private OutputFormats() {}

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
}
