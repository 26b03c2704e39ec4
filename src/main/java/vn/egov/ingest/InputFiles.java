package vn.egov.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.egov.model.Location;
import vn.egov.model.Problem;

/** Expands the {@code INPUT…} arguments: files as given, folders recursively, sorted by name. */
public final class InputFiles {
  private static final List<String> TABLES = List.of(".csv", ".xlsx", ".xlsm", ".xls");

  private InputFiles() {}

  /** A file to read and its name as printed. */
  public record Input(Path path, String shown) {}

  /** The files to read, and a problem for each argument that is not there. */
  public record Expanded(List<Input> files, List<Problem> missing) {}

  public static Expanded expand(List<Path> arguments) {
    List<Input> files = new ArrayList<>();
    List<Problem> missing = new ArrayList<>();
    for (Path arg : arguments) {
      if (Files.isDirectory(arg)) {
        try (Stream<Path> walk = Files.walk(arg)) {
          walk.filter(Files::isRegularFile)
              .filter(InputFiles::isTable)
              .filter(p -> !p.getFileName().toString().startsWith("~$"))
              .sorted()
              .forEach(p -> files.add(new Input(p, p.toString())));
        } catch (IOException e) {
          missing.add(Problem.io(Location.of(arg.toString()), arg, e));
        }
      } else if (Files.isRegularFile(arg)) {
        files.add(new Input(arg, arg.toString()));
      } else {
        missing.add(Problem.error(Location.of(arg.toString()), "file.missing"));
      }
    }
    return new Expanded(files, missing);
  }

  static boolean isTable(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return TABLES.stream().anyMatch(name::endsWith);
  }
}
