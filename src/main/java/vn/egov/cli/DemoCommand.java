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
    description = "Run assess on the bundled Phú Thọ 2018 sample (fictional figures, real unit names) and say where the reports are.",
    footerHeading = "%nExamples:%n",
    footer = {"  ./egov demo", "  ./egov demo -o /tmp/egov-demo --lang en"})
final class DemoCommand implements Callable<Integer> {
  static final String RESOURCES = "/vn/egov/demo/";
  static final String CRITERIA = "criteria/phu-tho-2018.yaml";
  static final List<String> SAMPLE =
      List.of(
          "samples/phu-tho-2018/README.md",
          "samples/phu-tho-2018/units.csv",
          "samples/phu-tho-2018/wide/tu-danh-gia-2018.csv",
          "samples/phu-tho-2018/long/tu-danh-gia-2018.csv");
  static final int SHOWN_PER_GROUP = 5;

  @ParentCommand EgovCommand top;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the sample and the outputs (default: ${DEFAULT-VALUE}).")
  Path output = Path.of("egov-demo");

  @Override
  public Integer call() {
    Console console = top.console();
    Path sample = output.resolve("sample");
    try {
      copy(CRITERIA, sample.resolve("phu-tho-2018.yaml"));
      for (String s : SAMPLE) {
        copy(s, sample.resolve(s.substring("samples/phu-tho-2018/".length())));
      }
    } catch (IOException e) {
      console.problems(List.of(Problem.error(Location.of(sample.toString()), "file.unwritable", e.getMessage())));
      return ExitCode.IO.code();
    }
    Assessment.Request request =
        new Assessment.Request(
            sample.resolve("phu-tho-2018.yaml"),
            sample.resolve("phu-tho-2018.yaml").toString(),
            List.of(sample.resolve("wide")),
            sample.resolve("units.csv"),
            false,
            DecimalMode.AUTO);
    List<vn.egov.report.OutputFormat> formats =
        OutputFormats.defaults().stream().map(f -> OutputFormats.get(f).orElseThrow()).toList();
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
    c.result(set.title() + (set.period() == null ? "" : " — " + set.period()));
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
