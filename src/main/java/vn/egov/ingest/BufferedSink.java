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
  /** Sightings ({@link Seen}), observations and problems, as they came. */
  private final List<Object> events = new ArrayList<>();

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
    for (int i = 0, n = events.size(); i < n; i++) { // no iterator: one event per row of a large file
      Object e = events.get(i);
      if (e instanceof Seen seen) {
        if (seen.sameAs((Seen) last[0])) {
          continue;
        }
        last[0] = seen;
      }
      hand(e, into);
    }
  }

  @Override
  public void value(Observation o) {
    events.add(o); // itself, not a lambda holding it: one per value of a national file
  }

  @Override
  public void problem(Problem p) {
    events.add(p);
  }

  void replay(ReportSink into) {
    for (int i = 0, n = events.size(); i < n; i++) {
      hand(events.get(i), into);
    }
  }

  private static void hand(Object e, ReportSink into) {
    if (e instanceof Observation o) {
      into.value(o);
    } else if (e instanceof Problem p) {
      into.problem(p);
    } else {
      ((Seen) e).accept(into);
    }
  }
}
