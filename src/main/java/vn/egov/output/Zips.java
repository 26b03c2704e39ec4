package vn.egov.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes an Office file (a zip: xlsx, docx) reproducible: every entry is rewritten in the same order
 * with the same content and a fixed time, so two runs on the same inputs give byte-identical files,
 * whatever the machine's time zone. The one normaliser of every zip egov writes (outputs,
 * comparisons, templates).
 */
public final class Zips {
  /**
   * 1980-02-01 00:00, set as a local date-time (the zip's DOS fields), as Maven does for
   * reproducible jars. Not epoch millis: {@code setTime(315532800000L)} goes through the default
   * time zone, so the DOS fields would differ between machines; and not 1980-01-01 00:00, which
   * the JDK reads as its "before 1980" marker and then adds a time-zone-dependent extended
   * timestamp field.
   */
  private static final LocalDateTime FIXED = LocalDateTime.of(1980, 2, 1, 0, 0);

  private Zips() {}

  /**
   * Entries are read through the zip's central directory (commons-compress, which POI brings),
   * in their physical order: a streamed workbook (POI's SXSSF) writes local headers without sizes,
   * which {@code java.util.zip.ZipInputStream} refuses.
   */
  public static byte[] normalize(byte[] zip) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
    try (org.apache.commons.compress.archivers.zip.ZipFile in =
            org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(zip))
                .get();
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
      for (org.apache.commons.compress.archivers.zip.ZipArchiveEntry e :
          java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(FIXED);
        out.putNextEntry(copy);
        try (java.io.InputStream data = in.getInputStream(e)) {
          data.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
