package vn.egov.model;

import java.math.BigDecimal;

/** One option of a {@code choice} input, matched on its value or its label. */
public record ChoiceOption(String value, String label, BigDecimal points) {}
