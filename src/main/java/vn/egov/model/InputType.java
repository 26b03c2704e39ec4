package vn.egov.model;

import java.util.Locale;

/** The kinds of value a self-report input accepts (SPEC §2 "Inputs"). */
public enum InputType {
  NUMBER,
  INTEGER,
  PERCENT,
  BOOLEAN,
  CHOICE,
  POINTS,
  TEXT;

  /** The word used in criteria files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether expressions may use the input as a number. */
  public boolean numeric() {
    return this != TEXT;
  }
}
