package vn.egov.ingest;

import java.util.HashMap;
import java.util.Map;
import vn.egov.text.Fold;

/**
 * Column names of self-report tables and their Vietnamese aliases, matched case- and
 * diacritics-insensitively ("Mã đơn vị" = "MA DON VI" = "unit_id").
 */
public final class Headers {
  /** What a column holds. */
  public enum Role {
    UNIT_ID,
    UNIT_NAME,
    UNIT_GROUP,
    INPUT_ID,
    VALUE,
    APPRAISED,
    EVIDENCE,
    NOTE,
    /** Shown to people (label, unit, help, max points, checks…), ignored when read back. */
    INFO
  }

  private static final Map<String, Role> ALIASES = new HashMap<>();
  private static final Map<String, Role> SUFFIXES = new HashMap<>();

  static {
    alias(Role.UNIT_ID, "unit_id", "mã đơn vị", "mã ĐV");
    alias(Role.UNIT_NAME, "unit_name", "tên đơn vị", "đơn vị");
    alias(Role.UNIT_GROUP, "unit_group", "nhóm", "nhóm đơn vị", "khối", "group");
    alias(Role.INPUT_ID, "input_id", "mã chỉ tiêu");
    alias(Role.VALUE, "value", "giá trị", "giá trị tự đánh giá", "tự đánh giá", "self-assessed value");
    alias(Role.APPRAISED, "appraised", "giá trị thẩm định", "thẩm định", "appraised value");
    alias(Role.EVIDENCE, "evidence", "tài liệu kiểm chứng", "kiểm chứng");
    alias(Role.NOTE, "note", "ghi chú", "giải trình");
    alias(Role.INFO, "stt", "tiêu chí", "criterion", "nội dung", "description", "label",
        "đơn vị tính", "unit", "hướng dẫn", "help", "điểm tối đa", "max points",
        // the live template's check and provisional points (formulas the reader never takes)
        "kiểm tra", "check", "điểm tạm tính", "provisional points");
    for (String s : new String[] {"appraised", "thẩm định", "giá trị thẩm định"}) {
      SUFFIXES.put(Fold.key(s), Role.APPRAISED);
    }
    for (String s : new String[] {"evidence", "kiểm chứng", "tài liệu kiểm chứng"}) {
      SUFFIXES.put(Fold.key(s), Role.EVIDENCE);
    }
    for (String s : new String[] {"note", "ghi chú"}) {
      SUFFIXES.put(Fold.key(s), Role.NOTE);
    }
  }

  private Headers() {}

  private static void alias(Role role, String... names) {
    for (String n : names) {
      ALIASES.put(Fold.key(n), role);
    }
  }

  /** The role of a fixed column, or {@code null} for anything else (e.g. an input id). */
  public static Role role(String header) {
    return ALIASES.get(Fold.key(header));
  }

  /** The role of a {@code <input_id>@suffix} column's suffix, or {@code null}. */
  public static Role suffixRole(String suffix) {
    return SUFFIXES.get(Fold.key(suffix));
  }
}
