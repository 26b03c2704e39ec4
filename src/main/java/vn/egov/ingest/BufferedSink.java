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
    events.add(s -> s.unit(unitId, seen));
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
