package vn.egov.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.egov.criteria.CriteriaLoader;
import vn.egov.criteria.UnitsFile;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Location;
import vn.egov.model.Problem;
import vn.egov.model.Unit;
import vn.egov.template.TemplateFormat;
import vn.egov.template.Templates;

/** {@code egov template}: writes the self-assessment file each unit fills in and sends back. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Write one self-assessment template per unit (workbook or CSV) to fill in and send back.")
final class TemplateCommand implements Callable<Integer> {
  @ParentCommand EgovCommand top;

  @Spec CommandSpec spec;

  @Option(names = {"-c", "--criteria"}, required = true, paramLabel = "CRITERIA.yaml", description = "The criteria set.")
  Path criteria;

  @Option(names = "--unit", paramLabel = "ID", description = "A unit of the registry (repeatable).")
  List<String> unitIds = new ArrayList<>();

  @Option(names = "--units", paramLabel = "FILE", description = "Units registry (CSV: unit_id, unit_name, unit_group, ranked); replaces the criteria set's units:. Without --unit: every unit in it.")
  Path units;

  @Option(names = "--all", description = "Every unit of the registry.")
  boolean all;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder for the templates (created if needed).")
  Path output;

  @Option(names = "--format", paramLabel = "xlsx|csv", description = "File format (default: ${DEFAULT-VALUE}).")
  String format = "xlsx";

  @Option(names = "--force", description = "Replace files in DIR that differ from the template (a unit's filled report); without it they are left as they are.")
  boolean force;

  @Override
  public Integer call() {
    Console console = top.console();
    TemplateFormat chosen =
        TemplateFormat.named(format)
            .orElseThrow(() -> new ParameterException(spec.commandLine(), top.messages().get("template.format.unknown", format)));
    if (unitIds.isEmpty() && units == null && !all) {
      throw new ParameterException(spec.commandLine(), top.messages().get("template.units.none"));
    }
    if (all && !unitIds.isEmpty()) {
      throw new ParameterException(spec.commandLine(), top.messages().get("template.units.conflict"));
    }
    CriteriaLoader.Loaded loaded = CriteriaLoader.load(criteria, criteria.toString());
    if (loaded.criteria() != null) {
      top.adoptLanguage(console, loaded.criteria().language());
    }
    console.problems(loaded.problems());
    if (!loaded.ok()) {
      long errors = loaded.problems().stream().filter(Problem::isError).count();
      console.summary(console.t("check.invalid", criteria, errors, loaded.problems().size() - errors));
      boolean unreadable = loaded.problems().stream().anyMatch(Problem::unreadableFile);
      return (unreadable ? ExitCode.IO : ExitCode.USAGE).code();
    }
    CriteriaSet set = loaded.criteria();
    ExitCode code = ExitCode.OK;

    List<Unit> registry = set.units();
    String registryShown = criteria.toString();
    if (units != null) {
      UnitsFile.Loaded u = UnitsFile.load(units, units.toString(), set);
      console.problems(u.problems());
      if (u.problems().stream().anyMatch(Problem::unreadableFile)) {
        return ExitCode.IO.code();
      }
      if (!u.ok()) {
        // the rows that are fine still get their templates
        code = ExitCode.INVALID_DATA;
      }
      registry = u.units();
      registryShown = units.toString();
    }
    if (registry.isEmpty()) {
      String key = units == null ? "template.registry.none" : "template.registry.empty";
      console.problems(List.of(Problem.error(Location.of(registryShown), key, registryShown)));
      return ExitCode.USAGE.code();
    }
    Templates.Selection selection = Templates.select(registry, unitIds, registryShown);
    console.problems(selection.problems());
    if (!selection.problems().isEmpty()) {
      return ExitCode.USAGE.code();
    }

    List<String> registryIds = registry.stream().map(Unit::id).toList();
    Progress progress = Progress.of(top, console);
    int total = selection.units().size();
    Templates.Written written =
        Templates.write(
            new Templates.Request(set, selection.units(), output, chosen, console.messages(), registryIds, force),
            done -> progress.templatesWritten(done, total));
    progress.clear();
    for (Path p : written.files()) {
      console.result(p.toString());
    }
    List<Problem> kept = new ArrayList<>();
    written.kept().forEach(p -> kept.add(Problem.warning(Location.of(p.toString()), "template.kept")));
    console.problems(kept);
    console.problems(written.problems());
    if (!written.kept().isEmpty()) {
      // not written, and not an error of the tool: the folder holds what a unit sent back
      code = code.worst(ExitCode.INVALID_DATA);
    }
    if (!written.problems().isEmpty()) {
      code = code.worst(ExitCode.IO);
    }
    console.flush();
    console.summary(
        written.kept().isEmpty()
            ? console.t("template.summary", written.files().size(), output)
            : console.t("template.summary.kept", written.files().size(), output, written.kept().size()));
    return code.code();
  }
}
