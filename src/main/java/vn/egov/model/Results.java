package vn.egov.model;

import java.util.List;

/** The outcome of an assessment: every unit (ranked) and every problem found on the way. */
public record Results(CriteriaSet criteria, List<UnitResult> units, List<Problem> problems) {
  public Results {
    units = List.copyOf(units);
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
