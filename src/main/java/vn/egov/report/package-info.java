/**
 * Output formats of {@code assess}: one class per format behind {@link
 * vn.egov.output.OutputFormat}, registered in {@link vn.egov.report.OutputFormats}, each file
 * written atomically.
 */
package vn.egov.report;
