package vn.egov.model;

import java.util.List;

/**
 * A unit in the registry.
 *
 * @param ranked {@code false} for units that are scored but never ranked (e.g. police, military)
 * @param tags names a criterion's {@code applies_to} may list as {@code tag:NAME} (e.g. the
 *     departments assigned digital-economy tasks carry {@code kinh-te-so})
 */
public record Unit(String id, String name, String group, boolean ranked, List<String> tags) {
  public Unit {
    tags = List.copyOf(tags);
  }

  /** A unit without tags. */
  public Unit(String id, String name, String group, boolean ranked) {
    this(id, name, group, ranked, List.of());
  }
}
