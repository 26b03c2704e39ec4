package vn.egov.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.model.ClassBand;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Problem;
import vn.egov.model.Results;
import vn.egov.model.Standing;
import vn.egov.model.UnitGroup;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.output.AtomicFiles;
import vn.egov.output.OutputContext;
import vn.egov.text.Numbers;

/**
 * {@code summary.md}: a short Markdown summary for wikis and e-mail: title, period, a ranking table
 * per unit group (rank, unit, score, class), counts, the number of problems. Every text that comes
 * from a file is escaped, so a unit name cannot break the table or turn into a link, markup or
 * HTML. Figures use the language's decimal mark; LF line ends.
 */
final class SummaryMarkdown {
  static final String FILE = "summary.md";

  private SummaryMarkdown() {}

  static void write(Results results, OutputContext context, Path target) throws IOException {
    String text = render(results, context);
    AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  static String render(Results results, OutputContext context) {
    Labels labels = Labels.of(context);
    CriteriaSet set = results.criteria();
    int precision = set.scoring().precision();
    String lang = labels.language();
    StringBuilder md = new StringBuilder();
    md.append("# ").append(escape(set.title())).append("\n\n");
    List<String> facts = new ArrayList<>();
    if (set.period() != null) {
      facts.add(labels.get("md.period", escape(set.period())));
    }
    if (set.source() != null) {
      facts.add(labels.get("md.source", escape(set.source())));
    }
    if (context.date() != null) {
      facts.add(labels.get("md.date", "vi".equals(lang) ? dmy(context.date()) : context.date().toString()));
    }
    for (String f : facts) {
      md.append(f).append("  \n");
    }
    if (!facts.isEmpty()) {
      md.setLength(md.length() - 3);
      md.append("\n\n");
    }

    for (UnitGroup ug : set.unitGroups()) {
      List<UnitResult> units =
          results.units().stream().filter(u -> u.unit().group().equals(ug.id())).toList();
      md.append("## ").append(escape(ug.name())).append("\n\n");
      md.append("| ").append(labels.get("md.col.rank"))
          .append(" | ").append(labels.get("md.col.unit"))
          .append(" | ").append(labels.get("md.col.score"))
          .append(" | ").append(labels.get("md.col.class")).append(" |\n");
      md.append("|---:|---|---:|---|\n");
      long ranked = 0;
      long notSubmitted = 0;
      Map<String, Long> classes = new LinkedHashMap<>();
      if (set.classification() != null) {
        for (ClassBand b : set.classification().bandsFor(ug.id())) {
          classes.put(b.label(), 0L);
        }
      }
      for (UnitResult u : units) {
        Standing fin = u.fin();
        String word = RankingXlsx.unrankedWord(u, labels, "md.status.");
        if (word == null) {
          ranked++;
        }
        if (u.status() == UnitStatus.NOT_SUBMITTED) {
          notSubmitted++;
        }
        String cls = fin == null ? null : fin.classification();
        if (cls != null && word == null) {
          classes.merge(cls, 1L, Long::sum);
        }
        md.append("| ").append(word == null ? fin.rank().toString() : word)
            .append(" | ").append(escape(u.unit().name()))
            .append(" | ").append(fin == null ? "" : figure(fin.score(), precision, lang))
            .append(" | ").append(cls == null ? "" : escape(cls))
            .append(" |\n");
      }
      md.append('\n');
      md.append(labels.get("md.group.counts", ranked, units.size() - ranked - notSubmitted, notSubmitted));
      if (!classes.isEmpty()) {
        List<String> parts = new ArrayList<>();
        classes.forEach((k, v) -> parts.add(escape(k) + " " + v));
        md.append(' ').append(labels.get("md.group.classes", String.join(", ", parts)));
      }
      md.append("\n\n");
    }

    List<UnitResult> all = results.units();
    long errors = results.problems().stream().filter(Problem::isError).count();
    md.append("## ").append(labels.get("md.summary")).append("\n\n");
    md.append("- ").append(labels.get("md.summary.units", all.size(), count(all, UnitStatus.SCORED),
        count(all, UnitStatus.NOT_SUBMITTED), count(all, UnitStatus.REJECTED))).append('\n');
    md.append("- ").append(labels.get("md.summary.problems", errors, results.problems().size() - errors)).append("\n\n");
    md.append('_').append(escape(labels.get("md.footer", context.toolVersion()))).append("_\n");
    return md.toString();
  }

  /**
   * Text from a file, safe inside a Markdown paragraph or table cell: backslash and the characters
   * that make emphasis, links, code, tables or HTML ({@code \ | * _ [ ] < > `}) are escaped, as is a
   * {@code #} that would start a heading; line breaks become spaces.
   */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    String flat = s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    StringBuilder out = new StringBuilder(flat.length() + 8);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      switch (c) {
        case '\\', '|', '*', '_', '[', ']', '<', '>', '`' -> out.append('\\').append(c);
        case '#' -> {
          if (out.toString().isBlank()) {
            out.append('\\');
          }
          out.append(c);
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String figure(BigDecimal v, int precision, String language) {
    return v == null ? "" : Numbers.show(v, precision, language);
  }

  private static String dmy(java.time.LocalDate d) {
    return String.format(java.util.Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  private static long count(List<UnitResult> us, UnitStatus s) {
    return us.stream().filter(u -> u.status() == s).count();
  }
}
