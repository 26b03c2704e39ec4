package vn.egov.scoring;

import java.math.BigDecimal;
import java.util.Set;
import vn.egov.criteria.MethodType;
import vn.egov.model.InputType;

/** {@code manual}: the points entered in a {@code points} input, kept within 0..max. */
final class ManualMethod extends OneInputMethod {
  static final MethodType TYPE =
      new MethodType("manual", Set.of("input"), (c, na) -> new ManualMethod(c.input("input", InputType.POINTS), na));

  ManualMethod(String input, boolean naOnUndefined) {
    super("manual", input, naOnUndefined);
  }

  @Override
  public BigDecimal points(BigDecimal v, BigDecimal max, BigDecimal best) {
    return clamp(v, max);
  }
}
