/**
 * Scoring: the eight methods of SPEC §2 (one class each, registered in {@link
 * vn.egov.scoring.Methods}) and the {@link vn.egov.scoring.Scorer} that turns unit reports into
 * rounded points, totals and scores.
 */
package vn.egov.scoring;
