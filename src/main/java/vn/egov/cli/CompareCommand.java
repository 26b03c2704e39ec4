package vn.egov.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.egov.analysis.CompareOutputs;
import vn.egov.analysis.Comparison;
import vn.egov.analysis.ResultsFile;
import vn.egov.ingest.CrosswalkFile;
import vn.egov.model.Problem;
import vn.egov.output.OutputFormat;

/** {@code egov compare}: two years' {@code results.json} side by side, per unit group. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Compare two results.json files (e.g. last year and this year): per unit group, each unit's old and",
      "new score, rank and class and their changes, units new or gone, the biggest movers. Criteria sets",
      "may differ: totals always compare, criteria groups and criteria where their ids match."
    })
final class CompareCommand implements Callable<Integer> {
  @ParentCommand EgovCommand top;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD.json", description = "The earlier results.json.")
  Path old;

  @Parameters(index = "1", paramLabel = "NEW.json", description = "The later results.json.")
  Path neu;

  @Option(
      names = "--crosswalk",
      paramLabel = "MAP.csv",
      description = {
        "Across a reorganisation: old_unit_id,new_unit_id[,weight] per row. A new unit's last score is the",
        "(weighted) mean of its old units' scores; ranks compare within this year's ranking."
      })
  Path crosswalk;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Also write the comparison here (created if needed).")
  Path output;

  @Option(names = "--formats", split = ",", paramLabel = "LIST", description = "With -o: what to write (default and available: csv,xlsx,md,html).")
  List<String> formats;

  @Override
  public Integer call() {
    Console console = top.console();
    if (formats != null && output == null) {
      throw new ParameterException(spec.commandLine(), console.t("compare.formats.output"));
    }
    List<OutputFormat<Comparison>> chosen = Outputs.choose(CompareOutputs.FORMATS, formats, console, spec);
    ResultsFile.Loaded a = ResultsFile.load(old, old.toString());
    ResultsFile.Loaded b = ResultsFile.load(neu, neu.toString());
    List<Problem> problems = new ArrayList<>(a.problems());
    problems.addAll(b.problems());
    if (a.snapshot() == null || b.snapshot() == null) {
      console.problems(problems);
      console.summary(console.t("compare.failed"));
      return (a.unreadable() || b.unreadable() ? ExitCode.IO : ExitCode.USAGE).code();
    }
    vn.egov.model.Crosswalk map = null;
    if (crosswalk != null) {
      CrosswalkFile.Loaded l = CrosswalkFile.load(crosswalk, crosswalk.toString());
      List<Problem> bad = new ArrayList<>(l.problems());
      if (l.crosswalk() != null) {
        bad.addAll(CrosswalkFile.check(l.crosswalk(), ids(a.snapshot()), ids(b.snapshot())));
      }
      if (!bad.isEmpty()) {
        console.problems(bad);
        console.summary(console.t("crosswalk.unusable", crosswalk));
        return (l.unreadable() ? ExitCode.IO : ExitCode.USAGE).code();
      }
      map = l.crosswalk();
    }
    Comparison c = Comparison.of(a.snapshot(), b.snapshot(), map);
    // the language of the newer results unless --lang says otherwise
    top.adoptLanguage(console, b.snapshot().language());
    CompareOutputs.text(c, console.messages()).forEach(console::result);
    console.flush();
    ExitCode code = ExitCode.OK;
    if (output != null) {
      code = Outputs.write(c, chosen, output, console);
    }
    long both = 0;
    long added = 0;
    long gone = 0;
    long up = 0;
    long down = 0;
    for (Comparison.Section s : c.sections()) {
      for (Comparison.Row r : s.rows()) {
        switch (r.presence()) {
          case BOTH, MERGED -> both++;
          case NEW -> added++;
          case GONE -> gone++;
        }
        if (r.rankChange() != null && r.rankChange() > 0) {
          up++;
        } else if (r.rankChange() != null && r.rankChange() < 0) {
          down++;
        }
      }
    }
    console.summary(console.t("compare.summary", both, added, gone, up, down));
    return code.code();
  }

  private static List<String> ids(vn.egov.analysis.Snapshot s) {
    return s.units().stream().map(vn.egov.analysis.Snapshot.Unit::id).toList();
  }
}
