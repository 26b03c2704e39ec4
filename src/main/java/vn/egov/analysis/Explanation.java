package vn.egov.analysis;

import java.math.BigDecimal;
import java.util.List;
import vn.egov.scoring.Hint;
import vn.egov.scoring.Hints;
import vn.egov.model.CriterionStatus;

/**
 * How every figure of one unit came about, from the cells it reported to its rank and class. All
 * points, totals, scores, ranks and classes are the engine's ({@link vn.egov.model.UnitResult});
 * the steps in between (values with the numbers substituted, the matched band, the unrounded
 * points) are computed with the engine's own expressions and scoring methods.
 *
 * @param only the criterion asked for, or {@code null} when all are explained
 * @param criteria the explained criteria (all top-level ones, or the one asked for), each with its
 *     sub-criteria
 * @param total final figures; {@code self} the same from self-assessed values
 * @param nextClass {@code null} when there is no higher class (or no classification)
 */
public record Explanation(
    String unitId,
    String unitName,
    String unitGroup,
    String unitGroupName,
    String status,
    String only,
    List<CriterionTrace> criteria,
    List<GroupLine> groups,
    Totals total,
    Totals self,
    Neighbours neighbours,
    NextClass nextClass,
    List<Hint> hints) {
  public Explanation {
    criteria = List.copyOf(criteria);
    groups = List.copyOf(groups);
    hints = List.copyOf(hints);
  }

  /**
   * One criterion for the unit.
   *
   * @param method the method's type word, or {@code sum} / {@code max} for sub-criteria
   * @param groupId the criteria group it belongs to
   * @param depth 0 for top-level criteria
   */
  public record CriterionTrace(
      String id,
      String name,
      String groupId,
      int depth,
      String kind,
      String method,
      BigDecimal max,
      List<InputTrace> inputs,
      Step self,
      Step fin,
      List<CriterionTrace> criteria) {
    public CriterionTrace {
      inputs = List.copyOf(inputs);
      criteria = List.copyOf(criteria);
    }

    /** Whether the appraisal changed anything about this criterion. */
    public boolean appraisalChanged() {
      return !self.sameAs(fin);
    }
  }

  /**
   * One input a criterion reads: the cell as typed and as understood, self-assessed and
   * appraised.
   *
   * @param appraised {@code null} when the Department gave no appraised value
   */
  public record InputTrace(String id, String label, String type, boolean required, CellTrace self, CellTrace appraised) {}

  /**
   * A cell.
   *
   * @param where file and place ({@code FILE:LINE:COLUMN} or {@code FILE:Sheet!A1}), or {@code null}
   *     when the unit's reports have no such cell
   * @param raw the text as typed, {@code ""} when blank
   * @param value the value as understood, in words ({@code null} when blank or unreadable)
   * @param number the number expressions see, or {@code null}
   * @param state {@code value}, {@code blank}, {@code unreadable}, {@code na} or {@code absent}
   */
  public record CellTrace(String where, String raw, String value, BigDecimal number, String state) {}

  /**
   * One variant's computation (self-assessed or final).
   *
   * @param expression the method's value expression as written, or {@code null}
   * @param substituted the expression with the unit's numbers in place of the input ids
   * @param value the value {@code v} (unrounded), or {@code null}
   * @param rule the method's rule for this value in words (the matched band, the formula with the
   *     numbers…)
   * @param unrounded the method's points before rounding, or {@code null}
   * @param points the engine's rounded points ({@code null} when N/A or not applicable)
   * @param note why the value is undefined, or {@code null}
   */
  public record Step(
      CriterionStatus status,
      String expression,
      String substituted,
      BigDecimal value,
      String rule,
      BigDecimal unrounded,
      BigDecimal points,
      String note) {
    boolean sameAs(Step o) {
      return status == o.status
          && java.util.Objects.equals(substituted, o.substituted)
          && java.util.Objects.equals(rule, o.rule)
          && same(points, o.points);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
      return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
  }

  /** A criteria group's points for the unit (the engine's). */
  public record GroupLine(String id, String name, BigDecimal points, BigDecimal max, BigDecimal selfPoints, BigDecimal selfMax) {}

  /**
   * A unit's totals (the engine's).
   *
   * @param rankedUnits how many units of the group are ranked (N in "rank x of N")
   */
  public record Totals(
      BigDecimal points, BigDecimal max, BigDecimal score, Integer rank, int rankedUnits, String classification) {}

  /**
   * The units ranked just above and below, and those sharing the rank.
   *
   * @param figure {@code score} or {@code points}: what ranks compare
   */
  public record Neighbours(String figure, Neighbour above, Neighbour below, List<Neighbour> tied) {
    public Neighbours {
      tied = List.copyOf(tied);
    }
  }

  /**
   * @param gap the other unit's figure minus this unit's (positive above, negative below)
   */
  public record Neighbour(String id, String name, int rank, BigDecimal figure, BigDecimal gap) {}

  /**
   * The next higher class.
   *
   * @param figure {@code score} or {@code points}: what classes compare
   * @param gap how much the figure must rise
   * @param pointsNeeded how many more points reach it (the same as {@code gap} when classes go by
   *     points), at the set's precision
   */
  public record NextClass(String label, BigDecimal min, String figure, BigDecimal gap, BigDecimal pointsNeeded) {}
}
