package vn.egov.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The registry of output formats: a new format is one class and one line here. */
public final class OutputFormats {
  private static final Map<String, OutputFormat> FORMATS = new LinkedHashMap<>();

  static {
    register(new JsonResults());
    register(new RankingCsv());
  }

  private OutputFormats() {}

  private static void register(OutputFormat f) {
    FORMATS.put(f.name(), f);
  }

  public static Optional<OutputFormat> get(String name) {
    return Optional.ofNullable(FORMATS.get(name));
  }

  /** Every format this version writes, in the order of the default {@code --formats}. */
  public static Set<String> names() {
    return FORMATS.keySet();
  }

  /** The formats written when {@code --formats} is not given. */
  public static List<String> defaults() {
    return List.copyOf(FORMATS.keySet());
  }
}
