package vn.egov.ingest;

import vn.egov.model.Location;
import vn.egov.model.Problem;

/** Where readers put what they find. */
public interface ReportSink {
  /** A unit appears in a file (a row of a wide table, a row of a long table). */
  void unit(String unitId, String name, String group, Location where);

  void value(Observation o);

  void problem(Problem p);
}
