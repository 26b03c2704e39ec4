package vn.egov.conformance;

import java.math.BigDecimal;
import java.util.Random;

/**
 * Random typed values and the ways SPEC §2 lets a unit write them ("Inputs", "Number parsing"
 * with {@code --decimal auto}): {@code 2,5} and {@code 2.5}; an integer {@code 32.052} or
 * {@code 32,052} (groups of three: thousands); {@code 1.234.567,5}; a percent {@code 96,52%};
 * booleans {@code Có}, {@code không}, {@code x}, {@code đạt}…; N/A as {@code N/A}, {@code KAD},
 * {@code Không áp dụng}. Each text is built from the value by SPEC's rules, never read back by
 * egov's parser.
 */
final class Typed {
  private Typed() {}

  enum Type {
    NUMBER("number"),
    INTEGER("integer"),
    PERCENT("percent"),
    BOOLEAN("boolean");

    final String key;

    Type(String key) {
      this.key = key;
    }
  }

  private static final String[] TRUE = {"1", "x", "Có", "co", "yes", "Y", "true", "Đạt", "dat", "CÓ"};
  private static final String[] FALSE = {"0", "không", "Khong", "no", "N", "false", "Không đạt", "KHÔNG"};
  private static final String[] NA = {"N/A", "NA", "KAD", "Không áp dụng", "n/a"};

  static String na(Random r) {
    return NA[r.nextInt(NA.length)];
  }

  /** A random value of the type: mostly small, sometimes 0, sometimes with many digits. */
  static BigDecimal value(Random r, Type t) {
    return switch (t) {
      case BOOLEAN -> r.nextBoolean() ? BigDecimal.ONE : BigDecimal.ZERO;
      case PERCENT -> switch (r.nextInt(6)) {
        case 0 -> BigDecimal.ZERO;
        case 1 -> BigDecimal.valueOf(100);
        default -> BigDecimal.valueOf(r.nextInt(10001), 2); // 0.00 .. 100.00
      };
      case INTEGER -> switch (r.nextInt(8)) {
        case 0 -> BigDecimal.ZERO;
        case 1 -> BigDecimal.valueOf(1000 + r.nextInt(99_000)); // written 32.052
        case 2 -> BigDecimal.valueOf(1_000_000 + r.nextInt(9_000_000)); // 1.234.567
        case 3 -> BigDecimal.valueOf(-r.nextInt(50));
        default -> BigDecimal.valueOf(r.nextInt(300));
      };
      case NUMBER -> switch (r.nextInt(10)) {
        case 0 -> BigDecimal.ZERO;
        case 1 -> BigDecimal.valueOf(r.nextLong()).movePointLeft(r.nextInt(30)); // many digits
        case 2 -> new BigDecimal("1234567890123456789012345678901234567890").movePointLeft(r.nextInt(3)); // 40 digits
        case 3 -> BigDecimal.valueOf(-r.nextInt(1000), r.nextInt(3));
        case 4 -> BigDecimal.valueOf(1000 + r.nextInt(1_000_000), 1 + r.nextInt(3)); // 1.234,5
        default -> BigDecimal.valueOf(r.nextInt(10_000), r.nextInt(4));
      };
    };
  }

  /** The value as a unit might type it; SPEC reads every one of these texts back as the value. */
  static String text(Random r, Type t, BigDecimal v) {
    switch (t) {
      case BOOLEAN:
        return v.signum() != 0 ? TRUE[r.nextInt(TRUE.length)] : FALSE[r.nextInt(FALSE.length)];
      case PERCENT: {
        String s = plain(v);
        return switch (r.nextInt(4)) {
          case 0 -> s.replace('.', ',') + "%";
          case 1 -> s + "%";
          case 2 -> s.replace('.', ',');
          default -> s;
        };
      }
      case INTEGER: {
        String s = plain(v);
        if (v.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 && r.nextInt(3) > 0) {
          return grouped(s, r.nextBoolean() ? '.' : ','); // groups of three are thousands for integers
        }
        return s;
      }
      default: {
        String s = plain(v);
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        boolean comma = r.nextBoolean();
        // a number with a fraction and ≥ 4 integer digits may carry thousands separators too: with
        // both kinds present, the last one is the decimal separator
        if (!fraction.isEmpty() && whole.replace("-", "").length() > 3 && r.nextInt(3) == 0) {
          return grouped(whole, comma ? '.' : ',') + (comma ? ',' : '.') + fraction;
        }
        // a single separator is decimal unless it occurs more than once in groups of three
        if (fraction.isEmpty() && whole.replace("-", "").length() > 6 && r.nextInt(3) == 0) {
          return grouped(whole, comma ? '.' : ','); // 1.234.567: two separators, thousands
        }
        return fraction.isEmpty() ? whole : whole + (comma ? ',' : '.') + fraction;
      }
    }
  }

  private static String plain(BigDecimal v) {
    return v.toPlainString();
  }

  /** {@code 1234567} → {@code 1.234.567} (the sign kept in front). */
  private static String grouped(String whole, char sep) {
    String sign = whole.startsWith("-") ? "-" : "";
    String digits = whole.substring(sign.length());
    StringBuilder out = new StringBuilder();
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      out.append(sep).append(digits, i, i + 3);
    }
    return sign + out;
  }
}
