package vn.egov.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the previous version or the complete new one: into a
 * temporary file in the same folder, then an atomic move over the target.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes a file's bytes. */
  @FunctionalInterface
  public interface Body {
    void write(OutputStream out) throws IOException;
  }

  /** What was written to a file: its SHA-256, size and modification time just after. */
  private record Written(String sha256, long size, java.nio.file.attribute.FileTime modified) {}

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private static final java.util.Map<Path, Written> HASHES = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The lower-case hex SHA-256 of what this run wrote to the file, computed while writing, or
   * {@code null} when it did not write it or the file has changed since (size or time): saves
   * reading a national run's outputs again for manifest.json.
   */
  static String sha256Written(Path file) throws IOException {
    Written w = HASHES.get(file.toAbsolutePath().normalize());
    if (w == null || Files.size(file) != w.size() || !Files.getLastModifiedTime(file).equals(w.modified())) {
      return null;
    }
    return w.sha256();
  }

  private static java.security.MessageDigest sha256() {
    try {
      return java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public static Path write(Path target, Body body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = null;
    try {
      java.security.MessageDigest sha = sha256();
      OutputStream file;
      while (true) {
        // a new name of our own rather than createTempFile, whose files are private to the user
        // (rw-------): an output gets the permissions any new file of the user gets (their umask),
        // so colleagues sharing the folder can open the scorecards
        tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
          file = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
          break;
        } catch (java.nio.file.FileAlreadyExistsException taken) {
          // that name is in use: draw another
        }
      }
      // written to the disk in large blocks: a national run's results.json is hundreds of MB
      try (OutputStream out = new java.security.DigestOutputStream(new java.io.BufferedOutputStream(file, 1 << 20), sha)) {
        body.write(out);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      HASHES.put(
          target.toAbsolutePath().normalize(),
          new Written(java.util.HexFormat.of().formatHex(sha.digest()), Files.size(target), Files.getLastModifiedTime(target)));
      return target;
    } finally {
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
