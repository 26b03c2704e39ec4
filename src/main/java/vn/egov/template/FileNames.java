package vn.egov.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.egov.model.Unit;

/**
 * File names for units' templates. A unit id is used as it is when it is a safe, portable file
 * name; otherwise every character outside {@code [A-Za-z0-9._-]} becomes {@code _}, so that no id
 * (say {@code ../../x} or {@code C:\x}) can name a file outside the output folder.
 */
final class FileNames {
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
  private static final Pattern RESERVED =
      Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

  private FileNames() {}

  /** The base name (without extension) for a unit id. */
  static String of(String unitId) {
    String name = UNSAFE.matcher(unitId).replaceAll("_");
    // no hidden files, no "." or ".." and no Windows device names
    int dots = 0;
    while (dots < name.length() && name.charAt(dots) == '.') {
      dots++;
    }
    name = "_".repeat(dots) + name.substring(dots);
    if (name.isEmpty()) {
      name = "_";
    }
    if (RESERVED.matcher(name).matches()) {
      name = "_" + name;
    }
    return name;
  }

  /**
   * A distinct base name for every unit: two ids that come out the same (also when they differ
   * only in case, for case-insensitive file systems) get {@code _2}, {@code _3} … in order.
   */
  static List<String> forUnits(List<Unit> units) {
    List<String> out = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Unit u : units) {
      String base = of(u.id());
      String name = base;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "_" + n;
      }
      out.add(name);
    }
    return out;
  }
}
