package vn.egov.model;

import java.math.BigDecimal;

/** What a criterion changes for one unit group; {@code null} fields keep the criterion's own. */
public record GroupOverride(BigDecimal max, ScoringMethod method, Boolean naAllowed) {}
