/** The criteria set published as the annex of the decision that issues it ({@code egov check -o}). */
package vn.egov.annex;
