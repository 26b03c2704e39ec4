package vn.egov.model;

import vn.egov.text.Message;

import java.util.Objects;

/**
 * One problem found in a user's file: a value, never an exception.
 *
 * @param unit the unit id it concerns, or {@code null}
 * @param input the input id it concerns, or {@code null}
 */
public record Problem(
    Location location, Severity severity, Message message, String unit, String input) {
  public Problem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  public static Problem error(Location where, String key, Object... args) {
    return new Problem(where, Severity.ERROR, Message.of(key, args), null, null);
  }

  public static Problem warning(Location where, String key, Object... args) {
    return new Problem(where, Severity.WARNING, Message.of(key, args), null, null);
  }

  /** A file that cannot be read or written, said plainly (no such file, a folder, no access). */
  public static Problem io(Location where, java.nio.file.Path file, java.io.IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return error(where, "file.missing");
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return error(where, "file.denied");
    }
    if (java.nio.file.Files.isDirectory(file)) {
      return error(where, "file.directory");
    }
    return error(where, "file.unreadable", e.getMessage());
  }

  /** Whether the problem is a file that could not be read at all (exit code 3). */
  public boolean unreadableFile() {
    return java.util.Set.of(
            "file.unreadable",
            "file.missing",
            "file.missing.suggest",
            "file.broken_link",
            "file.denied",
            "file.directory",
            "file.changed",
            "folder.no_reports")
        .contains(message.key());
  }

  public Problem about(String unitId, String inputId) {
    return new Problem(location, severity, message, unitId, inputId);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
