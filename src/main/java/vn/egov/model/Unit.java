package vn.egov.model;

/**
 * A unit in the registry.
 *
 * @param ranked {@code false} for units that are scored but never ranked (e.g. police, military)
 */
public record Unit(String id, String name, String group, boolean ranked) {}
