package vn.egov.assess;

/**
 * What a long run has done so far, told as it goes (SPEC §4: files read, units scored). The
 * engine only calls; the command line decides whether and how to show it. Calls may come from
 * several threads.
 */
public interface Progress {
  /** Shows nothing. */
  Progress NONE = new Progress() {};

  /** {@code done} of {@code total} report files read. */
  default void filesRead(int done, int total) {}

  /** {@code units} units scored. */
  default void unitsScored(int units) {}
}
