package vn.egov.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.egov.model.Sighting;
import vn.egov.model.Problem;

/**
 * Holds what one file's reader found, so that files can be read in parallel and then merged in a
 * fixed order: the results never depend on which thread finished first.
 */
final class BufferedSink implements ReportSink {
  private final List<Consumer<ReportSink>> events = new ArrayList<>();

  @Override
  public void unit(String unitId, Sighting seen) {
    events.add(new Seen(unitId, seen));
  }

  /** A unit sighting, kept as data so that {@link #replayAfter} can compare it. */
  private record Seen(String unitId, Sighting seen) implements Consumer<ReportSink> {
    @Override
    public void accept(ReportSink s) {
      s.unit(unitId, seen);
    }

    boolean sameAs(Seen other) {
      return other != null
          && unitId.equals(other.unitId)
          && java.util.Objects.equals(seen.name(), other.seen.name())
          && java.util.Objects.equals(seen.group(), other.seen.group());
    }
  }

  /**
   * Replays after another part of the same table: a sighting that repeats the last one handed on
   * (same unit id, name and group) is left out, as reading the table in one piece leaves it out.
   *
   * @param last the last sighting handed on, updated; a one-element holder, initially empty
   */
  void replayAfter(ReportSink into, Object[] last) {
    for (Consumer<ReportSink> e : events) {
      if (e instanceof Seen seen) {
        if (seen.sameAs((Seen) last[0])) {
          continue;
        }
        last[0] = seen;
      }
      e.accept(into);
    }
  }

  @Override
  public void value(Observation o) {
    events.add(s -> s.value(o));
  }

  @Override
  public void problem(Problem p) {
    events.add(s -> s.problem(p));
  }

  void replay(ReportSink into) {
    events.forEach(e -> e.accept(into));
  }
}
