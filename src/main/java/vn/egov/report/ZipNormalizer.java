package vn.egov.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes an Office file (a zip) reproducible: every entry is rewritten in the same order with the
 * same content and a fixed time, so two runs on the same inputs give byte-identical files.
 */
final class ZipNormalizer {
  /**
   * 1980-02-01 00:00, set as a local date-time (the zip's DOS fields), as Maven does for
   * reproducible jars. Not epoch millis: {@code setTime(315532800000L)} goes through the default
   * time zone, so the DOS fields would differ between machines; and not 1980-01-01 00:00, which
   * the JDK reads as its "before 1980" marker and then adds a time-zone-dependent extended
   * timestamp field.
   */
  private static final LocalDateTime FIXED = LocalDateTime.of(1980, 2, 1, 0, 0);

  private ZipNormalizer() {}

  static byte[] normalize(byte[] zip) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(FIXED);
        out.putNextEntry(copy);
        in.transferTo(out);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
