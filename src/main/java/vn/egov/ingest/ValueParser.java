package vn.egov.ingest;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import vn.egov.model.ChoiceOption;
import vn.egov.model.InputDef;
import vn.egov.model.InputType;
import vn.egov.text.Message;
import vn.egov.model.Value;
import vn.egov.text.Fold;

/**
 * Reads a typed value the way Vietnamese offices write it: {@code 96,52%}, {@code 32.052} (an
 * integer: 32052), {@code 1.234.567}, {@code Có}/{@code Không}, a choice by value or label,
 * {@code N/A}. Stateless and thread-safe.
 *
 * <p>Separators with {@link DecimalMode#AUTO}: if both {@code .} and {@code ,} occur, the last is
 * the decimal separator. A single kind followed by exactly three digits in every group is a
 * thousands separator for integers, and for other numbers when it occurs more than once;
 * otherwise it is the decimal separator.
 */
public final class ValueParser {
  private static final Set<String> NA = Set.of("n/a", "na", "kad", "khong ap dung");
  private static final Set<String> TRUE =
      Set.of("1", "x", "co", "yes", "y", "true", "dat");
  private static final Set<String> FALSE =
      Set.of("0", "khong", "no", "n", "false", "khong dat");
  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9][0-9.,]*");
  private static final Pattern GROUPS_OF_THREE = Pattern.compile("[0-9]{1,3}([.,][0-9]{3})+");

  private final DecimalMode mode;

  public ValueParser(DecimalMode mode) {
    this.mode = mode;
  }

  /** A parsed value, or the reason the text could not be read. */
  public record Parsed(Value value, Message error) {
    static Parsed ok(Value v) {
      return new Parsed(v, null);
    }

    static Parsed bad(String key, Object... args) {
      return new Parsed(null, Message.of(key, args));
    }
  }

  /** Whether the text means "not applicable". */
  public static boolean isNa(String raw) {
    if (raw.isEmpty() || raw.length() > 16 || Character.isDigit(raw.charAt(0))) {
      return false; // the common case, without folding
    }
    return NA.contains(Fold.plain(raw).replaceAll("\\s+", " "));
  }

  /**
   * Parses a non-blank cell for the input: a stored workbook number or true/false as stored
   * (a percent-formatted number ×100 for percent inputs), text as typed.
   */
  public Parsed parse(RawCell cell, InputDef def) {
    if (cell.uncachedFormula() != null) {
      return Parsed.bad("workbook.formula.uncached", cell.uncachedFormula());
    }
    if (cell.number() != null) {
      return stored(cell, def);
    }
    if (cell.bool() != null) {
      return switch (def.type()) {
        case BOOLEAN -> Parsed.ok(new Value.Bool(cell.bool()));
        case TEXT -> Parsed.ok(new Value.Text(cell.text()));
        default -> Parsed.bad(def.type() == InputType.INTEGER ? "value.integer" : "value.number", cell.text());
      };
    }
    return parse(cell.text(), def);
  }

  private Parsed stored(RawCell cell, InputDef def) {
    BigDecimal n = cell.number();
    String shown = n.stripTrailingZeros().toPlainString();
    return switch (def.type()) {
      case NUMBER, POINTS -> Parsed.ok(new Value.Num(n));
      case PERCENT -> Parsed.ok(new Value.Num(cell.percentFormat() ? n.movePointRight(2) : n));
      case INTEGER ->
          n.stripTrailingZeros().scale() > 0
              ? Parsed.bad("value.integer", shown)
              : Parsed.ok(new Value.Num(n));
      case BOOLEAN ->
          n.signum() == 0
              ? Parsed.ok(new Value.Bool(false))
              : n.compareTo(BigDecimal.ONE) == 0 ? Parsed.ok(new Value.Bool(true)) : Parsed.bad("value.boolean", shown);
      case CHOICE -> choice(shown, def);
      case TEXT -> Parsed.ok(new Value.Text(cell.text().isBlank() ? shown : cell.text()));
    };
  }

  /** Parses non-blank text for the input; blank text is the caller's business. */
  public Parsed parse(String raw, InputDef def) {
    String text = raw.strip();
    if (isNa(text)) {
      return Parsed.ok(new Value.NotApplicable());
    }
    return switch (def.type()) {
      case TEXT -> Parsed.ok(new Value.Text(text));
      case BOOLEAN -> bool(text);
      case CHOICE -> choice(text, def);
      case NUMBER, INTEGER, PERCENT, POINTS -> number(text, def.type());
    };
  }

  private static Parsed bool(String text) {
    String k = Fold.plain(text).replaceAll("\\s+", " ");
    if (TRUE.contains(k)) {
      return Parsed.ok(new Value.Bool(true));
    }
    if (FALSE.contains(k)) {
      return Parsed.ok(new Value.Bool(false));
    }
    return Parsed.bad("value.boolean", text);
  }

  private static Parsed choice(String text, InputDef def) {
    String k = Fold.key(text);
    for (ChoiceOption o : def.options()) {
      if (Fold.key(o.value()).equals(k) || (o.label() != null && Fold.key(o.label()).equals(k))) {
        return Parsed.ok(new Value.Choice(o));
      }
    }
    // each option as the unit sees it in the template's list, in quotes and apart by "; ": labels
    // hold commas ("Có, chỉ sử dụng nội bộ"), and the internal codes mean nothing to the unit
    StringBuilder options = new StringBuilder();
    for (ChoiceOption o : def.options()) {
      if (options.length() > 0) {
        options.append("; ");
      }
      options.append('"').append(o.label() != null && !o.label().isBlank() ? o.label() : o.value()).append('"');
    }
    return Parsed.bad("value.choice", text, options);
  }

  /** Reads a number typed as text, or {@code null} when it is not one. */
  public BigDecimal number(String text, boolean integer) {
    if (plainDigits(text)) {
      return new BigDecimal(text); // the common case, without patterns
    }
    String s = text.replace("\u00a0", "").replace(" ", "");
    if (!NUMBER.matcher(s).matches()) {
      return null;
    }
    String digits = normalise(s, integer);
    if (digits == null) {
      return null;
    }
    try {
      return new BigDecimal(digits);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Parsed number(String text, InputType type) {
    String s = text.strip();
    boolean percentSign = s.endsWith("%");
    if (percentSign) {
      if (type != InputType.PERCENT) {
        return Parsed.bad("value.percent.sign", text, type.key());
      }
      s = s.substring(0, s.length() - 1);
    }
    BigDecimal n = number(s, type == InputType.INTEGER);
    if (n == null) {
      return Parsed.bad(
          switch (type) {
            case INTEGER -> "value.integer";
            case PERCENT -> "value.percent";
            default -> "value.number";
          },
          text);
    }
    if (type == InputType.INTEGER && n.stripTrailingZeros().scale() > 0) {
      return Parsed.bad("value.integer", text);
    }
    return Parsed.ok(new Value.Num(n));
  }

  /** The number with '.' as the only separator, or {@code null} when separators make no sense. */
  private String normalise(String s, boolean integer) {
    int dots = count(s, '.');
    int commas = count(s, ',');
    if (dots == 0 && commas == 0) {
      return s;
    }
    char decimal;
    switch (mode) {
      case COMMA -> decimal = ',';
      case DOT -> decimal = '.';
      default -> {
        if (dots > 0 && commas > 0) {
          decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
        } else {
          char sep = dots > 0 ? '.' : ',';
          boolean grouped = GROUPS_OF_THREE.matcher(unsigned(s)).matches();
          boolean thousands = grouped && (integer || count(s, sep) > 1);
          decimal = thousands ? 0 : sep;
        }
      }
    }
    char group = decimal == '.' ? ',' : decimal == ',' ? '.' : (dots > 0 ? '.' : ',');
    if (decimal != 0 && count(s, decimal) > 1) {
      return null;
    }
    int decimalAt = decimal == 0 ? -1 : s.indexOf(decimal);
    String whole = decimalAt < 0 ? s : s.substring(0, decimalAt);
    String fraction = decimalAt < 0 ? "" : s.substring(decimalAt + 1);
    if (fraction.indexOf(group) >= 0) {
      return null;
    }
    if (whole.indexOf(group) >= 0
        && !GROUPS_OF_THREE.matcher(unsigned(whole)).matches()) {
      return null;
    }
    String w = whole.replace(String.valueOf(group), "");
    if (w.isEmpty() || w.equals("+") || w.equals("-")) {
      return null;
    }
    return fraction.isEmpty() ? w : w + "." + fraction;
  }

  /** The text without a leading sign (no regular expression: this runs for every value). */
  private static String unsigned(String s) {
    return !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? s.substring(1) : s;
  }

  /** Whether the text is an optional sign and 1 to 18 digits. */
  private static boolean plainDigits(String s) {
    int start = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
    int n = s.length() - start;
    if (n < 1 || n > 18) {
      return false;
    }
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
