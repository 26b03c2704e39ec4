package vn.egov.assess;

/**
 * Wall time per stage of a run, when the JVM runs with {@code -Degov.timing} (through the
 * launcher: {@code JAVA_OPTS=-Degov.timing ./egov assess …}): one line per stage, handed to the
 * sink the command line sets ({@link #reportTo}; it prints them on stderr). For the benchmark
 * notes in docs/benchmarks.md; silent and free otherwise.
 */
public final class Stopwatch {
  /** Whether timing was asked for. */
  public static final boolean ON = System.getProperty("egov.timing") != null;

  private static java.util.function.Consumer<String> sink = line -> {};

  /** Where the lines go; the command line passes its stderr. */
  public static synchronized void reportTo(java.util.function.Consumer<String> lines) {
    sink = lines;
  }

  /** The JVM's start, on the nanoTime clock: the first lap includes starting Java. */
  private static final long START = ON ? jvmStart() : 0; // the management classes only when asked for

  private static long jvmStart() {
    long sinceStart =
        System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    return System.nanoTime() - sinceStart * 1_000_000L;
  }

  private static long last = START;
  private static long lastGc;
  private static long lastCpu;
  private static long lastJit;

  private Stopwatch() {}

  /** Prints how long the stage that just ended took, its collector time, and the time since the JVM started. */
  public static synchronized void lap(String stage) {
    if (!ON) {
      return;
    }
    long now = System.nanoTime();
    long gc = 0;
    for (java.lang.management.GarbageCollectorMXBean b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      gc += Math.max(0, b.getCollectionTime());
    }
    // CPU of every thread, the compilers' included: how much of the two cores a stage used
    long cpu =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getProcessCpuTime()
            : 0;
    long jit = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    sink.accept(
        String.format(
            java.util.Locale.ROOT,
            "timing: %-28s %7.3f s, of which GC %6.3f s; CPU %6.3f s, compilers %6.3f s (at %7.3f s)",
            stage, (now - last) / 1e9, (gc - lastGc) / 1e3, (cpu - lastCpu) / 1e9, (jit - lastJit) / 1e3,
            (now - START) / 1e9));
    last = now;
    lastGc = gc;
    lastCpu = cpu;
    lastJit = jit;
  }
}
