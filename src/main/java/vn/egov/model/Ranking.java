package vn.egov.model;

import java.util.List;

/**
 * @param tiebreak criteria group or criterion ids compared in order (higher wins) before a tie is
 *     shared
 */
public record Ranking(Figure by, List<String> tiebreak) {
  public Ranking {
    tiebreak = List.copyOf(tiebreak);
  }
}
