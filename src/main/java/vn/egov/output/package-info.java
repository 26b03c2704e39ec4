/**
 * Output plumbing shared by every command that writes files: atomic writes, the run record
 * ({@code manifest.json}) and the output folder a run publishes into (checked before, locked,
 * staged, then replaced in one step).
 */
package vn.egov.output;
