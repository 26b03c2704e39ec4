package vn.egov.cli;

/** The exit codes of SPEC §4. */
public enum ExitCode {
  /** Everything went well (warnings may have been printed). */
  OK(0),
  /** Some input data is invalid; everything valid was still processed and written. */
  INVALID_DATA(1),
  /** Wrong usage, or an invalid criteria set. */
  USAGE(2),
  /** A file could not be read or written. */
  IO(3),
  /** A bug: the message says to rerun with --debug. */
  INTERNAL(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The more serious of two outcomes (I/O over invalid data over success). */
  ExitCode worst(ExitCode other) {
    return other.severity() > severity() ? other : this;
  }

  private int severity() {
    return switch (this) {
      case OK -> 0;
      case INVALID_DATA -> 1;
      case IO -> 2;
      case USAGE -> 3;
      case INTERNAL -> 4;
    };
  }
}
