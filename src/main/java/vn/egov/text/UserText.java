package vn.egov.text;

import java.text.Normalizer;

/**
 * Text users typed, on its way in and out. Control characters (U+0000–U+001F, U+007F–U+009F) are
 * not text: a name holding one breaks the XML inside xlsx and docx files (XML 1.0 has no place for
 * most of them, not even escaped) and an escape sequence reaching a terminal can rewrite what the
 * user sees. Vertical tab and form feed are what Word and Excel store for Shift+Enter and a page
 * break, so they are line breaks, not garbage. Ids and names are compared in NFC, the form every
 * keyboard types, so that {@code ĐĂKLĂK} typed with combining marks is the same unit.
 */
public final class UserText {
  private UserText() {}

  /** Whether {@code c} is a control character (tab and line breaks included). */
  public static boolean isControl(int c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }

  /** Whether {@code c} is a control character that only breaks a line or spaces it. */
  private static boolean isSpacing(int c) {
    return c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
  }

  /** Whether {@code c} is a control character that is neither a tab nor a line break. */
  public static boolean isGarbage(int c) {
    return isControl(c) && !isSpacing(c);
  }

  /** The index of the first control character that is not spacing, or -1 (the common case, fast). */
  public static int firstGarbage(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 || (c >= 0x7f && c <= 0x9f)) && !isSpacing(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the text holds any control character, spacing ones included. */
  public static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
        return true;
      }
    }
    return false;
  }

  /** "U+0007, U+001B": the distinct non-spacing control characters of {@code s}, for messages. */
  public static String garbageCodes(String s) {
    java.util.TreeSet<Integer> codes = new java.util.TreeSet<>();
    for (int i = 0; i < s.length(); i++) {
      if (isGarbage(s.charAt(i))) {
        codes.add((int) s.charAt(i));
      }
    }
    java.util.StringJoiner j = new java.util.StringJoiner(", ");
    codes.forEach(c -> j.add(String.format("U+%04X", c)));
    return j.toString();
  }

  /**
   * A text of several lines as it may be kept: tabs and line breaks kept as they are, vertical tab
   * and form feed as {@code \n}, other control characters removed.
   */
  public static String multiLine(String s) {
    if (!hasControl(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0x0b || c == 0x0c) {
        out.append('\n');
      } else if (c == '\t' || c == '\n' || c == '\r' || !isControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A text of one line (an id, a name): tabs and line breaks become one space, other control
   * characters are removed, and the result is stripped.
   */
  public static String oneLine(String s) {
    if (!hasControl(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpacing(c)) {
        space = true;
      } else if (!isControl(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  /** The text in Unicode normalisation form C; the same string when it already is (fast). */
  public static String nfc(String s) {
    if (s == null) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x300) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
      }
    }
    return s; // below U+0300 every text is already NFC
  }

  /**
   * The text as a terminal may show it: every control character but newline and tab made visible
   * (ESC as {@code ␛}, BEL as {@code ␇}, DEL as {@code ␡}, U+0080–U+009F as {@code <U+009B>}), so
   * no escape sequence in a name or a file name reaches the terminal. The same string when there
   * is none (fast). The stand-ins hold no backslash or quote, so JSON printed through here stays
   * JSON.
   */
  public static String visible(String s) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if ((c < 0x20 || (c >= 0x7f && c <= 0x9f)) && c != '\n' && c != '\t') {
        break;
      }
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 8).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\t' || !isControl(c)) {
        out.append(c);
      } else if (c < 0x20) {
        out.append((char) (0x2400 + c)); // Unicode's control pictures: ␀ … ␟
      } else if (c == 0x7f) {
        out.append('\u2421');
      } else {
        out.append(String.format("<U+%04X>", (int) c));
      }
    }
    return out.toString();
  }

  /**
   * Text a unit typed, safe in a spreadsheet cell (CSV or xlsx): a leading {@code = + - @}, tab or
   * carriage return gets a {@code '} in front, so no spreadsheet runs it as a formula.
   */
  public static String cell(String s) {
    if (s == null || s.isEmpty()) {
      return s == null ? "" : s;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }
}
