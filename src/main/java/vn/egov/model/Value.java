package vn.egov.model;

import java.math.BigDecimal;

/** A parsed self-report value. A blank or unreadable cell has no Value at all. */
public sealed interface Value {
  /** The number expressions see: booleans 1/0, choices their points; {@code null} for text. */
  BigDecimal number();

  /** A number of type number, integer, percent (0–100) or points. */
  record Num(BigDecimal value) implements Value {
    @java.lang.Override
    public BigDecimal number() {
      return value;
    }
  }

  record Bool(boolean value) implements Value {
    @java.lang.Override
    public BigDecimal number() {
      return value ? BigDecimal.ONE : BigDecimal.ZERO;
    }
  }

  record Choice(ChoiceOption option) implements Value {
    @java.lang.Override
    public BigDecimal number() {
      return option.points();
    }
  }

  record Text(String value) implements Value {
    @java.lang.Override
    public BigDecimal number() {
      return null;
    }
  }

  /** "Not applicable" (N/A, KAD, Không áp dụng). */
  record NotApplicable() implements Value {
    @java.lang.Override
    public BigDecimal number() {
      return null;
    }
  }
}
