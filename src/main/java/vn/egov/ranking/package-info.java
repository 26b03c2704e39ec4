/** Ranking within each unit group (standard competition ranking, tiebreaks) and classification. */
package vn.egov.ranking;
