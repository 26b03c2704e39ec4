package vn.egov.template;

import java.util.Locale;
import java.util.Set;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Issuer;
import vn.egov.text.Messages;

/**
 * The agency that runs the assessment, as the templates' instructions name it: the set's {@code
 * issuer.name} in running text ("SỞ KHOA HỌC VÀ CÔNG NGHỆ" → "Sở Khoa học và Công nghệ"), or,
 * without an issuer, the neutral "cơ quan tổ chức đánh giá" (English "the assessing agency").
 */
public final class Department {
  private Department() {}

  /** Words that name the kind of agency: the word after them starts its field ("Sở Y tế"). */
  private static final Set<String> KINDS = Set.of("sở", "ban", "cục", "bộ", "viện", "văn phòng", "chi cục", "trung tâm", "thanh tra");
  /** Abbreviations kept in capitals. */
  private static final Set<String> ABBREVIATIONS = Set.of("UBND", "HĐND", "MTTQ", "CNTT", "KH&CN", "TT&TT");

  public static String inText(CriteriaSet set, Messages m) {
    Issuer issuer = set.issuer();
    String name = issuer == null ? null : issuer.name();
    if (name == null || name.isBlank()) {
      return m.get("template.department.none");
    }
    return runningText(name.strip());
  }

  /**
   * A name written in capitals as in a document's heading, in running text: the first word, the
   * word after the kind of agency, and the first word after "và" or a comma keep a capital, the
   * rest are lower case ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Sở Văn hóa, Thể thao và Du lịch");
   * a name not all in capitals is kept as written.
   */
  static String runningText(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT))) {
      return name;
    }
    String[] words = name.split("\\s+");
    StringBuilder out = new StringBuilder();
    boolean capital = true;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String bare = w.replaceAll("[,.;:]+$", "");
      String lower = w.toLowerCase(Locale.ROOT);
      String word = ABBREVIATIONS.contains(bare) ? w : capital ? lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1) : lower;
      out.append(i == 0 ? "" : " ").append(word);
      String two = i > 0 ? words[i - 1].toLowerCase(Locale.ROOT) + " " + lower : "";
      capital =
          (i == 0 && KINDS.contains(lower))
              || (i == 1 && KINDS.contains(two))
              || lower.equals("và")
              || w.endsWith(",");
    }
    return out.toString();
  }
}
