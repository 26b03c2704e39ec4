package vn.egov.scoring;

import vn.egov.criteria.MethodCatalog;

import vn.egov.criteria.MethodType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of scoring methods: adding a method is one class and one line here. The criteria
 * loader finds it through {@link Catalog}, a service named in {@code
 * META-INF/services/vn.egov.criteria.MethodCatalog}.
 */
public final class Methods {
  private static final Map<String, MethodType> TYPES = new LinkedHashMap<>();

  static {
    register(BooleanMethod.TYPE);
    register(ChoiceMethod.TYPE);
    register(BandsMethod.TYPE);
    register(ProportionalMethod.TYPE);
    register(CountMethod.TYPE);
    register(ManualMethod.TYPE);
    register(FormulaMethod.TYPE);
    register(RelativeMethod.TYPE);
  }

  private Methods() {}

  private static void register(MethodType t) {
    TYPES.put(t.name(), t);
  }

  public static Optional<MethodType> type(String name) {
    return Optional.ofNullable(TYPES.get(name));
  }

  public static Set<String> names() {
    return TYPES.keySet();
  }

  /** This registry as the criteria loader's {@link MethodCatalog}. */
  public static final class Catalog implements MethodCatalog {
    public Catalog() {}

    @Override
    public Optional<MethodType> type(String name) {
      return Methods.type(name);
    }

    @Override
    public Set<String> names() {
      return Methods.names();
    }
  }
}
