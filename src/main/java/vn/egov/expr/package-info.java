/**
 * Arithmetic expressions of criteria files ({@code value}, {@code expr}, {@code checks}),
 * evaluated by EvalEx in decimal arithmetic with 34 significant digits, half-up.
 */
package vn.egov.expr;
