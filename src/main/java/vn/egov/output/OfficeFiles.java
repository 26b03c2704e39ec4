package vn.egov.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;

/**
 * Workbooks and Word documents written the same way by every command: creator "egov", no clock
 * time in the document properties, the zip rewritten with fixed entry times ({@link Zips}), then
 * moved into place atomically — so a rerun gives the same bytes in every time zone.
 */
public final class OfficeFiles {
  private OfficeFiles() {}

  /**
   * Creator "egov", the title, no last editor; created and modified on {@code date} at 00:00 UTC
   * when given (from {@code --date} or SOURCE_DATE_EPOCH), else none.
   */
  public static void properties(POIXMLProperties.CoreProperties core, String title, LocalDate date) {
    core.setCreator("egov");
    core.setTitle(title);
    core.setLastModifiedByUser(null);
    Optional<Date> when = date == null ? Optional.empty() : Optional.of(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    core.setCreated(when);
    core.setModified(when);
  }

  /** The bytes a document writes to {@code body}, with fixed zip entry times. */
  public static byte[] bytes(AtomicFiles.Body body) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    body.write(raw);
    return Zips.normalize(raw.toByteArray());
  }

  /** Writes a document ({@code wb::write}, {@code doc::write}) to {@code target}, reproducibly and atomically. */
  public static Path write(Path target, AtomicFiles.Body body) throws IOException {
    byte[] normal = bytes(body);
    return AtomicFiles.write(target, out -> out.write(normal));
  }
}
