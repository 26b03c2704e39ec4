package vn.egov.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The run record {@code manifest.json}: which tool version read which files (SHA-256 of the
 * criteria set, every self-report, the units registry, last year's results), with which options,
 * and the SHA-256 of every output it wrote — so that a published ranking can be audited later
 * ({@code egov verify DIR}). No clock time: the only date is the one given by {@code --date} or
 * SOURCE_DATE_EPOCH, so a rerun on the same files writes the same bytes.
 *
 * @param inputs input files in the order read: criteria first, then reports, units, previous
 * @param outputs output files, paths relative to the output folder with {@code /}, sorted
 * @param complete {@code false} for the record written while a run replaces the folder's files:
 *     it lists the files of both runs (so the next run can remove them) and {@code verify}
 *     rejects it until a run completes; a manifest without {@code state} (older versions) counts
 *     as complete
 */
public record Manifest(
    String toolVersion, Options options, List<FileHash> inputs, List<FileHash> outputs, boolean complete) {
  public static final String FILE_NAME = "manifest.json";
  public static final String SCHEMA = "egov-manifest/1";

  public Manifest {
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(options, "options");
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  public Manifest(String toolVersion, Options options, List<FileHash> inputs, List<FileHash> outputs) {
    this(toolVersion, options, inputs, outputs, true);
  }

  /** The same record, marked as written while the run replaces files, listing {@code outputs}. */
  public Manifest interrupted(List<FileHash> outputs) {
    return new Manifest(toolVersion, options, inputs, outputs, false);
  }

  /** The options of the run that change what it computes or writes. */
  public record Options(List<String> formats, boolean strict, String decimal, String lang, LocalDate date) {
    public Options {
      formats = List.copyOf(formats);
    }
  }

  /**
   * A file and its SHA-256 (lower-case hex).
   *
   * @param role {@code criteria}, {@code report}, {@code units} or {@code previous} for inputs;
   *     {@code output} for outputs
   * @param path inputs: as given on the command line (relative to where egov ran); outputs:
   *     relative to the output folder
   */
  public record FileHash(String role, String path, long bytes, String sha256) {
    public FileHash {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sha256, "sha256");
    }

    /** Hashes a file now. */
    public static FileHash of(String role, String shown, Path file) throws IOException {
      return new FileHash(role, shown, Files.size(file), Manifest.sha256(file));
    }
  }

  /** The hash of every output in {@code written}, each named relative to {@code dir}. */
  public static List<FileHash> outputs(Path dir, List<Path> written) throws IOException {
    Path base = dir.toAbsolutePath().normalize();
    List<FileHash> out = new ArrayList<>();
    for (Path p : written) {
      Path abs = p.toAbsolutePath().normalize();
      String rel = base.relativize(abs).toString().replace('\\', '/');
      if (out.stream().noneMatch(h -> h.path().equals(rel))) {
        String known = AtomicFiles.sha256Written(abs); // hashed as it was written
        out.add(known != null ? new FileHash("output", rel, Files.size(abs), known) : FileHash.of("output", rel, abs));
      }
    }
    out.sort(Comparator.comparing(FileHash::path));
    return out;
  }

  /** Lower-case hex SHA-256 of a file's bytes, streamed. */
  public static String sha256(Path file) throws IOException {
    MessageDigest d;
    try {
      d = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        d.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(d.digest());
  }

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** Writes {@code DIR/manifest.json} atomically; the path written. */
  public Path write(Path dir) throws IOException {
    return AtomicFiles.write(
        dir.resolve(FILE_NAME),
        out -> {
          try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("state", complete ? "complete" : "interrupted");
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "egov");
            g.writeStringField("version", toolVersion);
            g.writeEndObject();
            g.writeObjectFieldStart("options");
            g.writeArrayFieldStart("formats");
            for (String f : options.formats()) {
              g.writeString(f);
            }
            g.writeEndArray();
            g.writeBooleanField("strict", options.strict());
            g.writeStringField("decimal", options.decimal());
            g.writeStringField("lang", options.lang());
            if (options.date() != null) {
              g.writeStringField("date", options.date().toString());
            } else {
              g.writeNullField("date");
            }
            g.writeEndObject();
            files(g, "inputs", inputs);
            files(g, "outputs", outputs);
            g.writeEndObject();
            g.writeRaw('\n');
          }
        });
  }

  private static void files(JsonGenerator g, String name, List<FileHash> files) throws IOException {
    g.writeArrayFieldStart(name);
    for (FileHash f : files) {
      g.writeStartObject();
      if (!f.role().equals("output")) {
        g.writeStringField("role", f.role());
      }
      g.writeStringField("path", f.path());
      g.writeNumberField("bytes", f.bytes());
      g.writeStringField("sha256", f.sha256());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A manifest that cannot be used: not there, not JSON, or not of this schema. */
  public static final class Unreadable extends Exception {
    private final boolean missing;

    Unreadable(String message, boolean missing) {
      super(message);
      this.missing = missing;
    }

    /** Whether there is no manifest at all (rather than a damaged one). */
    public boolean missing() {
      return missing;
    }
  }

  /** Reads {@code DIR/manifest.json}. */
  public static Manifest read(Path dir) throws Unreadable {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new Unreadable(file.toString(), true);
    }
    try {
      if (Files.size(file) > vn.egov.security.Limits.MAX_FILE_BYTES) {
        throw new Unreadable("larger than " + (vn.egov.security.Limits.MAX_FILE_BYTES >> 20) + " MB", false);
      }
      JsonNode root = new ObjectMapper().readTree(file.toFile());
      if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
        throw new Unreadable("not an " + SCHEMA + " file", false);
      }
      JsonNode o = root.path("options");
      List<String> formats = new ArrayList<>();
      o.path("formats").forEach(f -> formats.add(f.asText()));
      String date = o.path("date").isTextual() ? o.path("date").asText() : null;
      Options options =
          new Options(
              formats,
              o.path("strict").asBoolean(),
              o.path("decimal").asText(),
              o.path("lang").asText(),
              date == null ? null : LocalDate.parse(date));
      return new Manifest(
          root.path("tool").path("version").asText(),
          options,
          files(root.path("inputs"), null),
          files(root.path("outputs"), "output"),
          !root.has("state") || "complete".equals(root.path("state").asText()));
    } catch (IOException | RuntimeException e) {
      throw new Unreadable(String.valueOf(e.getMessage()).lines().findFirst().orElse(""), false);
    }
  }

  private static List<FileHash> files(JsonNode array, String role) throws Unreadable {
    if (!array.isArray()) {
      throw new Unreadable("no list of files", false);
    }
    List<FileHash> out = new ArrayList<>();
    for (JsonNode f : array) {
      String sha = f.path("sha256").asText();
      if (!f.path("path").isTextual() || !sha.matches("[0-9a-f]{64}")) {
        throw new Unreadable("a file without path or SHA-256", false);
      }
      out.add(new FileHash(role != null ? role : f.path("role").asText(), f.path("path").asText(), f.path("bytes").asLong(), sha));
    }
    return out;
  }

  /**
   * One file that does not match: {@code found} is its SHA-256 now, or {@code null} when it is
   * missing (an output) or outside the output folder.
   */
  public record Mismatch(FileHash expected, Path file, String found, boolean outside) {}

  /**
   * What {@code egov verify} finds.
   *
   * @param skipped inputs whose recorded paths no longer exist (moved or archived), not checked
   */
  public record Verified(
      List<Mismatch> mismatches, List<String> unlisted, int outputsChecked, int inputsChecked, int skipped) {}

  /**
   * Re-hashes every output (relative to {@code dir}; a path leading outside it is a mismatch, so
   * a forged manifest cannot make verify read other files) and every input whose path still
   * exists (relative to the current folder, as {@code assess} was given them), and lists the
   * files under egov's output names ({@code ours}, relative paths with {@code /}) that the
   * manifest does not list: files of another run, or put there by hand.
   */
  public Verified verify(Path dir, java.util.function.Predicate<String> ours) throws IOException {
    Path base = dir.toAbsolutePath().normalize();
    List<Mismatch> bad = new ArrayList<>();
    for (FileHash h : outputs) {
      Path f = pathOrNull(base, h.path());
      if (f == null || !f.startsWith(base) || f.equals(base) || f.getFileName().toString().equals(FILE_NAME)) {
        bad.add(new Mismatch(h, f != null ? f : base, null, true));
      } else if (!Files.isRegularFile(f)) {
        bad.add(new Mismatch(h, dir.resolve(h.path()), null, false));
      } else {
        String now = sha256(f);
        if (!now.equals(h.sha256())) {
          bad.add(new Mismatch(h, dir.resolve(h.path()), now, false));
        }
      }
    }
    int checked = 0;
    int skipped = 0;
    for (FileHash h : inputs) {
      Path f = pathOrNull(null, h.path());
      if (f == null || !Files.isRegularFile(f)) {
        skipped++;
        continue;
      }
      checked++;
      String now = sha256(f);
      if (!now.equals(h.sha256())) {
        bad.add(new Mismatch(h, f, now, false));
      }
    }
    java.util.Set<String> listed = new java.util.HashSet<>();
    outputs.forEach(h -> listed.add(h.path()));
    List<String> unlisted = new ArrayList<>();
    for (String rel : OutputFolder.filesUnder(base, ours)) {
      if (!listed.contains(rel)) {
        unlisted.add(rel);
      }
    }
    return new Verified(bad, unlisted, outputs.size(), checked, skipped);
  }

  /** The path, resolved against {@code base} when given; {@code null} if it is no valid path. */
  private static Path pathOrNull(Path base, String path) {
    try {
      return base == null ? Path.of(path) : base.resolve(path).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }
}
