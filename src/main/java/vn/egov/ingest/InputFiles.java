package vn.egov.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.egov.model.Location;
import vn.egov.model.Problem;
import vn.egov.text.DidYouMean;

/**
 * Expands the {@code INPUT…} arguments: files as given, folders recursively (following symbolic
 * links, each real folder once), sorted by name. A mistyped path gets a "did you mean"; a folder
 * holding no report is an error, not an empty assessment.
 */
public final class InputFiles {
  private static final List<String> TABLES = List.of(".csv", ".xlsx", ".xlsm", ".xls");

  private InputFiles() {}

  /**
   * A file to read, its name as printed, and its size and modification time when it was found
   * (so that a file changed while the run read it can be told; {@code null} when not known).
   */
  public record Input(Path path, String shown, Stamp found) {
    public Input(Path path, String shown) {
      this(path, shown, Stamp.of(path));
    }
  }

  /** A file's size and modification time. */
  public record Stamp(long size, java.nio.file.attribute.FileTime modified) {
    /** The file's stamp now, or {@code null} when it cannot be read. */
    public static Stamp of(Path file) {
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new Stamp(a.size(), a.lastModifiedTime());
      } catch (IOException e) {
        return null;
      }
    }

    // written out: a record's generated equals and hashCode are linked at their first call, which
    // spins method-handle classes the start-up archive does not keep (about 20 ms, at the end of
    // every run, where inputs are checked unchanged)
    @Override
    public boolean equals(Object o) {
      return o instanceof Stamp s && size == s.size && java.util.Objects.equals(modified, s.modified);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(size) * 31 + java.util.Objects.hashCode(modified);
    }
  }

  /**
   * The files to read, and a problem for each argument that is not there, cannot be listed or
   * holds no report (each makes the run stop before it writes anything).
   */
  public record Expanded(List<Input> files, List<Problem> missing) {}

  public static Expanded expand(List<Path> arguments) {
    List<Input> files = new ArrayList<>();
    List<Problem> missing = new ArrayList<>();
    for (Path arg : arguments) {
      if (Files.isDirectory(arg)) {
        int before = files.size();
        List<Input> found = new ArrayList<>();
        try {
          walk(arg, found, missing);
        } catch (IOException e) {
          missing.add(Problem.io(Location.of(arg.toString()), arg, e));
          continue;
        }
        found.stream().sorted(java.util.Comparator.comparing(Input::path)).forEach(files::add);
        if (files.size() == before) {
          missing.add(Problem.error(Location.of(arg.toString()), "folder.no_reports"));
        }
      } else if (Files.isRegularFile(arg)) {
        files.add(new Input(arg, arg.toString()));
      } else if (Files.exists(arg, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        missing.add(Problem.error(Location.of(arg.toString()), "file.broken_link"));
      } else {
        missing.add(missingPath(arg));
      }
    }
    return new Expanded(files, missing);
  }

  /**
   * Every report under {@code folder}, following symbolic links; a link that leads back into a
   * folder being walked is skipped with a warning rather than walked forever.
   */
  private static void walk(Path folder, List<Input> found, List<Problem> problems) throws IOException {
    Files.walkFileTree(
        folder,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path p, BasicFileAttributes a) {
            if (a.isRegularFile() && isTable(p) && !p.getFileName().toString().startsWith("~$")) {
              found.add(new Input(p, p.toString(), new Stamp(a.size(), a.lastModifiedTime())));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path p, IOException e) {
            if (e instanceof FileSystemLoopException) {
              problems.add(Problem.warning(Location.of(p.toString()), "folder.loop"));
            } else if (!Files.exists(p)) {
              // a dangling link inside the folder: nothing to read, and not a report anyone sent
              if (isTable(p)) {
                problems.add(Problem.error(Location.of(p.toString()), "file.broken_link"));
              }
            } else {
              problems.add(Problem.io(Location.of(p.toString()), p, e));
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** "No such file or folder", with the closest name in the nearest folder that exists. */
  private static Problem missingPath(Path arg) {
    Path abs = arg.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    Path name = abs.getFileName();
    while (parent != null && !Files.isDirectory(parent)) {
      name = parent.getFileName();
      parent = parent.getParent();
    }
    if (parent != null && name != null) {
      List<String> siblings = new ArrayList<>();
      try (Stream<Path> list = Files.list(parent)) {
        list.limit(10_000).forEach(p -> siblings.add(p.getFileName().toString()));
      } catch (IOException | RuntimeException e) {
        // no suggestion then
      }
      String close = DidYouMean.suggest(name.toString(), siblings);
      if (close != null) {
        Path suggested = parent.resolve(close);
        String shown = arg.isAbsolute() ? suggested.toString() : relativeToHere(suggested);
        return Problem.error(Location.of(arg.toString()), "file.missing.suggest", shown);
      }
    }
    return Problem.error(Location.of(arg.toString()), "file.missing");
  }

  private static String relativeToHere(Path p) {
    try {
      return Path.of("").toAbsolutePath().relativize(p).toString();
    } catch (IllegalArgumentException e) {
      return p.toString();
    }
  }

  static boolean isTable(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return TABLES.stream().anyMatch(name::endsWith);
  }
}
