package vn.egov.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random criteria sets and the values units type into their templates, for the tests that the
 * template's provisional figures equal {@code assess}'s. Every scoring method but {@code relative},
 * overrides of max, method and N/A per unit group, {@code applies_to} by group and by tag, N/A with and without
 * {@code on_undefined: na}, bonus and deduction, sub-criteria summed and best-of, evidence
 * required, optional inputs, {@code checks} of both severities; values typed as numbers, as text
 * with Vietnamese or English separators, as percent-formatted cells, yes/no and options in many
 * spellings, N/A, blanks and mistakes. Seeded: the same seed gives the same set and values.
 */
final class RandomSets {
  /** An input of the set: its id, type, and what its values look like. */
  record In(String id, String type, boolean required, BigDecimal min, BigDecimal max, List<String[]> options, boolean naAllowed) {}

  /** A generated set: its YAML, its units (id → group) and every unit's typed values. */
  record Generated(String yaml, Map<String, String> units, Map<String, Map<String, Object>> values, Map<String, Map<String, String>> evidence) {}

  private final Random rnd;
  private final List<In> inputs = new ArrayList<>();
  private final StringBuilder y = new StringBuilder();
  private int inputCount;

  private RandomSets(long seed) {
    this.rnd = new Random(seed);
  }

  static Generated generate(long seed) {
    return new RandomSets(seed).build(seed);
  }

  private int between(int lo, int hi) {
    return lo + rnd.nextInt(hi - lo + 1);
  }

  private boolean chance(double p) {
    return rnd.nextDouble() < p;
  }

  private <T> T pick(List<T> list) {
    return list.get(rnd.nextInt(list.size()));
  }

  private static String n(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  /** A decimal with up to {@code scale} decimals in [lo, hi]. */
  private BigDecimal decimal(double lo, double hi, int scale) {
    return BigDecimal.valueOf(lo + (hi - lo) * rnd.nextDouble()).setScale(scale, RoundingMode.HALF_UP);
  }

  private Generated build(long seed) {
    int precision = between(0, 3);
    String scale = pick(List.of("100", "1000", "10", "150"));
    y.append("schema: egov-criteria/1\nid: random-").append(seed).append("\ntitle: Bộ tiêu chí ngẫu nhiên ").append(seed).append('\n');
    y.append("unit_groups:\n  - {id: so, name: Sở, ban, ngành}\n  - {id: xa, name: UBND cấp xã}\n".replace("Sở, ban, ngành", "\"Sở, ban, ngành\""));
    Map<String, String> units = new LinkedHashMap<>();
    y.append("units:\n");
    for (int u = 1; u <= 6; u++) {
      String group = u <= 3 ? "so" : "xa";
      units.put("U" + u, group);
      y.append("  - {id: U").append(u).append(", name: Đơn vị ").append(u).append(", group: ").append(group);
      if (u == 2 || u == 5) {
        y.append(", tags: [kinh-te-so]"); // applies_to may name the tag
      }
      y.append("}\n");
    }
    y.append("scoring: {scale: ").append(scale).append(", precision: ").append(precision).append("}\n");
    if (chance(0.8)) {
      y.append("classification:\n  by: ").append(chance(0.7) ? "score" : "points").append('\n');
      y.append("  bands: [{min: 80, label: Tốt}, {min: 50, label: Khá}, {min: 20, label: Trung bình}]\n");
      if (chance(0.5)) {
        y.append("  overrides: {xa: {bands: [{min: 70, label: Tốt}, {min: 40, label: Khá}, {min: 0, label: Yếu}]}}\n");
      }
    }
    y.append("groups:\n");
    int groups = between(2, 4);
    int criterionNo = 0;
    for (int g = 1; g <= groups; g++) {
      y.append("  - id: \"G").append(g).append("\"\n    name: Nhóm ").append(g).append("\n    criteria:\n");
      int count = between(2, 5);
      for (int c = 1; c <= count; c++) {
        criterionNo++;
        topCriterion(g + "." + c, criterionNo);
      }
    }
    checks();
    Map<String, Map<String, Object>> values = new LinkedHashMap<>();
    Map<String, Map<String, String>> evidence = new LinkedHashMap<>();
    for (String unit : units.keySet()) {
      Map<String, Object> v = new LinkedHashMap<>();
      Map<String, String> ev = new LinkedHashMap<>();
      for (In in : inputs) {
        v.put(in.id(), value(in));
        if (chance(0.6)) {
          ev.put(in.id(), chance(0.9) ? "Quyết định số " + between(1, 300) + "/QĐ-UBND" : "   ");
        }
      }
      values.put(unit, v);
      evidence.put(unit, ev);
    }
    return new Generated(y.toString(), units, values, evidence);
  }

  private void topCriterion(String id, int no) {
    BigDecimal max = new BigDecimal(pick(List.of("2", "3", "4", "5", "5", "7.5", "10", "10", "12.5", "15", "20")));
    String kind = chance(0.12) ? "bonus" : chance(0.12) ? "deduction" : "normal";
    boolean na = chance(0.3);
    y.append("      - id: \"").append(id).append("\"\n        name: Tiêu chí ").append(id).append('\n');
    y.append("        max: ").append(n(max)).append('\n');
    if (!kind.equals("normal")) {
      y.append("        kind: ").append(kind).append('\n');
    }
    if (na) {
      y.append("        na: allowed\n");
    }
    if (chance(0.2)) {
      y.append("        evidence: required\n");
    }
    if (chance(0.2)) {
      y.append("        applies_to: [").append(pick(List.of("so", "xa", "so, tag:kinh-te-so", "tag:kinh-te-so"))).append("]\n");
    }
    if (chance(0.3)) {
      // sub-criteria
      y.append("        combine: ").append(chance(0.5) ? "sum" : "max").append('\n');
      y.append("        criteria:\n");
      int subs = between(2, 3);
      for (int s = 1; s <= subs; s++) {
        BigDecimal subMax = max.multiply(BigDecimal.valueOf(between(3, 8))).divide(BigDecimal.TEN, 1, RoundingMode.HALF_UP);
        if (subMax.signum() <= 0) {
          subMax = BigDecimal.ONE;
        }
        String sid = id + "." + (char) ('a' + s - 1);
        y.append("          - id: \"").append(sid).append("\"\n            name: Tiêu chí ").append(sid).append('\n');
        y.append("            max: ").append(n(subMax)).append('\n');
        if (chance(0.15)) {
          y.append("            evidence: required\n");
        }
        leaf("            ", subMax, na, false);
      }
      if (chance(0.3)) {
        y.append("        overrides:\n          xa: {max: ").append(n(max.add(BigDecimal.ONE))).append("}\n");
      }
      return;
    }
    leaf("        ", max, na, true);
  }

  /** Inputs and a method (and maybe an override) of a leaf criterion, at the given indent. */
  private void leaf(String indent, BigDecimal max, boolean na, boolean topLevel) {
    String method = pick(List.of("boolean", "choice", "bands", "bands", "proportional", "proportional", "count", "manual", "formula", "formula"));
    List<In> own = new ArrayList<>();
    StringBuilder m = new StringBuilder();
    switch (method) {
      case "boolean" -> {
        own.add(input("boolean", na));
        m.append("{type: boolean, input: ").append(own.get(0).id()).append('}');
      }
      case "choice" -> {
        own.add(choiceInput(max, na));
        m.append("{type: choice, input: ").append(own.get(0).id()).append('}');
      }
      case "manual" -> {
        own.add(input("points", na));
        m.append("{type: manual, input: ").append(own.get(0).id()).append('}');
      }
      case "formula" -> m.append("{type: formula, expr: \"").append(expression(own, na)).append("\"}");
      default -> {
        String value = valueExpression(own, na);
        m.append("{type: ").append(method).append(", value: \"").append(value).append('"');
        boolean ratio = value.contains("/");
        boolean percent = own.size() == 1 && own.get(0).type().equals("percent");
        double top = ratio ? 100 : percent ? 100 : 60;
        switch (method) {
          case "bands" -> {
            m.append(", bands: [");
            int bands = between(1, 4);
            double at = top;
            for (int b = 0; b < bands; b++) {
              at = at * (0.5 + 0.45 * rnd.nextDouble());
              BigDecimal points = max.multiply(BigDecimal.valueOf(bands - b)).divide(BigDecimal.valueOf(bands), 2, RoundingMode.HALF_UP);
              if (b > 0) {
                m.append(", ");
              }
              if (chance(0.15)) {
                m.append("{max: ").append(n(decimal(at, at + 5, 1))).append(", points: ").append(n(points)).append('}');
              } else if (chance(0.15)) {
                m.append("{min: ").append(n(decimal(at / 2, at, 1))).append(", max: ").append(n(decimal(at, at * 1.5, 1)))
                    .append(", points: ").append(n(points)).append('}');
              } else {
                m.append("{min: ").append(n(decimal(at, at, 2))).append(", points: ").append(n(points)).append('}');
              }
            }
            m.append(']');
          }
          case "proportional" -> {
            if (chance(0.25)) {
              // lower is better
              m.append(", target: ").append(n(decimal(0, top / 4, 1))).append(", floor: ").append(n(decimal(top / 2, top, 1)));
            } else {
              m.append(", target: ").append(n(decimal(top / 2, top, 2)));
              if (chance(0.4)) {
                m.append(", floor: ").append(n(decimal(0, top / 3, 1)));
              }
            }
          }
          default -> m.append(", each: ").append(pick(List.of("0.25", "0.5", "1", "2.5", "0.125", "0.1", "0.333", "1.75")));
        }
        if (na && ratio && chance(0.5)) {
          m.append(", on_undefined: na");
        }
        m.append('}');
      }
    }
    y.append(indent).append("inputs:\n");
    for (In in : own) {
      y.append(indent).append("  - {id: ").append(in.id()).append(", label: Chỉ tiêu ").append(in.id()).append(", type: ").append(in.type());
      if (in.min() != null) {
        y.append(", min: ").append(n(in.min()));
      }
      if (in.max() != null) {
        y.append(", max: ").append(n(in.max()));
      }
      if (!in.required()) {
        y.append(", required: false");
      }
      if (in.options() != null) {
        y.append(", options: [");
        for (int i = 0; i < in.options().size(); i++) {
          String[] o = in.options().get(i);
          y.append(i > 0 ? ", " : "").append("{value: ").append(o[0]).append(", label: \"").append(o[1]).append("\", points: ").append(o[2]).append('}');
        }
        y.append(']');
      }
      y.append("}\n");
    }
    y.append(indent).append("method: ").append(m).append('\n');
    if (topLevel && chance(0.35) && !method.equals("choice") && !method.equals("manual")) {
      y.append(indent).append("overrides:\n").append(indent).append("  xa: {");
      BigDecimal oMax = chance(0.5) ? max.add(BigDecimal.valueOf(between(1, 5))) : null;
      List<String> parts = new ArrayList<>();
      if (oMax != null) {
        parts.add("max: " + n(oMax));
      }
      if (method.equals("bands") || method.equals("proportional") || method.equals("count") || chance(0.3)) {
        String value = own.stream().filter(i -> !i.type().equals("boolean")).map(In::id).findFirst().orElse(own.get(0).id());
        parts.add("method: {type: count, value: \"" + value + " + 1\", each: " + pick(List.of("0.5", "1.25", "0.2")) + "}");
      }
      if (na && chance(0.5)) {
        parts.add("na: forbidden");
      }
      if (parts.isEmpty()) {
        parts.add("max: " + n(max.add(BigDecimal.ONE)));
      }
      y.append(String.join(", ", parts)).append("}\n");
    }
    inputs.addAll(own);
  }

  private In input(String type, boolean na) {
    String id = "x" + (++inputCount);
    boolean required = !chance(0.12);
    BigDecimal min = null;
    BigDecimal max = null;
    switch (type) {
      case "integer" -> {
        min = BigDecimal.ZERO;
        if (chance(0.3)) {
          max = BigDecimal.valueOf(between(50, 5000));
        }
      }
      case "number" -> {
        if (chance(0.5)) {
          min = BigDecimal.ZERO;
        }
        if (chance(0.3)) {
          max = BigDecimal.valueOf(between(10, 500));
        }
      }
      case "points" -> min = BigDecimal.ZERO;
      default -> {}
    }
    return new In(id, type, required, min, max, null, na);
  }

  private In choiceInput(BigDecimal max, boolean na) {
    String id = "x" + (++inputCount);
    List<String[]> options = new ArrayList<>();
    String[][] words = {
      {"muc-4", "Mức độ 4"}, {"muc-3", "Mức độ 3"}, {"mot-phan", "Đáp ứng một phần"}, {"chua-co", "Chưa triển khai"}, {"3", "Ba đơn vị"}
    };
    int count = between(2, 5);
    for (int i = 0; i < count; i++) {
      BigDecimal points = max.multiply(BigDecimal.valueOf(count - 1 - i)).divide(BigDecimal.valueOf(Math.max(1, count - 1)), 2, RoundingMode.HALF_UP);
      options.add(new String[] {words[i][0], words[i][1], n(points)});
    }
    return new In(id, "choice", !chance(0.1), null, null, options, na);
  }

  /** A value expression: one numeric input, a ratio of two, or a sum. */
  private String valueExpression(List<In> own, boolean na) {
    int shape = between(0, 2);
    if (shape == 0) {
      In a = input(pick(List.of("integer", "number", "percent")), na);
      own.add(a);
      return a.id();
    }
    In a = input("integer", na);
    In b = input("integer", na);
    own.add(a);
    own.add(b);
    return shape == 1 ? a.id() + " / " + b.id() + " * 100" : a.id() + " + " + b.id() + " / 2";
  }

  /** A formula over new inputs using the functions and operators of SPEC §2. */
  private String expression(List<In> own, boolean na) {
    In b = input("boolean", na);
    In i = input("integer", na);
    In p = input("percent", na);
    In x = input("number", na);
    own.add(b);
    own.add(i);
    own.add(p);
    own.add(x);
    return pick(
        List.of(
            "if(" + b.id() + ", 3, 0) + min(" + i.id() + ", 3) + " + p.id() + " / 100 * 4",
            "round(" + i.id() + " / max(" + x.id() + ", 1) * 7, 2) + " + b.id(),
            "(" + i.id() + " > " + x.id() + " && " + b.id() + ") * 5 + abs(" + i.id() + " - " + x.id() + ") / 10",
            "!" + b.id() + " * 2 + max(" + i.id() + ", " + p.id() + ") / 20 - (" + p.id() + " >= 50 || " + x.id() + " < 0)",
            "if(" + x.id() + " != 0, " + i.id() + " / " + x.id() + ", 0) + " + p.id() + " * 0.05",
            "-" + x.id() + " + " + p.id() + " / 10 + round(" + i.id() + " * 0.035, 1)",
            "if(" + p.id() + " == 100, 10, " + p.id() + " / 12.5) - " + i.id() + " / 1000"));
  }

  private void checks() {
    List<In> numeric = inputs.stream().filter(i -> i.type().equals("integer") || i.type().equals("number")).toList();
    if (numeric.size() < 2) {
      return;
    }
    y.append("checks:\n");
    for (int k = 0; k < 2; k++) {
      In a = pick(numeric);
      In b = pick(numeric);
      if (a == b) {
        continue;
      }
      y.append("  - {rule: \"").append(a.id()).append(" <= ").append(b.id()).append(" * 2\", message: \"")
          .append(a.id()).append(" không lớn hơn hai lần ").append(b.id()).append("\", severity: ")
          .append(k == 0 ? "error" : "warning").append("}\n");
    }
  }

  // ------------------------------------------------------------------ values

  /** What a unit types for the input: mostly fine values in many spellings, some mistakes. */
  private Object value(In in) {
    double r = rnd.nextDouble();
    if (r < 0.06) {
      return null; // blank
    }
    if (r < 0.10) {
      return pick(List.of("N/A", "Không áp dụng", "KAD", "n/a"));
    }
    if (r < 0.15) {
      return pick(List.of("abc", "12x", "1,2,3", "—", "1.2.3", "%", "+", "5%%", "TRUE"));
    }
    return switch (in.type()) {
      case "boolean" -> pick(List.of("Có", "Không", "x", "có", "không", "KHÔNG", "1", "0", "yes", "đạt", 1, 0, true, false, 2));
      case "choice" -> {
        String[] o = pick(in.options());
        if (o[0].matches("[0-9]+") && chance(0.5)) {
          yield new BigDecimal(o[0]); // a number cell
        }
        yield pick(List.of(o[1], o[0], o[1].toUpperCase(java.util.Locale.ROOT), vn.egov.text.Fold.key(o[1]), o[0].replace('-', '_'), o[1] + " "));
      }
      case "points" -> chance(0.8) ? decimal(0, 12, 1) : "7,5";
      case "percent" -> percent();
      case "integer" -> integer();
      default -> number();
    };
  }

  private Object percent() {
    BigDecimal v = chance(0.1) ? BigDecimal.valueOf(between(95, 110)) : decimal(0, 100, between(0, 3));
    return switch (between(0, 4)) {
      case 0 -> new LiveSheets.Percent(v.movePointLeft(2));
      case 1 -> v.toPlainString().replace('.', ',') + "%";
      case 2 -> v.toPlainString().replace('.', ',');
      default -> v;
    };
  }

  private Object integer() {
    int v = chance(0.1) ? 0 : chance(0.5) ? between(0, 60) : between(0, 40000);
    return switch (between(0, 5)) {
      case 0 -> String.format(java.util.Locale.GERMANY, "%,d", v); // 32.052
      case 1 -> String.format(java.util.Locale.US, "%,d", v); // 32,052
      case 2 -> String.valueOf(v);
      case 3 -> chance(0.3) ? BigDecimal.valueOf(v).add(new BigDecimal("0.5")) : BigDecimal.valueOf(v); // a fraction: not whole
      default -> BigDecimal.valueOf(v);
    };
  }

  private Object number() {
    BigDecimal v = decimal(-5, 300, between(0, 3));
    if (chance(0.1)) {
      v = BigDecimal.valueOf(between(1000, 99999)).add(decimal(0, 1, 2));
    }
    return switch (between(0, 4)) {
      case 0 -> v.toPlainString().replace('.', ','); // 96,52
      case 1 -> String.format(java.util.Locale.GERMANY, "%,.2f", v); // 1.234,50
      case 2 -> String.format(java.util.Locale.US, "%,.3f", v); // 1,234.500
      default -> v;
    };
  }
}
