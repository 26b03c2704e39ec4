package vn.egov.criteria;

import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The scoring methods a criteria file may name. The criteria loader reads a method's keys and
 * reports mistakes; the methods themselves live in {@code vn.egov.scoring}, which provides this
 * catalog as a service ({@code META-INF/services}), so the criteria set does not depend on how it
 * is scored.
 */
public interface MethodCatalog {
  Optional<MethodType> type(String name);

  /** Every method name, in the order the documentation lists them. */
  Set<String> names();

  /** The catalog on the class path. */
  static MethodCatalog installed() {
    return Holder.INSTALLED;
  }

  /** Loaded once, on first use. */
  final class Holder {
    static final MethodCatalog INSTALLED =
        ServiceLoader.load(MethodCatalog.class, MethodCatalog.class.getClassLoader())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no scoring methods on the class path (vn.egov.scoring)"));

    private Holder() {}
  }
}
