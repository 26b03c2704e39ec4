package vn.egov.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.egov.model.Results;

/** One output format of {@code assess}. Implementations write through {@link AtomicFiles}. */
public interface OutputFormat {
  /** The word of {@code --formats}. */
  String name();

  /**
   * Writes the format's files into the context's folder.
   *
   * @return the files written
   */
  List<Path> write(Results results, OutputContext context) throws IOException;
}
