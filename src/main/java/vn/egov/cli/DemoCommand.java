package vn.egov.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.egov.assess.Assessment;
import vn.egov.ingest.DecimalMode;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Location;
import vn.egov.model.Problem;
import vn.egov.model.UnitGroup;
import vn.egov.model.UnitResult;
import vn.egov.report.OutputFormats;

/**
 * {@code egov demo}: copies the bundled Phú Thọ 2018 sample next to the outputs, assesses it and
 * prints a short ranking per unit group.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run assess on a bundled sample (fictional figures, real unit names): Phú Thọ 2018 by default, or --sample phu-tho-2025; say where the reports are.")
final class DemoCommand implements Callable<Integer> {
  static final String RESOURCES = "/vn/egov/demo/";
  /**
   * A bundled sample: its criteria file, its files under {@code samples/NAME/}, the inputs and
   * units registry among them. The 2018 one stays the default: the README's transcript shows it,
   * and its set is the published one, where the 2025 set's indicators are assumed.
   */
  record Sample(String name, String criteria, List<String> files, List<String> inputs, String units) {}

  static final List<Sample> SAMPLES =
      List.of(
          new Sample(
              "phu-tho-2018",
              "phu-tho-2018.yaml",
              List.of("README.md", "units.csv", "wide/tu-danh-gia-2018.csv", "long/tu-danh-gia-2018.csv"),
              List.of("wide"),
              "units.csv"),
          new Sample(
              "phu-tho-2025",
              "phu-tho-2025-dti.yaml",
              List.of("README.md", "units.csv", "bao-cao-don-vi.csv", "so-khcn-thu-thap.csv", "generate.py", "xa-phuong-2025.csv", "crosswalk-2024-2025.csv"),
              List.of("bao-cao-don-vi.csv", "so-khcn-thu-thap.csv"),
              "units.csv"));
  static final int SHOWN_PER_GROUP = 5;

  @ParentCommand EgovCommand top;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the sample and the outputs (default: ${DEFAULT-VALUE}).")
  Path output = Path.of("egov-demo");

  @Option(names = "--sample", paramLabel = "NAME", description = "Bundled sample: phu-tho-2018 (default) or phu-tho-2025.")
  String sampleName = "phu-tho-2018";

  @Override
  public Integer call() {
    Console console = top.console();
    Sample chosen = SAMPLES.stream().filter(x -> x.name().equals(sampleName)).findFirst().orElse(null);
    if (chosen == null) {
      List<String> names = SAMPLES.stream().map(Sample::name).toList();
      String hint = vn.egov.text.DidYouMean.suggest(sampleName, names);
      console.problems(
          List.of(
              hint == null
                  ? Problem.error(Location.of("--sample"), "demo.sample.unknown", sampleName, String.join(", ", names))
                  : Problem.error(Location.of("--sample"), "demo.sample.unknown.hint", sampleName, String.join(", ", names), hint)));
      return ExitCode.USAGE.code();
    }
    Path sample = output.resolve("sample");
    try {
      copy("criteria/" + chosen.criteria(), sample.resolve(chosen.criteria()));
      for (String s : chosen.files()) {
        copy("samples/" + chosen.name() + "/" + s, sample.resolve(s));
      }
    } catch (IOException e) {
      console.problems(List.of(Problem.error(Location.of(sample.toString()), "file.unwritable", e.getMessage())));
      return ExitCode.IO.code();
    }
    Assessment.Request request =
        new Assessment.Request(
            sample.resolve(chosen.criteria()),
            sample.resolve(chosen.criteria()).toString(),
            chosen.inputs().stream().map(sample::resolve).toList(),
            sample.resolve(chosen.units()),
            false,
            DecimalMode.AUTO);
    List<vn.egov.output.OutputFormat<vn.egov.model.Results>> formats = OutputFormats.ASSESS.byDefault();
    AssessRun.Done done =
        AssessRun.run(top, console, request, output, formats, AssessRun.Options.NONE);
    if (done.results() != null) {
      printRanking(console, done.results().criteria(), done.results().units());
      console.result("");
      console.result(console.t("demo.inputs", sample));
      long cards = 0;
      for (Path p : done.written()) {
        if (p.getParent() != null && p.getParent().getFileName().toString().equals("scorecards")) {
          cards++;
        } else {
          console.result(console.t("demo.output", p));
        }
      }
      if (cards > 0) {
        console.result(console.t("demo.scorecards", output.resolve("scorecards"), cards));
      }
      console.flush();
      console.summary(done.summary());
    }
    return done.code().code();
  }

  private static void copy(String resource, Path target) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCES + resource)) {
      if (in == null) {
        throw new IOException("the sample " + resource + " is missing from this build");
      }
      Files.createDirectories(target.getParent());
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void printRanking(Console c, CriteriaSet set, List<UnitResult> units) {
    int p = set.scoring().precision();
    c.result(set.heading());
    for (UnitGroup g : set.unitGroups()) {
      List<UnitResult> ranked =
          units.stream().filter(u -> u.unit().group().equals(g.id()) && u.fin() != null && u.fin().rank() != null).toList();
      long others = units.stream().filter(u -> u.unit().group().equals(g.id())).count() - ranked.size();
      c.result("");
      c.result(c.t("demo.group", g.name(), ranked.size()));
      for (UnitResult u : ranked.subList(0, Math.min(SHOWN_PER_GROUP, ranked.size()))) {
        c.result(
            String.format(
                "  %3d  %s  %s  %s",
                u.fin().rank(),
                CheckCommand.pad(CheckCommand.cut(u.unit().name(), 44), 44),
                CheckCommand.left(c.num(u.fin().score(), p), 6),
                u.fin().classification() == null ? "" : u.fin().classification()));
      }
      if (ranked.size() > SHOWN_PER_GROUP || others > 0) {
        c.result("       " + c.t("demo.more", ranked.size() - Math.min(SHOWN_PER_GROUP, ranked.size()), others));
      }
    }
  }
}
