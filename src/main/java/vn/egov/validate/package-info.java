/**
 * Checks merged reports against the criteria set and the units registry: unit and group, N/A
 * where allowed, ranges, required inputs, consistency rules. Invalid values are blanked, so the
 * scorer never sees them.
 */
package vn.egov.validate;
