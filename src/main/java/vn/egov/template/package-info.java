/**
 * Per-unit self-assessment templates ({@code egov template}): the workbook or CSV a unit fills in
 * and sends back, laid out so that the workbook reader takes it back as that unit's report.
 */
package vn.egov.template;
