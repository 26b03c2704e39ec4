package vn.egov.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * File names made from unit ids, one rule for every file named after a unit (a template {@code
 * DIR/NAME.xlsx}, a scorecard {@code scorecards/NAME.html}), so that a unit finds its template and
 * its scorecard under the same name. Unit ids come from users' files and are untrusted: every
 * character outside {@code [A-Za-z0-9._-]} becomes {@code _} (so {@code ../../x} is {@code
 * ___.._x}, one file name, never a path), leading dots become {@code _} (no hidden files, no
 * {@code .} or {@code ..}), a trailing dot becomes {@code _} (Windows drops it), Windows device
 * names get a {@code _} in front, and a name longer than {@value #LONGEST} characters is cut and
 * given the first 8 hex digits of its id's SHA-256, so that 300-character ids still make distinct
 * names every file system accepts.
 */
public final class FileNames {
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
  private static final Pattern RESERVED =
      Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

  /** Characters of a name before its hash: with the hash, a suffix and an extension, under 120. */
  static final int LONGEST = 100;

  private FileNames() {}

  /** The base name (without extension) for a unit id, on its own. */
  public static String of(String unitId) {
    String id = unitId == null ? "" : unitId;
    String name = UNSAFE.matcher(id).replaceAll("_");
    int dots = 0;
    while (dots < name.length() && name.charAt(dots) == '.') {
      dots++;
    }
    name = "_".repeat(dots) + name.substring(dots);
    if (name.length() > LONGEST) {
      name = name.substring(0, LONGEST) + "-" + hash(id);
    }
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1) + "_";
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
   * A distinct base name for every id: ids whose names come out the same (also when they differ
   * only in case, for case-insensitive file systems) get {@code _2}, {@code _3} … in the order of
   * the ids themselves (code point order), never in the order they are listed — so the templates
   * of a registry and the scorecards of an assessment, listed in different orders, agree.
   *
   * @return by id, for every distinct id given
   */
  public static Map<String, String> forIds(Collection<String> unitIds) {
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (String id : new TreeSet<>(unitIds)) {
      String base = of(id);
      String name = base;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "_" + n;
      }
      out.put(id, name);
    }
    return out;
  }

  private static String hash(String id) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return String.format("%02x%02x%02x%02x", d[0], d[1], d[2], d[3]);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
