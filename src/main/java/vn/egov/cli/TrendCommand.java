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
import vn.egov.analysis.ResultsFile;
import vn.egov.analysis.Snapshot;
import vn.egov.analysis.Trend;
import vn.egov.analysis.TrendOutputs;
import vn.egov.ingest.CrosswalkFile;
import vn.egov.model.Crosswalk;
import vn.egov.model.Problem;

/** {@code egov trend}: three or more years' {@code results.json}, each unit's score, rank and class per year. */
@Command(
    name = "trend",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Three or more years' results side by side: each unit's score, rank and class per year, with a chart",
      "per unit group. Give the files oldest first. Across a reorganisation give one --crosswalk per gap",
      "between consecutive years, in order (\"-\" for a gap where units are matched by id)."
    })
final class TrendCommand implements Callable<Integer> {
  @ParentCommand EgovCommand top;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RESULTS.json", description = "The years' results.json, oldest first.")
  List<Path> files;

  @Option(names = "--crosswalk", paramLabel = "MAP.csv", description = "One per gap, in order: old_unit_id,new_unit_id[,weight] (\"-\": by id).")
  List<String> crosswalks;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write trend.csv, trend.xlsx and trend.html here (created if needed).")
  Path output;

  @Override
  public Integer call() {
    Console console = top.console();
    if (files.size() < 3) {
      throw new ParameterException(spec.commandLine(), console.t("trend.few"));
    }
    List<String> given = crosswalks == null ? List.of() : crosswalks;
    if (!given.isEmpty() && given.size() != files.size() - 1) {
      throw new ParameterException(spec.commandLine(), console.t("trend.crosswalks", files.size(), files.size() - 1, given.size()));
    }
    List<Problem> problems = new ArrayList<>();
    List<Snapshot> years = new ArrayList<>();
    boolean unreadable = false;
    for (Path f : files) {
      ResultsFile.Loaded l = ResultsFile.load(f, f.toString());
      problems.addAll(l.problems());
      unreadable |= l.unreadable();
      years.add(l.snapshot());
    }
    List<Crosswalk> maps = new ArrayList<>();
    for (int k = 0; k < files.size() - 1; k++) {
      String name = k < given.size() ? given.get(k) : "-";
      if (name.equals("-")) {
        maps.add(null);
        continue;
      }
      CrosswalkFile.Loaded l = CrosswalkFile.load(Path.of(name), name);
      problems.addAll(l.problems());
      unreadable |= l.unreadable();
      if (l.crosswalk() != null && years.get(k) != null && years.get(k + 1) != null) {
        problems.addAll(CrosswalkFile.check(l.crosswalk(), ids(years.get(k)), ids(years.get(k + 1))));
      }
      maps.add(l.crosswalk());
    }
    if (!problems.isEmpty()) {
      console.problems(problems);
      console.summary(console.t("trend.failed"));
      return (unreadable ? ExitCode.IO : ExitCode.USAGE).code();
    }
    Trend trend = Trend.of(years, maps);
    top.adoptLanguage(console, years.get(years.size() - 1).language());
    TrendOutputs.text(trend, console.messages()).forEach(console::result);
    console.flush();
    ExitCode code = ExitCode.OK;
    if (output != null) {
      code = Outputs.write(trend, TrendOutputs.FORMATS.byDefault(), output, console);
    }
    long units = trend.sections().stream().mapToLong(s -> s.rows().size()).sum();
    List<String> labels = new ArrayList<>();
    years.forEach(y -> labels.add(y.period() == null || y.period().isBlank() ? y.file() : y.period()));
    console.summary(console.t("trend.summary", units, years.size(), String.join(", ", labels)));
    return code.code();
  }

  private static List<String> ids(Snapshot s) {
    return s.units().stream().map(Snapshot.Unit::id).toList();
  }
}
