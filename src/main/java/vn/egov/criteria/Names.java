package vn.egov.criteria;

import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import vn.egov.model.Problem;
import vn.egov.text.UserText;

/**
 * The texts of a criteria set as they are read: in NFC, without control characters (refused where
 * they are, since a name holding one breaks the xlsx and docx outputs and can rewrite a terminal),
 * and not longer than a name can be and still be read in a table cell, a chart or a printed
 * decision ({@link vn.egov.security.Limits} says why each limit). Line breaks and tabs are kept
 * only in texts of several lines ({@code help}, {@code message}); in every other text they, and
 * Word's Shift+Enter (vertical tab), are one space.
 */
final class Names {
  static final int UNIT_NAME = vn.egov.security.Limits.MAX_UNIT_NAME_CHARS;
  static final int NAME = vn.egov.security.Limits.MAX_NAME_CHARS;
  static final int TEXT = vn.egov.security.Limits.MAX_TEXT_CHARS;

  private static final Set<String> SEVERAL_LINES = Set.of("help", "message");

  /** Expressions, limited (with their own message) where they are parsed. */
  private static final Set<String> EXPRESSIONS = Set.of("value", "expr", "rule");

  private final Yaml yaml;
  private final String source;

  Names(Yaml yaml, String source) {
    this.yaml = yaml;
    this.source = source;
  }

  /** The limit on the text under {@code key}, where no caller says otherwise. */
  static int limit(String key) {
    if (EXPRESSIONS.contains(key)) {
      return Integer.MAX_VALUE;
    }
    return SEVERAL_LINES.contains(key) ? TEXT : NAME;
  }

  /**
   * The scalar's text as the set keeps it (not yet stripped), or {@code null} when it is refused;
   * then the problem is added.
   */
  String text(ScalarNode s, String key, int limit, List<Problem> problems) {
    String raw = s.getValue();
    int bad = UserText.firstGarbage(raw);
    if (bad >= 0) {
      problems.add(
          Problem.error(controlAt(s), "criteria.text.control", key, UserText.garbageCodes(raw)));
      return null;
    }
    String v = UserText.nfc(SEVERAL_LINES.contains(key) ? UserText.multiLine(raw) : UserText.oneLine(raw));
    int length = v.strip().codePointCount(0, v.strip().length());
    if (length > limit) {
      problems.add(Problem.error(yaml.at(s), "text.long", key, length, limit));
      return null;
    }
    return v;
  }

  /**
   * Where the control character is written: a control character cannot be typed into YAML as it
   * is (the parser refuses it), only as an escape of a double-quoted text ({@code "\a"}, {@code
   * "\x07"}, {@code "\u001b"}) — the first such escape; else the text's start.
   */
  private vn.egov.model.Location controlAt(Node n) {
    int from = n.getStartMark().getIndex();
    int to = Math.min(n.getEndMark().getIndex(), source.length());
    int line = n.getStartMark().getLine() + 1;
    int column = n.getStartMark().getColumn() + 1;
    for (int i = from; i < to; i++) {
      char c = source.charAt(i);
      if (c == '\\' && i + 1 < to && escapesControl(i + 1, to)) {
        return vn.egov.model.Location.at(yaml.shown(), line, column);
      }
      if (c == '\\') { // an escape of something else: step over the escaped character
        i++;
        column++;
      }
      if (i < to && source.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return yaml.at(n);
  }

  /** Whether the escape starting at {@code at} (after the backslash) stands for a control character. */
  private boolean escapesControl(int at, int to) {
    char e = source.charAt(at);
    int digits =
        switch (e) {
          case 'x' -> 2;
          case 'u' -> 4;
          case 'U' -> 8;
          default -> 0;
        };
    if (digits == 0) {
      return e == '0' || e == 'a' || e == 'b' || e == 'e' || e == 'N';
    }
    if (at + 1 + digits > to) {
      return false;
    }
    try {
      return UserText.isGarbage(Integer.parseInt(source.substring(at + 1, at + 1 + digits), 16));
    } catch (NumberFormatException ex) {
      return false;
    }
  }
}
