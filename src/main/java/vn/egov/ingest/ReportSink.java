package vn.egov.ingest;

import vn.egov.model.Sighting;
import vn.egov.model.Problem;

/** Where readers put what they find. */
public interface ReportSink {
  /** A unit appears in a file (a row of a wide table, a row of a long table). */
  void unit(String unitId, Sighting seen);

  void value(Observation o);

  void problem(Problem p);
}
