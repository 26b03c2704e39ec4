package vn.egov.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder a run publishes into, so that it holds one run's outputs and a failed or killed run
 * never leaves a mix that {@code egov verify} passes:
 *
 * <ol>
 *   <li>{@link #check} before anything is read or written: the folder is a folder, writable, not
 *       an input folder nor inside one, holds no symbolic link where outputs go, and no input of
 *       the run is a file it would replace;
 *   <li>{@link #open}: one run at a time (a lock file), leftovers of killed runs removed;
 *   <li>the formats write into {@link #staging()}, a hidden folder inside it — if that fails (a
 *       full disk, an internal error), the staging folder is removed and nothing else changed;
 *   <li>{@link #publish}: the manifest is replaced by one marked {@code interrupted} that lists
 *       both runs' files, the staged files are moved into place (renames within one file
 *       system), the files of the earlier run this run did not write are removed, and the
 *       complete manifest is written last with the hashes of the bytes as they were written.
 * </ol>
 *
 * <p>Killed at any moment, the folder holds the old set (killed while staging), the new set
 * (killed after the manifest), or a manifest marked {@code interrupted}, which verify rejects
 * and the next run cleans up.
 */
public final class OutputFolder implements AutoCloseable {
  /** The lock file: there while a run writes into the folder, removed when it ends. */
  public static final String LOCK = ".egov.lock";

  private static final String STAGING = ".egov-staging-";

  /** Temporary files of {@link AtomicFiles}: {@code .NAME.RANDOM.tmp}. */
  private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-z]{1,13}\\.tmp");

  /**
   * Why a run does not write into the folder: a usage conflict (exit 2) or a reason the folder
   * cannot be written (exit 3). The message is a key of the message bundle and its arguments.
   */
  public static final class Refused extends Exception {
    private final String key;
    private final transient Object[] args;
    private final boolean usage;

    Refused(boolean usage, String key, Object... args) {
      super(key, null, false, false);
      this.usage = usage;
      this.key = key;
      this.args = args.clone();
    }

    public String key() {
      return key;
    }

    public Object[] args() {
      return args.clone();
    }

    /** Whether it is the way egov was called (exit 2) rather than the file system (exit 3). */
    public boolean usage() {
      return usage;
    }
  }

  private final Path dir;
  private final boolean dirExisted;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private Path staging;
  private boolean published;

  private OutputFolder(Path dir, boolean dirExisted, FileChannel channel, FileLock lock) {
    this.dir = dir;
    this.dirExisted = dirExisted;
    this.lockChannel = channel;
    this.lock = lock;
  }

  /**
   * Decides, before the run reads or writes anything, whether it may write into {@code dir}.
   *
   * @param inputs the INPUT arguments (files or folders)
   * @param readOnly every other file the run reads, the criteria set first (then units registry,
   *     last year's results): none may be a file the run would replace or remove
   * @param ours which paths relative to the folder are egov's outputs
   */
  public static void check(Path dir, List<Path> inputs, List<Path> readOnly, Predicate<String> ours) throws Refused {
    Path abs = dir.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      throw new Refused(false, "output.missing_root", dir);
    }
    Path real;
    try {
      real = existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    } catch (IOException e) {
      throw new Refused(false, "output.unwritable", dir, Why.of(e));
    }
    // the way egov was called first: an output on an input, or among inputs, is a usage error
    List<Path> all = new ArrayList<>(inputs);
    all.add(readOnly.isEmpty() ? null : readOnly.get(0));
    for (Path in : all) {
      Path r = in == null ? null : realOrNull(in);
      if (r != null && (real.equals(r) || (Files.isDirectory(r) && real.startsWith(r)))) {
        throw new Refused(true, "assess.output.input", dir, in);
      }
    }
    if (!Files.isDirectory(existing)) {
      throw new Refused(false, "output.not_folder", dir, existing);
    }
    if (!Files.isWritable(existing)) {
      throw new Refused(false, "output.read_only", dir, existing);
    }
    Set<String> replaced = new HashSet<>();
    if (Files.isDirectory(real)) {
      Manifest old = readQuietly(real);
      if (old != null) {
        old.outputs().forEach(h -> replaced.add(h.path()));
      }
    }
    List<Path> read = new ArrayList<>(inputs);
    read.addAll(readOnly);
    for (Path in : read) {
      Path r = realOrNull(in);
      if (r != null && Files.isRegularFile(r) && r.startsWith(real)) {
        String rel = relative(real, r);
        if (ours.test(rel) || replaced.contains(rel) || rel.equals(Manifest.FILE_NAME)) {
          throw new Refused(true, "output.would_replace", in, dir);
        }
      }
    }
    if (Files.isDirectory(real)) {
      try (Stream<Path> list = Files.list(real)) {
        for (Path p : (Iterable<Path>) list::iterator) {
          if (Files.isSymbolicLink(p) && Files.isDirectory(p) && ours.test(p.getFileName() + "/x")) {
            throw new Refused(false, "output.symlink", p);
          }
        }
      } catch (IOException e) {
        throw new Refused(false, "output.unwritable", dir, Why.of(e));
      }
    }
  }

  private static Path realOrNull(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String relative(Path base, Path file) {
    return base.relativize(file).toString().replace('\\', '/');
  }

  /**
   * Creates the folder if needed, takes its lock (or refuses when another run holds it) and
   * removes what killed runs left: temporary files and staging folders.
   */
  public static OutputFolder open(Path dir) throws Refused {
    Path abs = dir.toAbsolutePath().normalize();
    boolean existed = Files.isDirectory(abs);
    FileChannel channel = null;
    try {
      Files.createDirectories(abs);
      Path lockFile = abs.resolve(LOCK);
      for (int attempt = 0; ; attempt++) {
        if (Files.isSymbolicLink(lockFile)) {
          throw new Refused(false, "output.symlink", lockFile);
        }
        channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
          l = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          l = null; // held by this very process (tests run egov in-process)
        }
        if (l == null) {
          channel.close();
          throw new Refused(false, "output.locked", dir);
        }
        // the run that held the lock deletes the file before releasing it: if this one locked a
        // file that is no longer at the path, another run may hold the new one — so the lock
        // counts only when the path still holds this run's token
        String token = Long.toUnsignedString(new java.security.SecureRandom().nextLong(), 36) + "\n";
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        String there;
        try {
          there = Files.readString(lockFile, java.nio.charset.StandardCharsets.US_ASCII);
        } catch (IOException gone) {
          there = "";
        }
        if (there.equals(token)) {
          OutputFolder folder = new OutputFolder(abs, existed, channel, l);
          folder.removeLeftovers();
          return folder;
        }
        l.release();
        channel.close();
        if (attempt >= 2) {
          throw new Refused(false, "output.locked", dir);
        }
      }
    } catch (IOException e) {
      closeQuietly(channel);
      throw new Refused(false, "output.unwritable", dir, Why.of(e));
    }
  }

  private static void closeQuietly(FileChannel c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException e) {
        // nothing more to do
      }
    }
  }

  /** The folder, absolute. */
  public Path path() {
    return dir;
  }

  /** The hidden folder the formats write into; created on first use. */
  public Path staging() throws IOException {
    if (staging == null) {
      String name = STAGING + Long.toUnsignedString(new java.security.SecureRandom().nextLong(), 36);
      staging = Files.createDirectory(dir.resolve(name));
    }
    return staging;
  }

  /**
   * What publishing did.
   *
   * @param files the outputs now in the folder, manifest.json last
   * @param removed files of the earlier run that this run did not write, now removed
   * @param foreign files under egov's output names that no egov run listed: left in place
   */
  public record Published(List<Path> files, List<String> removed, List<String> foreign) {}

  /**
   * Moves the staged outputs into the folder and writes the manifest.
   *
   * @param staged files written under {@link #staging()}
   * @param record the run record; its outputs are replaced by the staged files' hashes
   */
  public Published publish(List<Path> staged, Manifest record, Predicate<String> ours) throws IOException {
    List<Manifest.FileHash> outputs = Manifest.outputs(staging(), staged);
    Set<String> fresh = new HashSet<>();
    outputs.forEach(h -> fresh.add(h.path()));
    Manifest old = readQuietly(dir);
    Set<String> earlier = new HashSet<>();
    List<Manifest.FileHash> stale = new ArrayList<>();
    if (old != null) {
      for (Manifest.FileHash h : old.outputs()) {
        earlier.add(h.path());
        Path p = inside(h.path());
        if (!fresh.contains(h.path()) && p != null) {
          stale.add(h);
        }
      }
    }
    List<String> foreign = new ArrayList<>();
    for (String rel : filesUnder(dir, ours)) {
      if (!earlier.contains(rel) && !fresh.contains(rel)) {
        foreign.add(rel);
      }
    }
    for (Path st : staged) {
      Path target = dir.resolve(relative(staging, st.toAbsolutePath().normalize())).normalize();
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new java.nio.file.FileAlreadyExistsException(target.toString(), null, "a folder is in the way of the output");
      }
      if (Files.isSymbolicLink(target.getParent())) {
        throw new IOException(target.getParent() + ": a symbolic link; egov does not write through links");
      }
    }
    // from here until the complete manifest, verify rejects the folder as interrupted
    List<Manifest.FileHash> both = new ArrayList<>(outputs);
    both.addAll(stale);
    record.interrupted(both).write(dir);
    List<Path> files = new ArrayList<>();
    for (Path s : staged) {
      String rel = relative(staging, s.toAbsolutePath().normalize());
      Path target = dir.resolve(rel).normalize();
      Path parent = target.getParent();
      if (!parent.equals(dir)) {
        if (Files.isSymbolicLink(parent)) {
          throw new IOException(parent + ": a symbolic link; egov does not write through links");
        }
        Files.createDirectories(parent);
      }
      try {
        Files.move(s, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(s, target, StandardCopyOption.REPLACE_EXISTING);
      }
      files.add(target);
    }
    List<String> removed = new ArrayList<>();
    Set<Path> emptied = new HashSet<>();
    for (Manifest.FileHash h : stale) {
      Path p = inside(h.path());
      if (Files.deleteIfExists(p)) {
        removed.add(h.path());
        if (!p.getParent().equals(dir)) {
          emptied.add(p.getParent());
        }
      }
    }
    for (Path folder : emptied) {
      try {
        Files.deleteIfExists(folder); // the scorecards folder, once the last scorecard is gone
      } catch (java.nio.file.DirectoryNotEmptyException e) {
        // still holds files: kept
      }
    }
    Manifest complete = new Manifest(record.toolVersion(), record.options(), record.inputs(), outputs, true);
    files.add(complete.write(dir));
    deleteTree(staging);
    staging = null;
    published = true;
    return new Published(files, removed, foreign);
  }

  /** {@code rel} inside the folder, or {@code null} for a path leading elsewhere or to our own files. */
  private Path inside(String rel) {
    try {
      Path p = dir.resolve(rel).normalize();
      String name = p.getFileName() == null ? "" : p.getFileName().toString();
      if (!p.startsWith(dir) || p.equals(dir) || name.equals(Manifest.FILE_NAME) || name.equals(LOCK)) {
        return null;
      }
      return p;
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  /**
   * Files directly in {@code base} or one folder down (not following links) whose path relative to
   * it, with {@code /}, is one of egov's output names; sorted.
   */
  public static List<String> filesUnder(Path base, Predicate<String> ours) throws IOException {
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(base)) {
      return out;
    }
    try (Stream<Path> walk = Files.walk(base, 2)) {
      walk.filter(p -> !p.equals(base))
          .filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> relative(base, p))
          .filter(ours)
          .sorted()
          .forEach(out::add);
    }
    return out;
  }

  private void removeLeftovers() throws IOException {
    for (Path folder : List.of(dir, dir.resolve("scorecards"))) {
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      List<Path> found = new ArrayList<>();
      try (Stream<Path> list = Files.list(folder)) {
        list.forEach(found::add);
      }
      for (Path p : found) {
        String name = p.getFileName().toString();
        if (name.startsWith(STAGING) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          deleteTree(p);
        } else if (TEMPORARY.matcher(name).matches() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (root == null || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
            Files.deleteIfExists(f);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.deleteIfExists(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** The folder's manifest, or {@code null} when it has none that can be read. */
  static Manifest readQuietly(Path dir) {
    try {
      return Manifest.read(dir);
    } catch (Manifest.Unreadable e) {
      return null;
    }
  }

  /**
   * Removes the staging folder if the run did not publish, and releases the lock. A folder this
   * run created and did not publish into is removed again, so a failed run leaves no trace.
   */
  @Override
  public void close() throws IOException {
    try {
      deleteTree(staging);
    } finally {
      // removed while still held, so that no other run can lock it in between
      Files.deleteIfExists(dir.resolve(LOCK));
      try {
        lock.release();
      } finally {
        lockChannel.close();
      }
      if (!published && !dirExisted) {
        try (Stream<Path> list = Files.list(dir)) {
          if (list.findAny().isEmpty()) {
            Files.deleteIfExists(dir);
          }
        } catch (IOException e) {
          // left as it is
        }
      }
    }
  }
}
