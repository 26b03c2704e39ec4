package vn.egov.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Makers of hostile files for the tests, generated into a temporary folder (none committed). */
final class Hostile {
  private Hostile() {}

  /** A criteria set with one unit group {@code a} and one criterion: 1 point per computer, max 10. */
  static final String CRITERIA =
      """
      schema: egov-criteria/1
      id: t
      title: Kiểm thử
      unit_groups:
        - {id: a, name: Khối A}
      groups:
        - id: "1"
          name: Hạ tầng
          criteria:
            - id: "1.1"
              name: Máy tính
              max: 10
              inputs: [{id: pcs, label: Số máy tính, type: integer, min: 0}]
              method: {type: count, value: pcs, each: 1}
      """;

  static final String HEADER = "unit_id,unit_name,unit_group,pcs\n";

  static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static Path write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.write(file, bytes);
  }

  /** A CSV of one line: the header, without newline, then {@code bytes} letters on the same line. */
  static Path singleLine(Path file, long bytes) throws IOException {
    byte[] chunk = new byte[1 << 20];
    java.util.Arrays.fill(chunk, (byte) 'a');
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("unit_id,".getBytes(StandardCharsets.US_ASCII));
      for (long left = bytes; left > 0; left -= chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
    }
    return file;
  }

  /** A zip whose one entry {@code xl/worksheets/sheet1.xml} is {@code mb} MB of zeros, deflated. */
  static byte[] zipOfZeros(int mb) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
      z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < mb; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    return bytes.toByteArray();
  }

  /**
   * The same zip, lying: every header declares its entries inflate to 1,000 bytes, so a check of
   * the declared sizes alone lets it through.
   */
  static byte[] lyingZip(byte[] zip) {
    ByteBuffer b = ByteBuffer.wrap(zip.clone()).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 <= zip.length; i++) {
      int sig = b.getInt(i);
      if (sig == 0x04034b50 && b.getInt(i + 22) > 1000) { // local header: uncompressed size
        b.putInt(i + 22, 1000);
      } else if (sig == 0x02014b50 && b.getInt(i + 24) > 1000) { // central directory
        b.putInt(i + 24, 1000);
      } else if (sig == 0x08074b50 && b.getInt(i + 12) > 1000) { // data descriptor
        b.putInt(i + 12, 1000);
      }
    }
    return b.array();
  }

  /** A zip of one stored entry whose headers name another compression method (12 is bzip2). */
  static byte[] zipWithMethod(int method) throws IOException {
    byte[] data = "<worksheet/>".getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      ZipEntry e = new ZipEntry("xl/worksheets/sheet1.xml");
      e.setMethod(ZipEntry.STORED);
      e.setSize(data.length);
      e.setCompressedSize(data.length);
      CRC32 crc = new CRC32();
      crc.update(data);
      e.setCrc(crc.getValue());
      z.putNextEntry(e);
      z.write(data);
      z.closeEntry();
    }
    ByteBuffer b = ByteBuffer.wrap(bytes.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 30 <= b.capacity(); i++) {
      if (b.getInt(i) == 0x04034b50) {
        b.putShort(i + 8, (short) method);
      } else if (b.getInt(i) == 0x02014b50) {
        b.putShort(i + 10, (short) method);
      }
    }
    return b.array();
  }

  /** A zip of {@code n} tiny entries. */
  static byte[] zipOfEntries(int n) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (int i = 0; i < n; i++) {
        z.putNextEntry(new ZipEntry("e" + i));
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Billion laughs: nine levels of ten aliases each, 10^9 values once expanded. */
  static String billionLaughs() {
    StringBuilder y = new StringBuilder("schema: egov-criteria/1\nid: t\ntitle: t\n");
    y.append("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 9; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      y.append("]\n");
    }
    return y.append("groups: *a8\n").toString();
  }

  /** Collections nested {@code depth} deep. */
  static String deeplyNested(int depth) {
    return "schema: egov-criteria/1\nid: t\ntitle: t\ngroups: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
  }
}
