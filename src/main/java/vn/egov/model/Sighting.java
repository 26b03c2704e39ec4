package vn.egov.model;

/**
 * Where a unit appears in the inputs, with the name and group written there.
 *
 * @param name as written, or {@code null}
 * @param group as written, or {@code null}
 * @param nameWhere the name's cell (the unit's row when none)
 * @param groupWhere the group's cell (the unit's row when none)
 */
public record Sighting(String name, String group, Location where, Location nameWhere, Location groupWhere) {}
