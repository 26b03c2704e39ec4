package vn.egov.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.egov.text.DidYouMean;

/**
 * The output formats of one command, in the order they are listed, with those written when {@code
 * --formats} is not given: a new format is one class (or one {@link OutputFormat#of}) and one
 * line where the command's formats are listed.
 *
 * @param <S> what the command's formats are written from
 */
public final class Formats<S> {
  private final Map<String, OutputFormat<S>> all = new LinkedHashMap<>();
  private final List<String> defaults = new ArrayList<>();

  /** Every format given is written by default. */
  @SafeVarargs
  public static <S> Formats<S> of(OutputFormat<S>... formats) {
    Formats<S> out = new Formats<>();
    for (OutputFormat<S> f : formats) {
      out.add(f, true);
    }
    return out;
  }

  /** Adds a format; {@code byDefault}: written when {@code --formats} is not given. */
  public Formats<S> add(OutputFormat<S> f, boolean byDefault) {
    all.put(f.name(), f);
    if (byDefault) {
      defaults.add(f.name());
    }
    return this;
  }

  public Optional<OutputFormat<S>> get(String name) {
    return Optional.ofNullable(all.get(name));
  }

  /** Every format of the command, in order. */
  public Set<String> names() {
    return all.keySet();
  }

  /** The formats written when {@code --formats} is not given. */
  public List<String> defaults() {
    return List.copyOf(defaults);
  }

  /** The formats written when {@code --formats} is not given, in order. */
  public List<OutputFormat<S>> byDefault() {
    return defaults.stream().map(all::get).toList();
  }

  /** A word of {@code --formats} that names no format of the command. */
  public static final class Unknown extends Exception {
    private final String name;
    private final String known;
    private final String suggestion;

    Unknown(String name, String known, String suggestion) {
      super(name, null, false, false);
      this.name = name;
      this.known = known;
      this.suggestion = suggestion;
    }

    /** The word as given (trimmed, lower case). */
    public String name() {
      return name;
    }

    /** The command's formats, comma-separated. */
    public String known() {
      return known;
    }

    /** The closest format's name, or {@code null}. */
    public String suggestion() {
      return suggestion;
    }
  }

  /**
   * The formats named by {@code --formats} (or the defaults when {@code words} is {@code null}),
   * each once, in the order given; words are trimmed and case does not matter, empty ones are
   * skipped.
   */
  public List<OutputFormat<S>> choose(List<String> words) throws Unknown {
    List<OutputFormat<S>> out = new ArrayList<>();
    for (String w : words == null ? defaults : words) {
      String name = w.strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      OutputFormat<S> f = all.get(name);
      if (f == null) {
        throw new Unknown(name, String.join(", ", all.keySet()), DidYouMean.suggest(name, List.copyOf(all.keySet())));
      }
      if (!out.contains(f)) {
        out.add(f);
      }
    }
    return out;
  }

  /** Writes the chosen formats in turn; the files written. */
  public static <S> List<Path> write(S subject, OutputContext context, List<OutputFormat<S>> chosen) throws IOException {
    List<Path> out = new ArrayList<>();
    for (OutputFormat<S> f : chosen) {
      out.addAll(f.write(subject, context));
    }
    return out;
  }
}
