package vn.egov.report;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names of scorecards. Unit ids come from users' files and are untrusted: every character
 * outside {@code [A-Za-z0-9._-]} becomes {@code _} (so {@code ../../x} is {@code .._.._x}, one file
 * name, never a path), leading dots become {@code _} (no hidden files, no {@code .} or {@code ..}),
 * Windows device names get a {@code _} in front, and names are cut to a length every file system
 * accepts. The same rules as {@code egov template}'s file names, so a unit finds its template and
 * its scorecard under the same name.
 */
final class HtmlNames {
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
  private static final Pattern RESERVED =
      Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
  private static final int LONGEST = 120;

  private HtmlNames() {}

  /** The base name (without extension) for a unit id. */
  static String of(String unitId) {
    String name = UNSAFE.matcher(unitId == null ? "" : unitId).replaceAll("_");
    int dots = 0;
    while (dots < name.length() && name.charAt(dots) == '.') {
      dots++;
    }
    name = "_".repeat(dots) + name.substring(dots);
    if (name.length() > LONGEST) {
      name = name.substring(0, LONGEST);
    }
    if (name.isEmpty()) {
      name = "_";
    }
    if (RESERVED.matcher(name).matches()) {
      name = "_" + name;
    }
    return name;
  }

  /**
   * A distinct file name ({@code NAME.html}) for every unit id, in the given order: ids that come
   * out the same (also when they differ only in case, for case-insensitive file systems) get {@code
   * _2}, {@code _3} … in order.
   */
  static Map<String, String> files(List<String> unitIds) {
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (String id : unitIds) {
      if (out.containsKey(id)) {
        continue;
      }
      String base = of(id);
      String name = base;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "_" + n;
      }
      out.put(id, name + ".html");
    }
    return out;
  }
}
