package vn.egov.analysis;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.egov.output.AtomicFiles;
import vn.egov.output.CellStyles;
import vn.egov.output.CsvFiles;
import vn.egov.output.Formats;
import vn.egov.output.OfficeFiles;
import vn.egov.output.OutputFormat;
import vn.egov.text.Messages;

/**
 * What {@code egov compare} shows and writes: a text summary, and on request {@code compare.csv}
 * (one row per unit) with {@code compare-criteria.csv} (one row per unit and common criterion),
 * {@code compare.xlsx}, {@code compare.md} and {@code compare.html}. Every output is written
 * atomically and is byte-identical from run to run; text from the inputs is neutralised in
 * spreadsheets and escaped in Markdown and HTML.
 */
public final class CompareOutputs {
  /** The formats {@code --formats} accepts, in the order they are listed; all are written by default. */
  public static final Formats<Comparison> FORMATS =
      Formats.of(
          OutputFormat.of(
              "csv",
              (c, to) -> {
                CompareOutputs o = new CompareOutputs(c, to.messages());
                return List.of(o.csv(to.dir().resolve("compare.csv")), o.criteriaCsv(to.dir().resolve("compare-criteria.csv")));
              }),
          OutputFormat.of("xlsx", (c, to) -> List.of(new CompareOutputs(c, to.messages()).xlsx(to.dir().resolve("compare.xlsx")))),
          OutputFormat.of("md", (c, to) -> List.of(new CompareOutputs(c, to.messages()).markdown(to.dir().resolve("compare.md")))),
          OutputFormat.of("html", (c, to) -> List.of(new CompareOutputs(c, to.messages()).html(to.dir().resolve("compare.html")))));
  /** Units listed per unit group in the text summary; the files have all. */
  static final int TEXT_ROWS = 40;

  private final Comparison c;
  private final Messages m;
  private final String lang;
  private final int precision;

  private CompareOutputs(Comparison c, Messages m) {
    this.c = c;
    this.m = m;
    this.lang = m.language();
    this.precision = c.neu().precision();
  }

  /** The text summary, for stdout. */
  public static List<String> text(Comparison c, Messages m) {
    return new CompareOutputs(c, m).text();
  }

  // ---- words ----

  private String num(BigDecimal v) {
    return Fmt.show(v, precision, lang);
  }

  private String signed(BigDecimal v) {
    if (v == null) {
      return "";
    }
    String s = num(v);
    return v.signum() > 0 ? "+" + s : v.signum() < 0 ? s.replace("-", "−") : "±" + s;
  }

  private String year(Snapshot s) {
    return s.period() != null && !s.period().isBlank() ? s.period() : s.title();
  }

  String heading() {
    return m.get("compare.heading", year(c.old()), c.old().file(), year(c.neu()), c.neu().file());
  }

  String setsNote() {
    String note = setsOnly();
    return c.crosswalk() == null ? note : note + " " + m.get("compare.crosswalk.note", c.crosswalk().file());
  }

  private String setsOnly() {
    if (c.sameCriteriaSet()) {
      return m.get("compare.sets.same", c.neu().criteriaSetId());
    }
    return m.get(
        "compare.sets.differ",
        c.old().criteriaSetId(),
        c.neu().criteriaSetId(),
        c.commonGroups().size(),
        c.neu().groups().size(),
        c.commonCriteria().size(),
        c.neu().criteria().size());
  }

  String rankChange(Comparison.Row r) {
    return switch (r.presence()) {
      case NEW -> m.get("compare.new");
      case GONE -> m.get("compare.gone");
      case BOTH, MERGED -> {
        if (r.rankChange() == null) {
          if (r.presence() == Comparison.Presence.MERGED) {
            yield "not_submitted".equals(r.neu().status()) ? m.get("compare.not_submitted") : m.get("compare.merged");
          }
          yield "not_submitted".equals(r.neu().status())
              ? m.get("compare.not_submitted")
              : "not_submitted".equals(r.old().status()) ? m.get("compare.back") : "—";
        }
        yield r.rankChange() > 0 ? "↑" + r.rankChange() : r.rankChange() < 0 ? "↓" + (-r.rankChange()) : "=";
      }
    };
  }

  private String rank(Comparison.Row r) {
    Snapshot.Unit u = r.neu() != null ? r.neu() : null;
    return u == null || u.rank() == null ? "—" : u.rank().toString();
  }

  private String score(Comparison.Row r) {
    return switch (r.presence()) {
      case NEW -> num(r.neu().score());
      case GONE -> num(r.old().score());
      case BOTH, MERGED -> num(r.old().score()) + " → " + num(r.neu().score()) + (r.scoreChange() == null ? "" : " (" + signed(r.scoreChange()) + ")");
    };
  }

  private String cls(Comparison.Row r) {
    String o = r.old() == null || r.old().classification() == null ? "—" : r.old().classification();
    String n = r.neu() == null || r.neu().classification() == null ? "—" : r.neu().classification();
    return switch (r.presence()) {
      case NEW -> n;
      case GONE -> o;
      case BOTH, MERGED -> r.classChanged() ? o + " → " + n : n;
    };
  }

  private String mover(Comparison.Row r) {
    return m.get("compare.mover", r.name(), rankChange(r), r.old().rank(), r.neu().rank(), r.scoreChange() == null ? "—" : signed(r.scoreChange()));
  }

  /** How a merged unit's baseline was made: its old units, their scores and weights. */
  String baseline(Comparison.Row r) {
    List<String> parts = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    boolean weighted = r.origins().stream().anyMatch(o -> o.weight() != null);
    for (Comparison.Origin o : r.origins()) {
      if (o.score() == null) {
        missing.add(o.name());
      } else if (weighted) {
        parts.add(m.get("compare.baseline.source.weighted", o.name(), num(o.score()), Fmt.plain(o.weight() == null ? BigDecimal.ONE : o.weight(), lang)));
      } else {
        parts.add(m.get("compare.baseline.source", o.name(), num(o.score())));
      }
    }
    if (parts.isEmpty()) {
      return m.get("compare.baseline.none", r.name(), String.join(", ", missing));
    }
    String kind = m.get(weighted ? "compare.baseline.weighted" : "compare.baseline.mean");
    String line = m.get("compare.baseline", r.name(), num(r.old().score()), kind, String.join("; ", parts));
    return missing.isEmpty() ? line : line + " (" + m.get("compare.baseline.none", "", String.join(", ", missing)).replaceFirst("^: ", "") + ")";
  }

  private String groupLine(Comparison.Section s) {
    return m.get(
        "compare.group",
        s.name(),
        s.oldRanked(),
        s.newRanked(),
        s.oldMean() == null ? "—" : Fmt.plain(s.oldMean(), lang),
        s.newMean() == null ? "—" : Fmt.plain(s.newMean(), lang));
  }

  private List<String> text() {
    List<String> out = new ArrayList<>();
    out.add(heading());
    out.add(setsNote());
    for (Comparison.Section s : c.sections()) {
      out.add("");
      out.add(groupLine(s));
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {m.get("compare.col.rank"), m.get("compare.col.change"), m.get("compare.col.unit"), m.get("compare.col.score"), m.get("compare.col.class")});
      int shown = 0;
      for (Comparison.Row r : s.rows()) {
        if (shown++ == TEXT_ROWS) {
          break;
        }
        rows.add(new String[] {rank(r), rankChange(r), ExplainText.cut(r.name(), 42), score(r), cls(r)});
      }
      out.addAll(ExplainText.columns(rows, "rlll"));
      if (s.rows().size() > TEXT_ROWS) {
        out.add("  " + m.get("compare.more", s.rows().size() - TEXT_ROWS));
      }
      for (Comparison.Row r : s.rows()) {
        if (!r.origins().isEmpty()) {
          out.add("  " + baseline(r));
        }
      }
      if (!s.up().isEmpty()) {
        out.add("  " + m.get("compare.up", String.join("; ", s.up().stream().map(this::mover).toList())));
      }
      if (!s.down().isEmpty()) {
        out.add("  " + m.get("compare.down", String.join("; ", s.down().stream().map(this::mover).toList())));
      }
    }
    return out;
  }

  // ---- csv ----

  private List<String> headerCsv() {
    List<String> h =
        new ArrayList<>(
            List.of(
                "unit_group", "unit_id", "unit_name", "change", "old_status", "new_status", "old_points", "new_points", "old_max",
                "new_max", "old_score", "new_score", "score_change", "old_rank", "new_rank", "rank_change", "old_class", "new_class",
                "class_changed"));
    if (c.crosswalk() != null) {
      h.add("baseline_from");
      h.add("baseline_weights");
    }
    for (String g : c.commonGroups()) {
      h.add("group_" + g + "_old");
      h.add("group_" + g + "_new");
      h.add("group_" + g + "_change");
    }
    return h;
  }

  private List<List<String>> rowsCsv() {
    List<List<String>> rows = new ArrayList<>();
    int p = precision;
    for (Comparison.Section s : c.sections()) {
      for (Comparison.Row r : s.rows()) {
        Snapshot.Unit o = r.old();
        Snapshot.Unit n = r.neu();
        List<String> row = new ArrayList<>();
        row.add(Csv.safe(s.groupId()));
        row.add(Csv.safe(r.id()));
        row.add(Csv.safe(r.name()));
        row.add(r.presence().key());
        row.add(o == null ? "" : o.status());
        row.add(n == null ? "" : n.status());
        row.add(o == null ? "" : Fmt.csv(o.points(), p));
        row.add(n == null ? "" : Fmt.csv(n.points(), p));
        row.add(o == null ? "" : Fmt.csv(o.max(), p));
        row.add(n == null ? "" : Fmt.csv(n.max(), p));
        row.add(o == null ? "" : Fmt.csv(o.score(), p));
        row.add(n == null ? "" : Fmt.csv(n.score(), p));
        row.add(Fmt.csv(r.scoreChange(), p));
        row.add(o == null || o.rank() == null ? "" : o.rank().toString());
        row.add(n == null || n.rank() == null ? "" : n.rank().toString());
        row.add(r.rankChange() == null ? "" : r.rankChange().toString());
        row.add(o == null || o.classification() == null ? "" : Csv.safe(o.classification()));
        row.add(n == null || n.classification() == null ? "" : Csv.safe(n.classification()));
        row.add(r.presence() == Comparison.Presence.BOTH || r.presence() == Comparison.Presence.MERGED ? String.valueOf(r.classChanged()) : "");
        if (c.crosswalk() != null) {
          row.add(Csv.safe(String.join(";", r.origins().stream().map(Comparison.Origin::id).toList())));
          boolean weighted = r.origins().stream().anyMatch(x -> x.weight() != null);
          row.add(weighted ? String.join(";", r.origins().stream().map(x -> x.weight() == null ? "1" : x.weight().toPlainString()).toList()) : "");
        }
        for (String g : c.commonGroups()) {
          row.add(o == null ? "" : Fmt.csv(o.groupPoints().get(g), p));
          row.add(n == null ? "" : Fmt.csv(n.groupPoints().get(g), p));
          row.add(Fmt.csv(r.groupChange().get(g), p));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private Path csv(Path target) throws IOException {
    return CsvFiles.write(target, headerCsv(), rowsCsv());
  }

  private Path criteriaCsv(Path target) throws IOException {
    List<String> header = List.of("unit_group", "unit_id", "unit_name", "criterion_id", "old_points", "new_points", "change", "old_max", "new_max");
    List<List<String>> rows = new ArrayList<>();
    for (Comparison.Section s : c.sections()) {
      for (Comparison.Row r : s.rows()) {
        if (r.presence() != Comparison.Presence.BOTH) {
          continue;
        }
        for (String id : c.commonCriteria()) {
          if (!r.old().criterionPoints().containsKey(id) && !r.neu().criterionPoints().containsKey(id)) {
            continue;
          }
          rows.add(
              List.of(
                  Csv.safe(s.groupId()), Csv.safe(r.id()), Csv.safe(r.name()), Csv.safe(id), Fmt.csv(r.old().criterionPoints().get(id), precision),
                  Fmt.csv(r.neu().criterionPoints().get(id), precision), Fmt.csv(r.criterionChange().get(id), precision),
                  Fmt.csv(r.old().criterionMax().get(id), precision), Fmt.csv(r.neu().criterionMax().get(id), precision)));
        }
      }
    }
    return CsvFiles.write(target, header, rows);
  }

  // ---- markdown ----

  /**
   * Text from the inputs, safe inline and in a Markdown table cell: the characters that start
   * emphasis, code, links, HTML or a cell border are escaped.
   */
  static String md(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if ("\\`*_[]<>|~".indexOf(ch) >= 0) {
        b.append('\\');
      }
      b.append(ch == '\n' || ch == '\r' ? ' ' : ch);
    }
    return b.toString();
  }

  private Path markdown(Path target) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(md(heading())).append("\n\n");
    b.append(md(setsNote())).append("\n");
    for (Comparison.Section s : c.sections()) {
      b.append("\n## ").append(md(groupLine(s))).append("\n\n");
      b.append("| ").append(m.get("compare.col.rank")).append(" | ").append(m.get("compare.col.change")).append(" | ")
          .append(m.get("compare.col.unit")).append(" | ").append(m.get("compare.col.old_score")).append(" | ")
          .append(m.get("compare.col.new_score")).append(" | ± | ").append(m.get("compare.col.class")).append(" |\n");
      b.append("|---:|:---|:---|---:|---:|---:|:---|\n");
      for (Comparison.Row r : s.rows()) {
        b.append("| ").append(rank(r)).append(" | ").append(md(rankChange(r))).append(" | ").append(md(r.name())).append(" | ")
            .append(r.old() == null ? "" : num(r.old().score())).append(" | ").append(r.neu() == null ? "" : num(r.neu().score()))
            .append(" | ").append(signed(r.scoreChange())).append(" | ").append(md(cls(r))).append(" |\n");
      }
      boolean firstBaseline = true;
      for (Comparison.Row r : s.rows()) {
        if (!r.origins().isEmpty()) {
          b.append(firstBaseline ? "\n" : "").append("- ").append(md(baseline(r))).append("\n");
          firstBaseline = false;
        }
      }
      if (!s.up().isEmpty()) {
        b.append("\n").append(md(m.get("compare.up", String.join("; ", s.up().stream().map(this::mover).toList())))).append("\n");
      }
      if (!s.down().isEmpty()) {
        b.append("\n").append(md(m.get("compare.down", String.join("; ", s.down().stream().map(this::mover).toList())))).append("\n");
      }
    }
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    return AtomicFiles.write(target, out -> out.write(bytes));
  }

  // ---- html ----

  private Path html(Path target) throws IOException {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("lang", lang);
    model.put("title", heading());
    model.put("setTitle", c.neu().title());
    model.put("period", c.neu().period());
    model.put("note", setsNote());
    Map<String, String> t = new LinkedHashMap<>();
    for (String k : List.of("rank", "change", "unit", "old_score", "new_score", "score_change", "class", "old_rank", "up_heading", "down_heading", "groups")) {
      t.put(k, m.get("compare.col." + k));
    }
    model.put("t", t);
    List<Map<String, Object>> sections = new ArrayList<>();
    for (Comparison.Section s : c.sections()) {
      Map<String, Object> sec = new LinkedHashMap<>();
      sec.put("heading", groupLine(s));
      List<Map<String, String>> rows = new ArrayList<>();
      for (Comparison.Row r : s.rows()) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("rank", rank(r));
        row.put("oldRank", r.old() == null || r.old().rank() == null ? "—" : r.old().rank().toString());
        row.put("change", rankChange(r));
        row.put("changeClass", r.rankChange() == null ? (r.presence() == Comparison.Presence.BOTH || r.presence() == Comparison.Presence.MERGED ? "same" : r.presence().key()) : r.rankChange() > 0 ? "up" : r.rankChange() < 0 ? "down" : "same");
        row.put("name", r.name());
        row.put("id", r.id());
        row.put("oldScore", r.old() == null ? "" : num(r.old().score()));
        row.put("newScore", r.neu() == null ? "" : num(r.neu().score()));
        row.put("scoreChange", signed(r.scoreChange()));
        row.put("scoreClass", r.scoreChange() == null ? "" : r.scoreChange().signum() > 0 ? "up" : r.scoreChange().signum() < 0 ? "down" : "same");
        row.put("cls", cls(r));
        List<String> groups = new ArrayList<>();
        for (String g : c.commonGroups()) {
          BigDecimal d = r.groupChange().get(g);
          if (d != null && d.signum() != 0) {
            groups.add(g + ": " + signed(d));
          }
        }
        row.put("groups", String.join(" · ", groups));
        row.put("baseline", r.origins().isEmpty() ? "" : baseline(r));
        rows.add(row);
      }
      sec.put("rows", rows);
      sec.put("up", s.up().stream().map(this::mover).toList());
      sec.put("down", s.down().stream().map(this::mover).toList());
      sections.add(sec);
    }
    model.put("sections", sections);
    return AnalysisHtml.write(target, "compare", model);
  }

  // ---- xlsx ----

  private Path xlsx(Path target) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Font bold = wb.createFont();
      bold.setBold(true);
      CellStyle head = CellStyles.header(wb, bold);
      CellStyle figure = wb.createCellStyle();
      figure.setDataFormat(wb.createDataFormat().getFormat(precision == 0 ? "0" : "0." + "0".repeat(precision)));
      CellStyle signedFigure = wb.createCellStyle();
      String f = precision == 0 ? "0" : "0." + "0".repeat(precision);
      signedFigure.setDataFormat(wb.createDataFormat().getFormat("+" + f + ";-" + f + ";" + f));
      CellStyle whole = wb.createCellStyle();
      whole.setDataFormat(wb.createDataFormat().getFormat("0"));
      CellStyle signedWhole = wb.createCellStyle();
      signedWhole.setDataFormat(wb.createDataFormat().getFormat("+0;-0;0"));

      XSSFSheet units = wb.createSheet(m.get("compare.sheet.units"));
      List<String> keys = headerCsv();
      CellStyles.headerRow(units, keys.stream().map(this::columnLabel).toList(), head);
      int r = 1;
      for (List<String> row : rowsCsv()) {
        Row x = units.createRow(r++);
        for (int i = 0; i < row.size(); i++) {
          String key = keys.get(i);
          String v = row.get(i);
          Cell cell = x.createCell(i);
          if (v.isEmpty()) {
            continue;
          }
          if (key.endsWith("_rank") || key.equals("rank_change")) {
            cell.setCellValue(Integer.parseInt(v));
            cell.setCellStyle(key.equals("rank_change") ? signedWhole : whole);
          } else if (key.contains("points") || key.endsWith("_max") || key.contains("score") || key.startsWith("group_")) {
            cell.setCellValue(new BigDecimal(v).doubleValue());
            cell.setCellStyle(key.endsWith("change") ? signedFigure : figure);
          } else if (key.equals("baseline_weights")) {
            cell.setCellValue(v);
          } else if (key.equals("change")) {
            cell.setCellValue(m.get("compare.presence." + v));
          } else {
            cell.setCellValue(v);
          }
        }
      }
      units.createFreezePane(3, 1);
      units.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, keys.size() - 1));
      units.setColumnWidth(2, 40 * 256);
      for (int i = 3; i < keys.size(); i++) {
        units.setColumnWidth(i, 12 * 256);
      }

      XSSFSheet criteria = wb.createSheet(m.get("compare.sheet.criteria"));
      List<String> ck = List.of("unit_group", "unit_id", "unit_name", "criterion_id", "criterion_name", "old_points", "new_points", "change");
      CellStyles.headerRow(criteria, ck.stream().map(this::columnLabel).toList(), head);
      int cr = 1;
      for (Comparison.Section s : c.sections()) {
        for (Comparison.Row row : s.rows()) {
          if (row.presence() != Comparison.Presence.BOTH) {
            continue;
          }
          for (String id : c.commonCriteria()) {
            BigDecimal a = row.old().criterionPoints().get(id);
            BigDecimal b = row.neu().criterionPoints().get(id);
            if (a == null && b == null) {
              continue;
            }
            Row x = criteria.createRow(cr++);
            x.createCell(0).setCellValue(Csv.safe(s.groupId()));
            x.createCell(1).setCellValue(Csv.safe(row.id()));
            x.createCell(2).setCellValue(Csv.safe(row.name()));
            x.createCell(3).setCellValue(Csv.safe(id));
            x.createCell(4).setCellValue(Csv.safe(c.neu().criteria().get(id)));
            number(x, 5, a, figure);
            number(x, 6, b, figure);
            number(x, 7, row.criterionChange().get(id), signedFigure);
          }
        }
      }
      criteria.createFreezePane(4, 1);
      criteria.setAutoFilter(new CellRangeAddress(0, Math.max(0, cr - 1), 0, ck.size() - 1));
      criteria.setColumnWidth(2, 36 * 256);
      criteria.setColumnWidth(4, 48 * 256);

      OfficeFiles.properties(wb.getProperties().getCoreProperties(), heading(), null);
      return OfficeFiles.write(target, wb::write);
    }
  }

  private static void number(Row x, int col, BigDecimal v, CellStyle style) {
    Cell cell = x.createCell(col);
    if (v != null) {
      // the exact rounded decimal (at most a few decimals), which a double holds to the digit shown
      cell.setCellValue(v.doubleValue());
      cell.setCellStyle(style);
    }
  }

  private String columnLabel(String key) {
    String k = "compare.xlsx." + key.replaceAll("^group_(.*)_(old|new|change)$", "group_$2");
    String label = m.get(k);
    if (key.startsWith("group_")) {
      String id = key.replaceAll("^group_(.*)_(old|new|change)$", "$1");
      return label.replace("{id}", id);
    }
    return label;
  }
}
