package vn.egov.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.egov.model.Results;
import vn.egov.output.OutputContext;
import vn.egov.output.OutputFormat;

/**
 * A format of {@code assess} that writes one file of a fixed name into the output folder.
 *
 * @param name the word of {@code --formats}
 * @param file the file's name in the output folder
 * @param writer writes the file to the target it is given (through {@code output.AtomicFiles} or
 *     {@code OfficeFiles})
 */
record OneFileFormat(String name, String file, Writer writer) implements OutputFormat<Results> {
  /** Writes a format's one file. */
  @FunctionalInterface
  interface Writer {
    void write(Results results, OutputContext context, Path target) throws IOException;
  }

  @Override
  public List<Path> write(Results results, OutputContext context) throws IOException {
    Path target = context.dir().resolve(file);
    writer.write(results, context, target);
    return List.of(target);
  }

  @Override
  public String toString() {
    return name;
  }
}
