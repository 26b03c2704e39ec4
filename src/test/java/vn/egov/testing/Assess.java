package vn.egov.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import vn.egov.assess.Assessment;
import vn.egov.ingest.DecimalMode;
import vn.egov.model.CriterionResult;
import vn.egov.model.Problem;
import vn.egov.model.Results;
import vn.egov.model.UnitResult;
import vn.egov.text.Messages;

/** Runs the whole pipeline on criteria and reports given as text, for tests. */
public final class Assess {
  /** The lines every test criteria set starts with: one unit group {@code a}. */
  public static final String HEAD = "schema: egov-criteria/1\nid: t\ntitle: t\n";

  private Assess() {}

  /** Assesses {@code csv} (one reports file) against {@code yaml}; fails if the YAML is invalid. */
  public static Results run(Path dir, String yaml, String csv, boolean strict) {
    try {
      Path c = Files.writeString(dir.resolve("criteria.yaml"), yaml, StandardCharsets.UTF_8);
      Path r = Files.writeString(dir.resolve("reports.csv"), csv, StandardCharsets.UTF_8);
      Assessment.Outcome o =
          Assessment.run(new Assessment.Request(c, "criteria.yaml", List.of(r), null, strict, DecimalMode.AUTO));
      if (o.results() == null) {
        throw new AssertionError("invalid criteria: " + render(o.criteriaProblems()));
      }
      return o.results();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Results run(Path dir, String yaml, String csv) {
    return run(dir, yaml, csv, false);
  }

  public static UnitResult unit(Results r, String id) {
    return r.units().stream().filter(u -> u.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no unit " + id));
  }

  public static CriterionResult criterion(UnitResult u, String id) {
    CriterionResult c = find(u.criteria(), id);
    return Objects.requireNonNull(c, "no criterion " + id);
  }

  private static CriterionResult find(List<CriterionResult> list, String id) {
    for (CriterionResult c : list) {
      if (c.id().equals(id)) {
        return c;
      }
      CriterionResult sub = find(c.criteria(), id);
      if (sub != null) {
        return sub;
      }
    }
    return null;
  }

  /** Problems as printed in English, without file names: {@code LOCATION: severity: message}. */
  public static List<String> render(List<Problem> problems) {
    Messages en = Messages.of("en");
    return problems.stream()
        .map(p -> p.location().where() + ": " + p.severity().label() + ": " + en.render(p.message()))
        .toList();
  }
}
