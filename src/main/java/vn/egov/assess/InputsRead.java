package vn.egov.assess;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.egov.ingest.InputFiles;
import vn.egov.model.Location;
import vn.egov.model.Problem;
import vn.egov.output.Manifest;

/**
 * The inputs of a run as they were read, for {@code manifest.json}: each file's size and
 * modification time are taken before it is read, and after the run it is hashed only if they are
 * unchanged — so the manifest never records bytes that were not scored, and a file changed or
 * deleted while the run read it stops the run before any output is replaced.
 */
public final class InputsRead {
  private record Known(String role, String shown, Path path, InputFiles.Stamp stamp) {}

  /** The criteria set, units registry and last year's results, stamped before they are read. */
  public static final class Snapshot {
    private final List<Known> before = new ArrayList<>();
    private final List<Problem> changed = new ArrayList<>();

    private Snapshot() {}

    /**
     * The SHA-256 of every input — criteria, the reports found (stamped when found), units,
     * previous — or {@code null} when one changed since it was stamped (see {@link #changed()}).
     */
    public List<Manifest.FileHash> hashIfUnchanged(List<InputFiles.Input> reports) {
      List<Known> all = new ArrayList<>();
      all.add(before.get(0));
      for (InputFiles.Input r : reports) {
        all.add(new Known("report", r.shown(), r.path(), r.found()));
      }
      all.addAll(before.subList(1, before.size()));
      List<Manifest.FileHash> out = new ArrayList<>();
      for (Known k : all) {
        try {
          Manifest.FileHash h = Manifest.FileHash.of(k.role(), k.shown(), k.path());
          if (k.stamp() == null || !k.stamp().equals(InputFiles.Stamp.of(k.path())) || h.bytes() != k.stamp().size()) {
            changed.add(Problem.error(Location.of(k.shown()), "file.changed"));
          } else {
            out.add(h);
          }
        } catch (IOException e) {
          changed.add(Problem.error(Location.of(k.shown()), "file.changed"));
        }
      }
      return changed.isEmpty() ? out : null;
    }

    /** One problem per input that changed or went away while the run read it. */
    public List<Problem> changed() {
      return List.copyOf(changed);
    }
  }

  private InputsRead() {}

  /** Stamps the files other than the reports before the run reads them. */
  public static Snapshot before(Assessment.Request request, Path previousFile) {
    Snapshot s = new Snapshot();
    s.before.add(known("criteria", request.criteriaShown(), request.criteria()));
    if (request.units() != null) {
      s.before.add(known("units", request.units().toString(), request.units()));
    }
    if (previousFile != null) {
      s.before.add(known("previous", previousFile.toString(), previousFile));
    }
    return s;
  }

  private static Known known(String role, String shown, Path path) {
    return new Known(role, shown, path, InputFiles.Stamp.of(path));
  }
}
