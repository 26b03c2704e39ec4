package vn.egov.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Case- and diacritics-insensitive keys, so "Mã đơn vị", "MA DON VI" and "ma_don_vi" match. */
public final class Fold {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");

  private Fold() {}

  /** Lower case, no diacritics (đ → d), runs of spaces, '_' and '-' as one space, trimmed. */
  public static String key(String s) {
    String noMarks = stripMarks(s).toLowerCase(Locale.ROOT);
    return SEPARATORS.matcher(noMarks).replaceAll(" ").trim();
  }

  /** Lower case without diacritics, spacing kept. */
  public static String plain(String s) {
    return stripMarks(s).toLowerCase(Locale.ROOT).trim();
  }

  private static String stripMarks(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    return MARKS.matcher(d).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
  }
}
