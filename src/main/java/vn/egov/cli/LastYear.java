package vn.egov.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import vn.egov.ingest.CrosswalkFile;
import vn.egov.ingest.PreviousResults;
import vn.egov.model.Previous;
import vn.egov.model.Problem;

/**
 * {@code --previous RESULTS.json [--crosswalk MAP.csv]} of {@code assess} and {@code validate}:
 * last year's results, seen through the crosswalk when one is given, or a usage error.
 */
final class LastYear {
  private LastYear() {}

  /** {@code null} without {@code previous}; a crosswalk without {@code previous} is a usage error. */
  static Previous read(CommandSpec spec, Console console, Path previous, Path crosswalk) {
    if (previous == null) {
      if (crosswalk != null) {
        throw new ParameterException(spec.commandLine(), console.t("crosswalk.previous"));
      }
      return null;
    }
    PreviousResults.Loaded l = PreviousResults.load(previous, previous.toString());
    console.problems(l.problems());
    if (l.previous() == null) {
      throw new ParameterException(spec.commandLine(), console.t("previous.unusable", previous));
    }
    if (crosswalk == null) {
      return l.previous();
    }
    CrosswalkFile.Loaded map = CrosswalkFile.load(crosswalk, crosswalk.toString());
    List<Problem> bad = new ArrayList<>(map.problems());
    if (map.crosswalk() != null) {
      bad.addAll(CrosswalkFile.check(map.crosswalk(), PreviousResults.ids(l.previous()), null));
    }
    if (!bad.isEmpty()) {
      console.problems(bad);
      throw new ParameterException(spec.commandLine(), console.t("crosswalk.unusable", crosswalk));
    }
    return PreviousResults.through(l.previous(), map.crosswalk());
  }
}
