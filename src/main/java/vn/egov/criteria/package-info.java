/**
 * Loading criteria sets and units registries from YAML/CSV, reporting every mistake at once as
 * {@code FILE:LINE:COLUMN: error: message} with a "did you mean" hint.
 */
package vn.egov.criteria;
