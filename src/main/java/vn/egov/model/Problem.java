package vn.egov.model;

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

  public Problem about(String unitId, String inputId) {
    return new Problem(location, severity, message, unitId, inputId);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
