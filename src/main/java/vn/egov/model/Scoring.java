package vn.egov.model;

import java.math.BigDecimal;

/**
 * @param scale score = points / applicable max × scale
 * @param precision decimals of points and score, rounded half-up
 */
public record Scoring(BigDecimal scale, int precision) {}
