package vn.egov.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.egov.criteria.CriteriaLoader;
import vn.egov.model.ClassBand;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.Kind;
import vn.egov.model.Problem;
import vn.egov.model.UnitGroup;
import vn.egov.template.RuleText;

/** {@code egov check}: validates a criteria set and shows what it scores. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Validate a criteria set; print a summary (groups, criteria, max per unit group) or the tree.")
final class CheckCommand implements Callable<Integer> {
  @ParentCommand EgovCommand top;

  @Parameters(paramLabel = "CRITERIA.yaml", description = "The criteria set.")
  Path criteria;

  @Option(names = "--tree", description = "Print every group and criterion with its max points per unit group.")
  boolean tree;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "ANNEX.docx|.xlsx|.md",
      description = "Also write the set as the annex of the decision that issues it (format from the file name).")
  Path annex;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Console console = top.console();
    if (annex != null && vn.egov.annex.CriteriaAnnex.format(annex) == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), console.t("annex.format", annex.getFileName()));
    }
    CriteriaLoader.Loaded loaded = CriteriaLoader.load(criteria, criteria.toString());
    if (loaded.criteria() != null) {
      top.adoptLanguage(console, loaded.criteria().language());
    }
    console.problems(loaded.problems());
    long errors = loaded.problems().stream().filter(Problem::isError).count();
    long warnings = loaded.problems().size() - errors;
    if (!loaded.ok()) {
      boolean unreadable =
          loaded.problems().stream().anyMatch(Problem::unreadableFile);
      console.summary(console.t("check.invalid", criteria, errors, warnings));
      return (unreadable ? ExitCode.IO : ExitCode.USAGE).code();
    }
    CriteriaSet set = loaded.criteria();
    if (tree) {
      printTree(console, set);
    } else {
      printSummary(console, set);
    }
    if (annex != null) {
      try {
        if (annex.toAbsolutePath().getParent() != null) {
          java.nio.file.Files.createDirectories(annex.toAbsolutePath().getParent());
        }
        console.note(console.t("annex.written", vn.egov.annex.CriteriaAnnex.write(set, console.messages(), annex)));
      } catch (java.io.IOException e) {
        console.problems(List.of(Problem.error(vn.egov.model.Location.of(annex.toString()), "file.unwritable", e.getMessage())));
        return ExitCode.IO.code();
      }
    }
    console.summary(console.t("check.valid", criteria, errors, warnings));
    return ExitCode.OK.code();
  }

  private void printSummary(Console c, CriteriaSet set) {
    int p = set.scoring().precision();
    c.result(set.id() + " — " + set.title() + (set.period() == null ? "" : " (" + set.period() + ")"));
    if (set.source() != null) {
      c.result(c.t("check.source", set.source()));
    }
    int[] counts = new int[2];
    set.groups().forEach(g -> g.criteria().forEach(cr -> count(cr, counts, true)));
    c.result(
        c.t("check.counts", set.groups().size(), counts[0], counts[1], set.inputs().size(), set.checks().size()));
    c.result(c.t("check.max.heading"));
    int width = set.unitGroups().stream().mapToInt(g -> g.id().length()).max().orElse(0);
    for (UnitGroup g : set.unitGroups()) {
      StringBuilder line = new StringBuilder("  ");
      line.append(pad(g.id(), width)).append("  ").append(pad(g.name(), 28)).append(' ');
      line.append(c.num(set.maxFor(g.id(), Kind.NORMAL), p));
      BigDecimal bonus = set.maxFor(g.id(), Kind.BONUS);
      BigDecimal deduction = set.maxFor(g.id(), Kind.DEDUCTION);
      if (bonus.signum() > 0) {
        line.append("  ").append(c.t("check.bonus", c.num(bonus, p)));
      }
      if (deduction.signum() > 0) {
        line.append("  ").append(c.t("check.deduction", c.num(deduction, p)));
      }
      long registered = set.units().stream().filter(u -> u.group().equals(g.id())).count();
      if (registered > 0) {
        line.append("  ").append(c.t("check.units", registered));
      }
      c.result(line.toString());
    }
    c.result(
        c.t(
            "check.scoring",
            c.num(set.scoring().scale(), 0),
            p,
            c.t("figure." + set.ranking().by().name().toLowerCase(java.util.Locale.ROOT))));
    if (!set.classification().bands().isEmpty()) {
      List<String> bands = new ArrayList<>();
      for (ClassBand b : set.classification().bands()) {
        bands.add(b.label() + " ≥ " + c.num(b.min(), 0));
      }
      c.result(c.t("check.classes", String.join(", ", bands)));
    }
  }

  private static void count(Criterion c, int[] counts, boolean top) {
    counts[top ? 0 : 1]++;
    c.criteria().forEach(s -> count(s, counts, false));
  }

  /** Rule lines are cut at this width, on a space, and carried on under the first. */
  static final int RULE_WIDTH = 100;

  /**
   * Every group and criterion with its max per unit group and, under each criterion, how it is
   * scored in the words of the template and the annex ({@link RuleText#rule}): once when every
   * unit group it applies to scores it alike, else one line per unit group.
   */
  private void printTree(Console c, CriteriaSet set) {
    int p = set.scoring().precision();
    List<String[]> rows = new ArrayList<>();
    List<List<String>> rules = new ArrayList<>();
    for (CriteriaGroup g : set.groups()) {
      rows.add(row(set, g.id(), g.name(), g, p, c));
      rules.add(List.of());
      for (Criterion cr : g.criteria()) {
        addCriterion(rows, rules, set, cr, cr, 1, p, c);
      }
    }
    int idWidth = rows.stream().mapToInt(r -> width(r[0])).max().orElse(0);
    int nameWidth = Math.min(58, rows.stream().mapToInt(r -> width(r[1])).max().orElse(0));
    List<UnitGroup> ugs = set.unitGroups();
    int[] colWidth = new int[ugs.size()];
    for (int i = 0; i < ugs.size(); i++) {
      colWidth[i] = Math.max(8, ugs.get(i).id().length());
    }
    StringBuilder head = new StringBuilder(pad("", idWidth + nameWidth + 2));
    for (int i = 0; i < ugs.size(); i++) {
      head.append("  ").append(left(ugs.get(i).id(), colWidth[i]));
    }
    c.result(set.id() + " — " + set.title());
    c.result(head.toString().stripTrailing());
    for (int k = 0; k < rows.size(); k++) {
      String[] r = rows.get(k);
      StringBuilder line = new StringBuilder();
      line.append(pad(r[0], idWidth)).append("  ").append(pad(cut(r[1], nameWidth), nameWidth));
      for (int i = 0; i < ugs.size(); i++) {
        line.append("  ").append(left(r[2 + i], colWidth[i]));
      }
      c.result(line.toString().stripTrailing());
      String indent = " ".repeat(idWidth + 2);
      for (String rule : rules.get(k)) {
        wrap(rule, RULE_WIDTH - indent.length()).forEach(l -> c.result(indent + l));
      }
    }
    StringBuilder total = new StringBuilder(pad(c.t("check.total"), idWidth + nameWidth + 2));
    for (int i = 0; i < ugs.size(); i++) {
      total.append("  ").append(left(c.num(set.maxFor(ugs.get(i).id(), Kind.NORMAL), p), colWidth[i]));
    }
    c.result(total.toString());
  }

  /** Lines of at most {@code width} characters, cut at spaces; the ones after the first indented. */
  static List<String> wrap(String text, int width) {
    List<String> out = new ArrayList<>();
    String rest = text;
    String prefix = "";
    while (width(prefix + rest) > width) {
      int room = width - width(prefix);
      int cutAt = rest.lastIndexOf(' ', Math.min(rest.length() - 1, rest.offsetByCodePoints(0, Math.min(room, rest.codePointCount(0, rest.length())))));
      if (cutAt <= 0) {
        break; // one word longer than the line: left whole
      }
      out.add(prefix + rest.substring(0, cutAt));
      rest = rest.substring(cutAt + 1);
      prefix = "  ";
    }
    out.add(prefix + rest);
    return out;
  }

  private void addCriterion(
      List<String[]> rows, List<List<String>> rules, CriteriaSet set, Criterion cr, Criterion top, int depth, int p, Console c) {
    String sign = cr.kind() == Kind.BONUS ? "+" : cr.kind() == Kind.DEDUCTION ? "−" : "";
    String[] r = new String[2 + set.unitGroups().size()];
    r[0] = "  ".repeat(depth) + cr.id();
    r[1] = cr.name();
    // the rule per unit group it applies to, in the words of the template and the annex
    java.util.Map<String, List<String>> byRule = new java.util.LinkedHashMap<>();
    for (int i = 0; i < set.unitGroups().size(); i++) {
      String g = set.unitGroups().get(i).id();
      boolean applies = top.appliesTo(g);
      r[2 + i] = applies ? sign + c.num(cr.maxFor(g), p) : "—";
      if (applies) {
        byRule.computeIfAbsent(new RuleText(set, c.messages(), g).rule(cr, top), k -> new ArrayList<>()).add(g);
      }
    }
    rows.add(r);
    List<String> lines = new ArrayList<>();
    if (byRule.size() == 1) {
      lines.add(byRule.keySet().iterator().next());
    } else {
      byRule.forEach((rule, groups) -> lines.add(String.join(", ", groups) + ": " + rule));
    }
    rules.add(lines);
    for (Criterion sub : cr.criteria()) {
      addCriterion(rows, rules, set, sub, top, depth + 1, p, c);
    }
  }

  private String[] row(CriteriaSet set, String id, String name, CriteriaGroup g, int p, Console c) {
    String[] r = new String[2 + set.unitGroups().size()];
    r[0] = id;
    r[1] = name;
    for (int i = 0; i < set.unitGroups().size(); i++) {
      String ug = set.unitGroups().get(i).id();
      BigDecimal sum = BigDecimal.ZERO;
      for (Criterion cr : g.criteria()) {
        if (cr.kind() == Kind.NORMAL && cr.appliesTo(ug)) {
          sum = sum.add(cr.maxFor(ug));
        }
      }
      r[2 + i] = c.num(sum, p);
    }
    return r;
  }

  static int width(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).codePointCount(0, Normalizer.normalize(s, Normalizer.Form.NFC).length());
  }

  static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - width(s)));
  }

  static String left(String s, int width) {
    return " ".repeat(Math.max(0, width - width(s))) + s;
  }

  static String cut(String s, int width) {
    if (width(s) <= width) {
      return s;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    return n.substring(0, n.offsetByCodePoints(0, width - 1)) + "…";
  }
}
