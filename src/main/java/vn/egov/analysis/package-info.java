/**
 * Analysis on top of the engine's results: how each figure of a unit came about ({@code explain}),
 * what would raise it (improvement hints), year-over-year comparison of {@code results.json} files
 * ({@code compare}) and how robust ranks are to the criteria's weights ({@code sensitivity}).
 * Every figure shown is the engine's own or computed with the engine's methods.
 */
package vn.egov.analysis;
