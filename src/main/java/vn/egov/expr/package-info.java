/**
 * Arithmetic expressions of criteria files ({@code value}, {@code expr}, {@code checks}): read by
 * EvalEx, evaluated by {@link vn.egov.expr.Term} in one decimal value domain (booleans are 1/0)
 * with 34 significant digits, half-up.
 */
package vn.egov.expr;
