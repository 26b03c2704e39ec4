package vn.egov.ingest;

/** Which character separates decimals in numbers typed as text ({@code --decimal}). */
public enum DecimalMode {
  /** Decided per value; see {@link ValueParser}. */
  AUTO,
  COMMA,
  DOT
}
