package vn.egov.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.egov.model.ClassBand;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Criterion;
import vn.egov.model.CriterionResult;
import vn.egov.model.CriterionStatus;
import vn.egov.model.GroupResult;
import vn.egov.model.Kind;
import vn.egov.model.Outcome;
import vn.egov.model.Problem;
import vn.egov.model.Results;
import vn.egov.model.Standing;
import vn.egov.model.UnitGroup;
import vn.egov.model.UnitResult;
import vn.egov.model.UnitStatus;
import vn.egov.output.OfficeFiles;
import vn.egov.output.OutputContext;
import vn.egov.text.Numbers;

/**
 * {@code report.docx}: the written report in the form of a Vietnamese administrative report (báo
 * cáo): title block with the national motto, title, I. basis, II. overall results (counts, average
 * score and classes per unit group), III. a ranking table per unit group, and a landscape annex with
 * points per criterion. Figures use the language's decimal mark. The date line appears only when
 * the run has a date ({@code --date} or SOURCE_DATE_EPOCH). Reproducible: no clock time in the
 * document properties, fixed zip entry times.
 */
final class ReportDocx {
  static final String FILE = "report.docx";
  /** Up to this many units, the annex lists criteria down and units across. */
  static final int ANNEX_MAX_UNIT_COLUMNS = 8;
  /** Up to this many top-level criteria, the annex lists units down and criteria across. */
  static final int ANNEX_MAX_CRITERION_COLUMNS = 20;

  private ReportDocx() {}

  static void write(Results results, OutputContext context, Path target) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      new Report(doc, results, context).build();
      OfficeFiles.write(target, doc::write);
    }
  }

  /**
   * The date line of an administrative document: in Vietnamese, day below 10 and months 1 and 2
   * with a leading zero (Nghị định 30/2020/NĐ-CP), e.g. "ngày 05 tháng 3 năm 2022".
   */
  static String dateLine(LocalDate date, Labels labels) {
    return Nd30Blocks.dateLine(date, null, labels);
  }

  /**
   * The trích yếu under BÁO CÁO, from the set's title: "Bộ chỉ số đánh giá mức độ chuyển đổi số …
   * năm 2025" gives "Kết quả đánh giá mức độ chuyển đổi số … năm 2025"; the year is added when the
   * title does not name the period; a title of another shape is quoted whole.
   */
  static String subject(CriteriaSet set, Labels labels) {
    String title = set.title().strip();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?iu)^bộ (?:tiêu chí|chỉ số|chỉ tiêu)\\s+(đánh giá\\s.+)$").matcher(title);
    String year = set.period() == null || set.period().isBlank() || title.contains(set.period()) ? null : set.period();
    if (m.matches()) {
      String what = m.group(1);
      return year == null ? labels.get("docx.subject", what, title) : labels.get("docx.subject.year", what, title, year);
    }
    return year == null ? labels.get("docx.subject.title", null, title) : labels.get("docx.subject.title.year", null, title, year);
  }

  private static final class Report extends ResultsDocument {
    private final XWPFDocument doc;

    Report(XWPFDocument doc, Results results, OutputContext context) {
      super(results, context);
      this.doc = doc;
    }

    void build() {
      OfficeFiles.properties(doc.getProperties().getCoreProperties(), set.title(), context.date());
      DocxKit.setup(doc);
      Nd30Blocks nd30 = new Nd30Blocks(doc, set.issuer(), labels);
      nd30.heading(context.date(), subject(set, labels));
      basis();
      overview();
      ranking();
      nd30.signature();
      var portrait = DocxKit.endPortraitSection(doc);
      annex();
      DocxKit.line(doc, labels.get("docx.footer", context.toolVersion()), ParagraphAlignment.LEFT, false, true, 10);
      var body = doc.getDocument().getBody();
      var landscape = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
      DocxKit.page(landscape, true);
      nd30.pageNumbers(portrait, landscape);
    }

    private void basis() {
      DocxKit.heading(doc, labels.get("docx.h.basis"), 1);
      if (set.source() != null) {
        bullet(labels.get("docx.basis.source", set.source()));
      }
      bullet(labels.get("docx.basis.set", set.title(), set.id()));
      if (set.period() != null) {
        bullet(labels.get("docx.basis.period", set.period()));
      }
      bullet(labels.get("docx.basis.data"));
    }

    private void bullet(String text) {
      XWPFParagraph p = DocxKit.paragraph(doc, ParagraphAlignment.BOTH);
      p.setIndentationFirstLine(567);
      DocxKit.run(p, "- " + text, false, false, DocxKit.BODY_PT);
    }

    private void body(String text) {
      XWPFParagraph p = DocxKit.paragraph(doc, ParagraphAlignment.BOTH);
      p.setIndentationFirstLine(567);
      DocxKit.run(p, text, false, false, DocxKit.BODY_PT);
    }

    private void overview() {
      DocxKit.heading(doc, labels.get("docx.h.overview"), 1);
      List<UnitResult> all = results.units();
      long scored = count(all, UnitStatus.SCORED);
      long missing = count(all, UnitStatus.NOT_SUBMITTED);
      long rejected = count(all, UnitStatus.REJECTED);
      body(labels.get("docx.overview.units", all.size(), set.unitGroups().size(), scored, missing, rejected));
      if (missing > 0) {
        List<String> names =
            all.stream().filter(u -> u.status() == UnitStatus.NOT_SUBMITTED).map(u -> u.unit().name()).toList();
        body(labels.get("docx.overview.not_submitted", String.join(", ", names)));
      }
      for (UnitGroup ug : set.unitGroups()) {
        List<UnitResult> first =
            units(ug).stream().filter(u -> u.fin() != null && Integer.valueOf(1).equals(u.fin().rank())).toList();
        if (!first.isEmpty()) {
          String names = String.join(", ", first.stream().map(u -> u.unit().name()).toList());
          body(labels.get("docx.overview.leader", ug.name(), names, show(first.get(0).fin().score())));
        }
      }
      long errors = results.problems().stream().filter(Problem::isError).count();
      body(labels.get("docx.overview.problems", errors, results.problems().size() - errors));

      List<String> classes = classLabels();
      DocxKit.line(doc, labels.get("docx.overview.table"), ParagraphAlignment.LEFT, false, true, DocxKit.BODY_PT);
      int fixedWidth = 2400 + 4 * 1000;
      int[] widths = new int[5 + classes.size()];
      widths[0] = 2400;
      for (int i = 1; i < 5; i++) {
        widths[i] = 1000;
      }
      int rest = classes.isEmpty() ? 0 : (DocxKit.PORTRAIT_WIDTH - fixedWidth) / classes.size();
      for (int i = 0; i < classes.size(); i++) {
        widths[5 + i] = rest;
      }
      if (classes.isEmpty()) {
        widths[0] = DocxKit.PORTRAIT_WIDTH - 4 * 1000;
      }
      List<UnitGroup> ugs = set.unitGroups();
      int pt = DocxKit.TABLE_PT;
      String[] heads = {"block", "assessed", "ranked", "not_submitted", "average"};
      List<String> headTexts = new ArrayList<>();
      for (String h : heads) {
        headTexts.add(labels.get("docx.col." + h));
      }
      headTexts.addAll(classes);
      widths = DocxKit.fit(widths, headTexts, pt, 0, 1500);
      XWPFTable t = DocxKit.table(doc, 1 + ugs.size(), widths, 1, true);
      for (int i = 0; i < heads.length; i++) {
        DocxKit.header(t, 0, i, labels.get("docx.col." + heads[i]), pt);
      }
      for (int i = 0; i < classes.size(); i++) {
        DocxKit.header(t, 0, 5 + i, classes.get(i), pt);
      }
      for (int r = 0; r < ugs.size(); r++) {
        UnitGroup ug = ugs.get(r);
        List<UnitResult> us = units(ug);
        List<UnitResult> withScore = Figures.ranked(us, ug.id());
        DocxKit.cell(t, r + 1, 0, ug.name(), false, ParagraphAlignment.LEFT, pt);
        DocxKit.cell(t, r + 1, 1, Integer.toString(us.size()), false, ParagraphAlignment.CENTER, pt);
        DocxKit.cell(t, r + 1, 2, Integer.toString(withScore.size()), false, ParagraphAlignment.CENTER, pt);
        DocxKit.cell(t, r + 1, 3, Long.toString(count(us, UnitStatus.NOT_SUBMITTED)), false, ParagraphAlignment.CENTER, pt);
        DocxKit.cell(t, r + 1, 4, show(Figures.meanScore(withScore, precision)), false, ParagraphAlignment.CENTER, pt);
        for (int i = 0; i < classes.size(); i++) {
          String label = classes.get(i);
          long n = withScore.stream().filter(u -> label.equals(u.fin().classification())).count();
          DocxKit.cell(t, r + 1, 5 + i, Long.toString(n), false, ParagraphAlignment.CENTER, pt);
        }
      }
    }

    /** Class labels in band order over all unit groups, then any other class a unit got. */
    private List<String> classLabels() {
      List<String> out = new ArrayList<>();
      if (set.classification() != null) {
        for (UnitGroup ug : set.unitGroups()) {
          for (ClassBand b : set.classification().bandsFor(ug.id())) {
            if (!out.contains(b.label())) {
              out.add(b.label());
            }
          }
        }
      }
      for (UnitResult u : results.units()) {
        if (u.status() == UnitStatus.SCORED && u.fin() != null && u.fin().classification() != null
            && !out.contains(u.fin().classification())) {
          out.add(u.fin().classification());
        }
      }
      return out;
    }

    private void ranking() {
      DocxKit.heading(doc, labels.get("docx.h.ranking"), 1);
      int n = 1;
      int[] widths = {700, 0, 1150, 1150, 1050, 1150, 1000};
      int others = 0;
      for (int w : widths) {
        others += w;
      }
      widths[1] = DocxKit.PORTRAIT_WIDTH - others;
      int pt = DocxKit.TABLE_PT;
      List<String> headTexts = new ArrayList<>();
      for (String h : new String[] {"no", "unit", "self", "final", "score", "rank", "class"}) {
        headTexts.add(labels.get("docx.col." + h));
      }
      widths = DocxKit.fit(widths, headTexts, pt, 1, 2000);
      for (UnitGroup ug : set.unitGroups()) {
        List<UnitResult> us = units(ug);
        DocxKit.heading(doc, labels.get("docx.ranking.block", n++, ug.name()), 2);
        XWPFTable t = DocxKit.table(doc, 1 + us.size(), widths, 1, true);
        String[] heads = {"no", "unit", "self", "final", "score", "rank", "class"};
        for (int i = 0; i < heads.length; i++) {
          DocxKit.header(t, 0, i, labels.get("docx.col." + heads[i]), pt);
        }
        for (int i = 0; i < us.size(); i++) {
          UnitResult u = us.get(i);
          Standing fin = u.fin();
          Standing self = u.self();
          int r = i + 1;
          DocxKit.cell(t, r, 0, Integer.toString(r), false, ParagraphAlignment.CENTER, pt);
          DocxKit.cell(t, r, 1, u.unit().name(), false, ParagraphAlignment.LEFT, pt);
          DocxKit.cell(t, r, 2, self == null ? "" : show(self.points()), false, ParagraphAlignment.CENTER, pt);
          DocxKit.cell(t, r, 3, fin == null ? "" : show(fin.points()), false, ParagraphAlignment.CENTER, pt);
          DocxKit.cell(t, r, 4, fin == null ? "" : show(fin.score()), false, ParagraphAlignment.CENTER, pt);
          String word = RankingXlsx.unrankedWord(u, labels, "docx.status.");
          DocxKit.cell(t, r, 5, word != null ? word : Integer.toString(fin.rank()), false, ParagraphAlignment.CENTER, pt);
          DocxKit.cell(t, r, 6, fin == null || fin.classification() == null ? "" : fin.classification(), false, ParagraphAlignment.CENTER, pt);
        }
      }
      DocxKit.line(doc, labels.get("docx.ranking.note"), ParagraphAlignment.LEFT, false, true, 12);
    }

    private void annex() {
      XWPFParagraph h = DocxKit.heading(doc, labels.get("docx.h.annex"), 1);
      h.setAlignment(ParagraphAlignment.CENTER);
      String code = set.issuer() == null || set.issuer().code() == null ? "…" : set.issuer().code();
      DocxKit.line(doc, labels.get("docx.annex.attached", code), ParagraphAlignment.CENTER, false, true, DocxKit.BODY_PT);
      int n = 1;
      for (UnitGroup ug : set.unitGroups()) {
        List<UnitResult> us = units(ug).stream().filter(u -> u.status() != UnitStatus.NOT_SUBMITTED).toList();
        List<Criterion> tops = new ArrayList<>();
        for (CriteriaGroup g : set.groups()) {
          g.criteria().stream().filter(c -> c.mayApplyTo(ug.id())).forEach(tops::add);
        }
        XWPFParagraph block = DocxKit.heading(doc, labels.get("docx.ranking.block", n++, ug.name()), 2);
        // each block of the annex on pages of its own: its table never starts with one row at
        // the foot of the previous block's page
        block.setPageBreak(n > 2);
        if (us.isEmpty()) {
          body(labels.get("docx.none"));
        } else if (us.size() <= ANNEX_MAX_UNIT_COLUMNS) {
          DocxKit.line(doc, labels.get("docx.annex.subtitle"), ParagraphAlignment.LEFT, false, true, 12);
          criteriaDown(ug, us);
        } else if (tops.size() <= ANNEX_MAX_CRITERION_COLUMNS && unitsDownWidths(ug, tops) != null) {
          DocxKit.line(doc, labels.get("docx.annex.subtitle"), ParagraphAlignment.LEFT, false, true, 12);
          unitsDown(ug, us, tops);
        } else {
          DocxKit.line(doc, labels.get("docx.annex.subtitle.groups"), ParagraphAlignment.LEFT, false, true, 12);
          unitsByGroup(ug, us);
        }
      }
    }

    /** Rows: criteria groups, criteria and sub-criteria; columns: max, then one per unit. */
    private void criteriaDown(UnitGroup ug, List<UnitResult> us) {
      List<Object[]> rows = new ArrayList<>(); // {id, name, max, depth, key}
      for (CriteriaGroup g : set.groups()) {
        rows.add(new Object[] {g.id(), g.name(), Figures.groupMax(g, ug.id()), 0, g});
        for (Criterion c : g.criteria()) {
          if (c.mayApplyTo(ug.id())) {
            addCriterion(rows, c, ug.id(), 1);
          }
        }
      }
      int pt = 10;
      int[] widths = new int[3 + us.size()];
      widths[0] = 900;
      widths[2] = 900;
      int unitWidth = 1250;
      widths[1] = DocxKit.LANDSCAPE_WIDTH - 1800 - unitWidth * us.size();
      List<String> headTexts = new ArrayList<>(List.of(labels.get("docx.col.id"), "", labels.get("docx.col.max")));
      for (int j = 0; j < us.size(); j++) {
        widths[3 + j] = unitWidth;
        headTexts.add(us.get(j).unit().name());
      }
      widths = DocxKit.fit(widths, headTexts, pt, 1, 2500);
      XWPFTable t = DocxKit.table(doc, 2 + rows.size(), widths, 1, true);
      DocxKit.header(t, 0, 0, labels.get("docx.col.id"), pt);
      DocxKit.header(t, 0, 1, labels.get("docx.col.criterion"), pt);
      DocxKit.header(t, 0, 2, labels.get("docx.col.max"), pt);
      List<Map<String, CriterionResult>> byId = new ArrayList<>();
      for (int j = 0; j < us.size(); j++) {
        DocxKit.header(t, 0, 3 + j, us.get(j).unit().name(), pt);
        byId.add(us.get(j).criteriaById());
      }
      for (int i = 0; i < rows.size(); i++) {
        Object[] row = rows.get(i);
        boolean group = row[4] instanceof CriteriaGroup;
        int r = i + 1;
        XWPFTableCell id = DocxKit.cell(t, r, 0, (String) row[0], group, ParagraphAlignment.LEFT, pt);
        id.getParagraphs().get(0).setIndentationLeft(170 * Math.max(0, (Integer) row[3] - 1));
        DocxKit.cell(t, r, 1, (String) row[1], group, ParagraphAlignment.LEFT, pt);
        DocxKit.cell(t, r, 2, show((BigDecimal) row[2]), group, ParagraphAlignment.CENTER, pt);
        for (int j = 0; j < us.size(); j++) {
          String v;
          if (group) {
            GroupResult gr = us.get(j).group(((CriteriaGroup) row[4]).id());
            v = groupPoints(us.get(j), gr);
          } else {
            CriterionResult cr = byId.get(j).get((String) row[0]);
            v = outcome(cr);
          }
          DocxKit.cell(t, r, 3 + j, v, group, ParagraphAlignment.CENTER, pt);
        }
      }
      int last = rows.size() + 1;
      DocxKit.cell(t, last, 0, "", true, ParagraphAlignment.LEFT, pt);
      DocxKit.cell(t, last, 1, labels.get("docx.col.total"), true, ParagraphAlignment.LEFT, pt);
      DocxKit.cell(t, last, 2, show(set.maxFor(ug.id(), Kind.NORMAL)), true, ParagraphAlignment.CENTER, pt);
      for (int j = 0; j < us.size(); j++) {
        Standing fin = us.get(j).fin();
        DocxKit.cell(t, last, 3 + j, fin == null ? "" : show(fin.points()), true, ParagraphAlignment.CENTER, pt);
      }
    }

    private void addCriterion(List<Object[]> rows, Criterion c, String ug, int depth) {
      rows.add(new Object[] {c.id(), c.name(), c.maxFor(ug), depth, c});
      for (Criterion sub : c.criteria()) {
        addCriterion(rows, sub, ug, depth + 1);
      }
    }

    /**
     * Widths of the units-down annex table, every header word and figure whole; {@code null} when
     * they leave the unit names less than 1 800 twips (too many criteria for a page).
     */
    private int[] unitsDownWidths(UnitGroup ug, List<Criterion> tops) {
      int pt = 9;
      int[] widths = new int[3 + tops.size()];
      widths[0] = 500;
      List<String> heads = new ArrayList<>(List.of(labels.get("docx.col.no"), ""));
      for (int i = 0; i < tops.size(); i++) {
        widths[2 + i] = 500;
        Criterion c = tops.get(i);
        heads.add(c.id() + " " + (c.kind() == Kind.DEDUCTION ? "\u2212" : "") + show(c.maxFor(ug.id())));
      }
      widths[2 + tops.size()] = 850;
      heads.add(labels.get("docx.col.total") + " " + show(set.maxFor(ug.id(), Kind.NORMAL)));
      int others = 0;
      for (int w : widths) {
        others += w;
      }
      widths[1] = DocxKit.LANDSCAPE_WIDTH - others;
      int[] fitted = DocxKit.fit(widths, heads, pt, 1, 0);
      return fitted[1] < 1800 ? null : fitted;
    }

    /** The first two columns of a two-row header: STT and the unit over the row of maxima. */
    private void unitHeads(XWPFTable t, int pt) {
      DocxKit.header(t, 0, 0, labels.get("docx.col.no"), pt);
      DocxKit.header(t, 0, 1, labels.get("docx.col.unit"), pt);
      DocxKit.header(t, 1, 0, "", pt);
      DocxKit.header(t, 1, 1, labels.get("docx.col.max"), pt);
    }

    /** Rows: units; columns: the top-level criteria that apply to the group, then the total. */
    private void unitsDown(UnitGroup ug, List<UnitResult> us, List<Criterion> tops) {
      int pt = 9;
      int[] widths = unitsDownWidths(ug, tops);
      XWPFTable t = DocxKit.table(doc, 2 + us.size(), widths, 2, true);
      unitHeads(t, pt);
      for (int i = 0; i < tops.size(); i++) {
        DocxKit.header(t, 0, 2 + i, tops.get(i).id(), pt);
        DocxKit.header(t, 1, 2 + i, show(Figures.signed(tops.get(i), tops.get(i).maxFor(ug.id()))), pt);
      }
      DocxKit.header(t, 0, 2 + tops.size(), labels.get("docx.col.total"), pt);
      DocxKit.header(t, 1, 2 + tops.size(), show(set.maxFor(ug.id(), Kind.NORMAL)), pt);
      for (int j = 0; j < us.size(); j++) {
        UnitResult u = us.get(j);
        Map<String, CriterionResult> m = u.criteriaById();
        int r = 2 + j;
        DocxKit.cell(t, r, 0, Integer.toString(j + 1), false, ParagraphAlignment.CENTER, pt);
        DocxKit.cell(t, r, 1, u.unit().name(), false, ParagraphAlignment.LEFT, pt);
        for (int i = 0; i < tops.size(); i++) {
          CriterionResult cr = m.get(tops.get(i).id());
          DocxKit.cell(t, r, 2 + i, outcome(cr), false, ParagraphAlignment.CENTER, pt);
        }
        DocxKit.cell(t, r, 2 + tops.size(), u.fin() == null ? "" : show(u.fin().points()), true, ParagraphAlignment.CENTER, pt);
      }
    }

    /** Rows: units; columns: the criteria groups, then the total. */
    private void unitsByGroup(UnitGroup ug, List<UnitResult> us) {
      int pt = 10;
      List<CriteriaGroup> groups = set.groups();
      int nameWidth = 4000;
      int[] widths = new int[3 + groups.size()];
      widths[0] = 600;
      widths[1] = nameWidth;
      int each = (DocxKit.LANDSCAPE_WIDTH - 600 - nameWidth) / (groups.size() + 1);
      List<String> heads = new ArrayList<>(List.of(labels.get("docx.col.no"), ""));
      for (int i = 0; i <= groups.size(); i++) {
        widths[2 + i] = each;
        heads.add(i < groups.size() ? groups.get(i).id() + ". " + groups.get(i).name() : labels.get("docx.col.total"));
      }
      widths = DocxKit.fit(widths, heads, pt, 1, 2000);
      XWPFTable t = DocxKit.table(doc, 2 + us.size(), widths, 2, true);
      unitHeads(t, pt);
      for (int i = 0; i < groups.size(); i++) {
        DocxKit.header(t, 0, 2 + i, groups.get(i).id() + ". " + groups.get(i).name(), pt);
        DocxKit.header(t, 1, 2 + i, show(Figures.groupMax(groups.get(i), ug.id())), pt);
      }
      DocxKit.header(t, 0, 2 + groups.size(), labels.get("docx.col.total"), pt);
      DocxKit.header(t, 1, 2 + groups.size(), show(set.maxFor(ug.id(), Kind.NORMAL)), pt);
      for (int j = 0; j < us.size(); j++) {
        UnitResult u = us.get(j);
        int r = 2 + j;
        DocxKit.cell(t, r, 0, Integer.toString(j + 1), false, ParagraphAlignment.CENTER, pt);
        DocxKit.cell(t, r, 1, u.unit().name(), false, ParagraphAlignment.LEFT, pt);
        for (int i = 0; i < groups.size(); i++) {
          GroupResult gr = u.group(groups.get(i).id());
          DocxKit.cell(t, r, 2 + i, groupPoints(u, gr), false, ParagraphAlignment.CENTER, pt);
        }
        DocxKit.cell(t, r, 2 + groups.size(), u.fin() == null ? "" : show(u.fin().points()), true, ParagraphAlignment.CENTER, pt);
      }
    }

    /** A criterion's final points as they count (a deduction with its minus sign). */
    private String outcome(CriterionResult cr) {
      Outcome o = cr == null ? null : cr.fin();
      if (o == null || o.status() == CriterionStatus.NOT_APPLICABLE) {
        return labels.get("docx.not_applicable");
      }
      if (o.status() == CriterionStatus.NA || o.points() == null) {
        return labels.get("docx.na");
      }
      return show(Figures.signed(cr.criterion(), o.points()));
    }

    /** A unit's points in a criteria group, naming a bonus that lifts them. */
    private String groupPoints(UnitResult u, GroupResult gr) {
      if (gr == null) {
        return "";
      }
      BigDecimal bonus = Figures.bonus(u, gr.group(), false);
      String shown = show(gr.points());
      return bonus.signum() == 0 ? shown : shown + " (" + labels.get("docx.bonus", show(bonus)) + ")";
    }

    private List<UnitResult> units(UnitGroup ug) {
      return results.units().stream().filter(u -> u.unit().group().equals(ug.id())).toList();
    }

    private String show(BigDecimal v) {
      return v == null ? "" : Numbers.show(v, precision, labels.language());
    }

    private static long count(List<UnitResult> us, UnitStatus s) {
      return us.stream().filter(u -> u.status() == s).count();
    }
  }
}
