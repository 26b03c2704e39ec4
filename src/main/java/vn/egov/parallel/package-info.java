/**
 * Work split over both cores with results taken strictly in order, so that what a run prints
 * and writes never depends on thread timing (large CSV files read in chunks, results.json
 * written in chunks).
 */
package vn.egov.parallel;
