package vn.egov.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.egov.model.Results;
import vn.egov.output.OutputContext;
import vn.egov.output.OutputFormat;

/** A format of {@code assess} that writes one file of a fixed name into the output folder. */
abstract class OneFileFormat implements OutputFormat<Results> {
  private final String name;
  private final String file;

  /**
   * @param name the word of {@code --formats}
   * @param file the file's name in the output folder
   */
  OneFileFormat(String name, String file) {
    this.name = name;
    this.file = file;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<Path> write(Results results, OutputContext context) throws IOException {
    Path target = context.dir().resolve(file);
    write(results, context, target);
    return List.of(target);
  }

  /** Writes the file to {@code target} (through {@code output.AtomicFiles} or {@code OfficeFiles}). */
  abstract void write(Results results, OutputContext context, Path target) throws IOException;
}
