package vn.egov.criteria;

import java.util.Set;
import java.util.function.BiFunction;
import vn.egov.model.ScoringMethod;

/**
 * A scoring method as criteria files name it: its keys (besides {@code type} and {@code
 * on_undefined}) and how to build it.
 */
public record MethodType(
    String name, Set<String> keys, BiFunction<MethodConfig, Boolean, ScoringMethod> factory) {
  public MethodType {
    keys = Set.copyOf(keys);
  }

  /** Builds the method; {@code naOnUndefined} is the method's {@code on_undefined: na}. */
  public ScoringMethod create(MethodConfig config, boolean naOnUndefined) {
    return factory.apply(config, naOnUndefined);
  }
}
