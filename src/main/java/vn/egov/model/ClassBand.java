package vn.egov.model;

import java.math.BigDecimal;

/** A classification band: the first band whose min is at most the figure wins. */
public record ClassBand(BigDecimal min, String label) {}
