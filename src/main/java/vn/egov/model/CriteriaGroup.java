package vn.egov.model;

import java.util.List;

/** A group of criteria ("nhóm tiêu chí"); its points are published as a column. */
public record CriteriaGroup(String id, String name, List<Criterion> criteria) {
  public CriteriaGroup {
    criteria = List.copyOf(criteria);
  }
}
