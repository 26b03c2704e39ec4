/** The data every stage shares: criteria sets, unit reports, problems and results, as immutable records. */
package vn.egov.model;
