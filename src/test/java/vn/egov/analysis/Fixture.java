package vn.egov.analysis;

import static vn.egov.testing.Assess.HEAD;

import java.nio.file.Path;
import vn.egov.model.Results;
import vn.egov.testing.Assess;

/**
 * A small criteria set with every scoring method, sub-criteria summed and best-of, N/A and an
 * appraised value, and two units whose figures are computed by hand in {@link ExplainTest}.
 */
final class Fixture {
  private Fixture() {}

  static final String CRITERIA =
      HEAD
          + "unit_groups: [{id: a, name: Khối A}]\n"
          + "scoring: {precision: 2}\n"
          + "classification: {bands: [{min: 80, label: Good}, {min: 0, label: Poor}]}\n"
          + "groups:\n"
          + "  - id: G1\n"
          + "    name: First\n"
          + "    criteria:\n"
          + "      - {id: b, name: Bool, max: 3, inputs: [{id: lan, label: LAN, type: boolean}], method: {type: boolean, input: lan}}\n"
          + "      - {id: ch, name: Choice, max: 4, inputs: [{id: p, label: Portal, type: choice, options: [{value: full, label: Full, points: 4}, {value: part, label: Part, points: 2.5}, {value: none, label: None, points: 0}]}], method: {type: choice, input: p}}\n"
          + "      - {id: r, name: Ratio, max: 10, inputs: [{id: a1, label: With PC, type: integer, min: 0}, {id: t, label: Staff, type: integer, min: 0}], method: {type: bands, value: a1 / t * 100, bands: [{min: 98, points: 10}, {min: 90, points: 8}, {min: 70, points: 4}]}}\n"
          + "      - {id: pr, name: Prop, max: 10, inputs: [{id: pc, label: Percent, type: percent}], method: {type: proportional, value: pc, target: 90, floor: 50}}\n"
          + "      - {id: co, name: Count, max: 5, inputs: [{id: n, label: Signatures, type: integer, min: 0}], method: {type: count, value: n, each: 0.25}}\n"
          + "  - id: G2\n"
          + "    name: Second\n"
          + "    criteria:\n"
          + "      - {id: ma, name: Manual, max: 10, inputs: [{id: sp, label: Security, type: points}], method: {type: manual, input: sp}}\n"
          + "      - {id: fo, name: Formula, max: 10, inputs: [{id: plan, label: Plan, type: boolean}, {id: k, label: Projects, type: integer, min: 0}], method: {type: formula, expr: 'if(plan, 3, 0) + min(k, 3) * 2'}}\n"
          + "      - {id: re, name: Relative, max: 15, inputs: [{id: s3, label: Services, type: integer, min: 0}], method: {type: relative, value: s3}}\n"
          + "      - id: sub\n"
          + "        name: Sum\n"
          + "        max: 6\n"
          + "        criteria:\n"
          + "          - {id: sub.a, name: SA, max: 4, inputs: [{id: x1, label: X1, type: boolean}], method: {type: boolean, input: x1}}\n"
          + "          - {id: sub.b, name: SB, max: 4, inputs: [{id: x2, label: X2, type: boolean}], method: {type: boolean, input: x2}}\n"
          + "      - id: best\n"
          + "        name: Best\n"
          + "        max: 5\n"
          + "        combine: max\n"
          + "        criteria:\n"
          + "          - {id: best.a, name: BA, max: 5, inputs: [{id: y1, label: Y1, type: boolean}], method: {type: boolean, input: y1}}\n"
          + "          - {id: best.b, name: BB, max: 3, inputs: [{id: y2, label: Y2, type: boolean}], method: {type: boolean, input: y2}}\n"
          + "      - {id: na, name: NA, max: 5, na: allowed, inputs: [{id: rec, label: Records, type: integer, min: 0}], method: {type: count, value: rec, each: 1}}\n"
          + "checks:\n"
          + "  - {rule: a1 <= t, message: more with PC than staff, severity: error}\n";

  static final String REPORTS =
      "unit_id,unit_group,lan,p,a1,a1@appraised,t,pc,n,sp,plan,k,s3,x1,x2,y1,y2,rec\n"
          + "U1,a,Có,part,258,250,260,\"77,1\",5,\"7,5\",có,2,30,có,có,không,có,N/A\n"
          + "U2,a,không,Full,200,,260,95,40,10,không,0,60,không,có,có,có,3\n";

  static Results results(Path dir) {
    return Assess.run(dir, CRITERIA, REPORTS);
  }
}
