package vn.egov.template;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.Criterion;

/** Where the plan's lines are on the data sheet (0-based rows), for formulas to refer to. */
final class Rows {
  private final Map<String, Integer> inputs = new HashMap<>();
  private final Map<Criterion, Integer> criteria = new IdentityHashMap<>();
  private final Map<CriteriaGroup, Integer> groups = new IdentityHashMap<>();
  private int first = -1;
  private int last = -1;

  void line(Plan.Line line, int row) {
    if (first < 0) {
      first = row;
    }
    last = row;
    if (line instanceof Plan.InputLine i) {
      inputs.put(i.input().id(), row);
    } else if (line instanceof Plan.CriterionLine c) {
      criteria.put(c.criterion(), row);
    } else if (line instanceof Plan.GroupLine g) {
      groups.put(g.group(), row);
    }
  }

  /** The row of an input, or {@code null} when the sheet does not ask for it. */
  Integer input(String id) {
    return inputs.get(id);
  }

  /** The row of a criterion (at any depth) the sheet shows. */
  int criterion(Criterion c) {
    Integer r = criteria.get(c);
    if (r == null) {
      throw new IllegalStateException("criterion " + c.id() + " is not on the sheet");
    }
    return r;
  }

  int group(CriteriaGroup g) {
    return groups.get(g);
  }

  /** The first and last row below the header; both -1 for an empty sheet. */
  int first() {
    return first;
  }

  int last() {
    return last;
  }
}
