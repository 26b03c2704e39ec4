package vn.egov.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Location;
import vn.egov.model.Problem;
import vn.egov.model.Unit;
import vn.egov.output.AtomicFiles;
import vn.egov.text.DidYouMean;
import vn.egov.text.FileNames;
import vn.egov.text.Messages;

/**
 * Writes self-assessment templates, one file per unit ({@code DIR/<UNIT_ID>.xlsx} or {@code
 * .csv}), each atomically. The same criteria set and units give byte-identical files.
 */
public final class Templates {
  private Templates() {}

  /**
   * What to write.
   *
   * @param messages the language of the templates' labels and instructions
   * @param registry the ids of every unit of the registry: file names are made among them all
   *     ({@link FileNames#forIds}), so that a unit's file name does not depend on which units were
   *     picked, and agrees with its scorecard's
   * @param force replace files in {@code dir} that differ from the template (a unit's filled report)
   */
  public record Request(
      CriteriaSet criteria,
      List<Unit> units,
      Path dir,
      TemplateFormat format,
      Messages messages,
      List<String> registry,
      boolean force) {
    public Request {
      units = List.copyOf(units);
      registry = List.copyOf(registry);
    }
  }

  /**
   * The files written (or already there, byte for byte), in unit order; the files left as they
   * were because they differ from the template and {@code force} was not given; and the ones that
   * could not be written.
   */
  public record Written(List<Path> files, List<Path> kept, List<Problem> problems) {
    public Written {
      files = List.copyOf(files);
      kept = List.copyOf(kept);
      problems = List.copyOf(problems);
    }
  }

  /** Units picked from a registry, and the ids that are not in it. */
  public record Selection(List<Unit> units, List<Problem> problems) {
    public Selection {
      units = List.copyOf(units);
      problems = List.copyOf(problems);
    }
  }

  /**
   * The registry's units with the given ids, in the order given (an id matches exactly, else
   * case-insensitively; repeats are dropped); every id not found is an error with the closest id
   * as a hint. No ids means every unit of the registry.
   *
   * @param registryShown the registry's file as the user named it, for messages
   */
  public static Selection select(List<Unit> registry, List<String> ids, String registryShown) {
    if (ids.isEmpty()) {
      return new Selection(registry, List.of());
    }
    LinkedHashSet<Unit> chosen = new LinkedHashSet<>();
    List<Problem> problems = new ArrayList<>();
    List<String> known = registry.stream().map(Unit::id).toList();
    for (String id : ids) {
      Optional<Unit> u = find(registry, vn.egov.text.UserText.nfc(id.strip()));
      if (u.isPresent()) {
        chosen.add(u.get());
        continue;
      }
      String hint = DidYouMean.suggest(id, known);
      Location where = Location.of("--unit");
      problems.add(
          hint == null
              ? Problem.error(where, "template.unit.unknown", id, registryShown)
              : Problem.error(where, "template.unit.unknown.hint", id, registryShown, hint));
    }
    return new Selection(new ArrayList<>(chosen), problems);
  }

  private static Optional<Unit> find(List<Unit> registry, String id) {
    Optional<Unit> exact = registry.stream().filter(u -> u.id().equals(id)).findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    String lower = id.toLowerCase(Locale.ROOT);
    return registry.stream().filter(u -> u.id().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
  }

  /**
   * Writes every unit's template; a file that cannot be written is a problem, not an exception. A
   * file already in the folder that differs from the unit's template is left as it is unless
   * {@code force}: after the templates go out, the same folder often holds what the units sent
   * back, and a rerun must not wipe a unit's filled report.
   */
  public static Written write(Request request) {
    return write(request, done -> {});
  }

  /** As {@link #write(Request)}, telling {@code done} the number of units done after each one. */
  public static Written write(Request request, java.util.function.IntConsumer done) {
    int count = 0;
    List<Path> files = new ArrayList<>();
    List<Path> kept = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Path dir = request.dir().toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      problems.add(unwritable(request.dir(), e));
      return new Written(files, kept, problems);
    }
    List<String> ids = new ArrayList<>(request.registry());
    request.units().forEach(u -> ids.add(u.id()));
    Map<String, String> names = FileNames.forIds(ids);
    WorkbookTemplate workbook = new WorkbookTemplate(request.messages());
    for (Unit unit : request.units()) {
      done.accept(count++);
      Path shown = request.dir().resolve(names.get(unit.id()) + "." + request.format().extension());
      Path target = dir.resolve(shown.getFileName().toString()).normalize();
      if (!dir.equals(target.getParent())) {
        throw new IllegalStateException("template file " + target + " outside " + dir);
      }
      try {
        Plan plan = Plan.of(request.criteria(), unit);
        byte[] bytes =
            request.format() == TemplateFormat.XLSX ? workbook.write(plan) : CsvTemplate.write(plan);
        boolean same = holds(target, bytes);
        if (Files.isRegularFile(target) && !same && !request.force()) {
          kept.add(shown);
          continue;
        }
        if (!same) {
          AtomicFiles.write(target, out -> out.write(bytes));
        }
        files.add(shown);
      } catch (IOException e) {
        problems.add(unwritable(shown, e));
      }
    }
    done.accept(count);
    return new Written(files, kept, problems);
  }

  /** Whether the file holds exactly these bytes (a folder or an unreadable file does not). */
  private static boolean holds(Path file, byte[] bytes) {
    try {
      return Files.isRegularFile(file)
          && Files.size(file) == bytes.length
          && java.util.Arrays.equals(Files.readAllBytes(file), bytes);
    } catch (IOException e) {
      return false;
    }
  }

  private static Problem unwritable(Path path, IOException e) {
    Location where = Location.of(path.toString());
    if (e instanceof java.nio.file.FileAlreadyExistsException
        || e instanceof java.nio.file.NotDirectoryException) {
      return Problem.error(where, "template.output.file");
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return Problem.error(where, "template.output.denied");
    }
    return Problem.error(where, "file.unwritable", e.getMessage());
  }
}
