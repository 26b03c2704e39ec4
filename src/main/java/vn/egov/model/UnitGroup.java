package vn.egov.model;

/** A block of units ranked separately ("khối"), e.g. sở/ban/ngành or UBND huyện. */
public record UnitGroup(String id, String name) {}
