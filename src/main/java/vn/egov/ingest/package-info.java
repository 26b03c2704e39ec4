/**
 * Reading self-reports: table readers (CSV; workbooks later) turn files into observations,
 * {@link vn.egov.ingest.ValueParser} reads Vietnamese numbers, booleans and choices, and {@link
 * vn.egov.ingest.ReportBuilder} merges everything into one report per unit.
 */
package vn.egov.ingest;
