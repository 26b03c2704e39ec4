package vn.egov.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One output format of a command: its word in {@code --formats} and how it writes its files from
 * the command's subject — {@link vn.egov.model.Results} for {@code assess}, a comparison, a trend
 * or a sensitivity report for the analysis commands. A command's formats are listed in a {@link
 * Formats}.
 *
 * @param <S> what the format is written from
 */
public interface OutputFormat<S> {
  /** The word of {@code --formats}. */
  String name();

  /**
   * Writes the format's files into the context's folder.
   *
   * @return the files written
   */
  List<Path> write(S subject, OutputContext context) throws IOException;

  /** The writing part of a format, for formats made with {@link #of}. */
  @FunctionalInterface
  interface Writes<S> {
    List<Path> write(S subject, OutputContext context) throws IOException;
  }

  /** A format from its name and a writer (for views that write several formats from one class). */
  static <S> OutputFormat<S> of(String name, Writes<S> writer) {
    return new OutputFormat<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Path> write(S subject, OutputContext context) throws IOException {
        return writer.write(subject, context);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
