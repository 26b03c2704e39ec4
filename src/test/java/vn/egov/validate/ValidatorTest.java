package vn.egov.validate;

import vn.egov.model.Subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.criteria.CriteriaLoader;
import vn.egov.ingest.CsvReader;
import vn.egov.ingest.DecimalMode;
import vn.egov.ingest.ReportBuilder;
import vn.egov.model.Cell;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Entry;
import vn.egov.model.Problem;
import vn.egov.model.Severity;
import vn.egov.model.Unit;
import vn.egov.model.UnitReport;
import vn.egov.model.Value;
import vn.egov.text.Messages;

/** SPEC §2 "Inputs" (ranges, N/A, required), §2 checks and §3 unit groups and the registry. */
class ValidatorTest {
  static final String CRITERIA =
      """
      schema: egov-criteria/1
      id: v
      title: v
      unit_groups:
        - {id: department, name: "Sở, ban, ngành"}
        - {id: district, name: "UBND cấp huyện"}
      inputs:
        - {id: staff_total, label: "Tổng số CBCC", type: integer, min: 0}
        - {id: mixed, label: "Dùng chung", type: integer, min: 0}
      groups:
        - id: "1"
          name: "Hạ tầng"
          criteria:
            - id: "1.1"
              name: "Máy tính"
              max: 5
              inputs: [{id: staff_with_pc, label: "CBCC có máy tính", type: integer, min: 0}]
              method: {type: bands, value: staff_with_pc / staff_total, bands: [{min: 0.98, points: 5}, {min: 0.9, points: 4}]}
            - id: "1.2"
              name: "Tỷ lệ"
              max: 10
              inputs: [{id: online_rate, label: "Tỷ lệ hồ sơ trực tuyến", type: percent}]
              method: {type: proportional, value: online_rate, target: 100}
            - id: "1.3"
              name: "Chấm điểm"
              max: 4
              inputs: [{id: manual_pts, label: "Điểm thẩm định", type: points}]
              method: {type: manual, input: manual_pts}
              overrides: {district: {max: 6}}
            - id: "1.4"
              name: "Cổng"
              max: 2
              na: allowed
              inputs: [{id: has_portal, label: "Có cổng", type: boolean}]
              method: {type: boolean, input: has_portal}
            - id: "1.5"
              name: "Trang xã"
              max: 3
              applies_to: [district]
              inputs: [{id: commune_sites, label: "Số xã có trang", type: integer, min: 0, max: 50}]
              method: {type: count, value: commune_sites, each: 0.5}
            - id: "1.6"
              name: "DVC"
              max: 2
              overrides: {district: {na: allowed}}
              inputs: [{id: dvc, label: "Số DVC", type: integer, min: 0}]
              method: {type: count, value: dvc, each: 1}
            - id: "1.7"
              name: "Web"
              max: 4
              na: allowed
              inputs: [{id: web_a, label: "Web A", type: integer, min: 0}, {id: web_b, label: "Web B", type: integer, min: 0}]
              method: {type: formula, expr: web_a + web_b + mixed}
            - id: "1.8"
              name: "Dùng chung"
              max: 2
              method: {type: count, value: mixed, each: 1}
            - id: "1.9"
              name: "Sáng kiến"
              max: 2
              kind: bonus
              inputs: [{id: ideas, label: "Sáng kiến", type: integer, min: 0, required: false}]
              method: {type: count, value: ideas, each: 1}
      checks:
        - rule: staff_with_pc <= staff_total
          message: Số CBCC có máy tính không thể lớn hơn tổng số CBCC
          severity: error
        - rule: dvc <= 100
          message: Số DVC quá lớn
          severity: warning
      """;

  static final List<String> COLUMNS =
      List.of("unit_id", "unit_group", "staff_total", "staff_with_pc", "online_rate", "manual_pts",
          "has_portal", "commune_sites", "dvc", "web_a", "web_b", "mixed", "ideas");

  static final List<Unit> REGISTRY =
      List.of(
          new Unit("STTTT", "Sở Thông tin và Truyền thông", "department", true),
          new Unit("SNV", "Sở Nội vụ", "department", true),
          new Unit("VT", "UBND thành phố Việt Trì", "district", true));

  static CriteriaSet criteria;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    CriteriaLoader.Loaded loaded = CriteriaLoader.parse(CRITERIA, "c.yaml");
    assertThat(loaded.problems()).isEmpty();
    criteria = loaded.criteria();
  }

  // ---- helpers ----

  /** A wide-table row: complete valid defaults for the group, with "input=value" changes. */
  private static String row(String unit, String group, String... changes) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("unit_id", unit);
    v.put("unit_group", group);
    v.put("staff_total", "100");
    v.put("staff_with_pc", "90");
    v.put("online_rate", "80");
    v.put("manual_pts", "3");
    v.put("has_portal", "có");
    v.put("commune_sites", "district".equals(group) ? "10" : "");
    v.put("dvc", "5");
    v.put("web_a", "1");
    v.put("web_b", "1");
    v.put("mixed", "1");
    v.put("ideas", "");
    for (String c : changes) {
      int eq = c.indexOf('=');
      String key = c.substring(0, eq);
      assertThat(v).containsKey(key);
      v.put(key, c.substring(eq + 1));
    }
    List<String> cells = new ArrayList<>();
    for (String col : COLUMNS) {
      String s = v.get(col);
      cells.add(s.contains(",") ? "\"" + s + "\"" : s);
    }
    return String.join(",", cells);
  }

  private static String wide(String... rows) {
    return String.join(",", COLUMNS) + "\n" + String.join("\n", rows) + "\n";
  }

  private List<UnitReport> ingest(String csv) throws IOException {
    Path p = dir.resolve("r.csv");
    Files.writeString(p, csv, StandardCharsets.UTF_8);
    ReportBuilder b = new ReportBuilder(criteria, DecimalMode.AUTO);
    new CsvReader(criteria).read(p, "r.csv", b);
    ReportBuilder.Ingested in = b.result();
    assertThat(in.problems()).extracting(x -> x.location() + " " + x.message()).isEmpty();
    return in.reports();
  }

  private Validator.Checked check(String csv, List<Unit> registry) throws IOException {
    return new Validator(criteria, registry).check(ingest(csv));
  }

  private static Subject subject(Validator.Checked c, String id) {
    return c.subjects().stream()
        .filter(s -> s.unit().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no subject " + id + ": " + c.subjects()));
  }

  private static Entry entry(Validator.Checked c, String unit, String input) {
    Entry e = subject(c, unit).report().entries().get(input);
    assertThat(e).as("entry %s/%s", unit, input).isNotNull();
    return e;
  }

  private static String en(Problem p) {
    return Messages.of("en").render(p.message());
  }

  /** location, key, args, unit, input, severity of every problem. */
  /**
   * The problems besides "registered but sent no report" (most cases register more units than
   * they report; {@link #warnsAboutRegisteredUnitsThatSentNothing()} covers those warnings).
   */
  private static List<Problem> besidesNotSubmitted(Validator.Checked c) {
    return c.problems().stream().filter(p -> !p.message().key().equals("unit.not_submitted")).toList();
  }

  private static void assertProblems(Validator.Checked c, org.assertj.core.groups.Tuple... expected) {
    assertThat(besidesNotSubmitted(c))
        .extracting(
            p -> p.location().toString(),
            p -> p.message().key(),
            p -> p.message().args(),
            Problem::unit,
            Problem::input,
            Problem::severity)
        .containsExactly(expected);
  }

  private static org.assertj.core.groups.Tuple error(
      String where, String key, List<String> args, String unit, String input) {
    return tuple(where, key, args, unit, input, Severity.ERROR);
  }

  // ---- a clean report ----

  @Test
  void acceptsCompleteReportsAndListsRegisteredUnitsInRegistryOrder() throws IOException {
    Validator.Checked c =
        check(wide(row("VT", "district"), row("STTTT", "department")), REGISTRY);
    assertThat(besidesNotSubmitted(c)).isEmpty();
    assertThat(c.subjects())
        .extracting(s -> s.unit().id(), Subject::hasErrors)
        .containsExactly(tuple("STTTT", false), tuple("SNV", false), tuple("VT", false));
    assertThat(subject(c, "SNV").report()).isNull();
    assertThat(subject(c, "SNV").unit())
        .isEqualTo(new Unit("SNV", "Sở Nội vụ", "department", true));
    assertThat(subject(c, "VT").report().group()).isEqualTo("district");
    assertThat(((Value.Num) entry(c, "VT", "commune_sites").self().value()).value())
        .isEqualByComparingTo("10");
    assertThat(entry(c, "STTTT", "has_portal").self().value()).isEqualTo(new Value.Bool(true));
  }

  // ---- ranges ----

  @Test
  void blanksValueBelowMinimum() throws IOException {
    Validator.Checked c = check(wide(row("STTTT", "department", "staff_total=-1")), REGISTRY);
    assertProblems(
        c, error("r.csv:2:3", "value.range", List.of("-1", "0", "+∞"), "STTTT", "staff_total"));
    assertThat(en(c.problems().get(0))).isEqualTo("-1 is outside the allowed range 0 to +∞");
    Cell cell = entry(c, "STTTT", "staff_total").self();
    assertThat(cell.raw()).isEqualTo("-1");
    assertThat(cell.value()).isNull();
    assertThat(subject(c, "STTTT").hasErrors()).isTrue();
  }

  @Test
  void blanksValueAboveMaximum() throws IOException {
    Validator.Checked c =
        check(wide(row("VT", "district", "commune_sites=51"), row("STTTT", "department")), REGISTRY);
    assertProblems(
        c, error("r.csv:2:8", "value.range", List.of("51", "0", "50"), "VT", "commune_sites"));
    assertThat(entry(c, "VT", "commune_sites").self().value()).isNull();
    assertThat(subject(c, "STTTT").hasErrors()).isFalse();
  }

  @Test
  void acceptsValuesOnTheBounds() throws IOException {
    Validator.Checked c =
        check(
            wide(
                row("VT", "district", "commune_sites=50", "online_rate=100%", "manual_pts=6"),
                row("STTTT", "department", "staff_total=0", "staff_with_pc=0", "online_rate=0",
                    "manual_pts=4")),
            REGISTRY);
    assertThat(besidesNotSubmitted(c)).isEmpty();
    assertThat(((Value.Num) entry(c, "VT", "online_rate").self().value()).value())
        .isEqualByComparingTo("100");
  }

  @Test
  void rejectsPercentAbove100AndBelow0() throws IOException {
    Validator.Checked c =
        check(
            wide(
                row("STTTT", "department", "online_rate=100,5"),
                row("VT", "district", "online_rate=-2%")),
            REGISTRY);
    assertProblems(
        c,
        error("r.csv:2:5", "value.range", List.of("100.5", "0", "100"), "STTTT", "online_rate"),
        error("r.csv:3:5", "value.range", List.of("-2", "0", "100"), "VT", "online_rate"));
    assertThat(en(c.problems().get(0))).isEqualTo("100.5 is outside the allowed range 0 to 100");
    assertThat(entry(c, "STTTT", "online_rate").self().value()).isNull();
  }

  @Test
  void rejectsManualPointsAboveCriterionMaxPerGroup() throws IOException {
    Validator.Checked c =
        check(
            wide(
                row("STTTT", "department", "manual_pts=4,5"),
                row("VT", "district", "manual_pts=5"),
                row("vt2", "district", "manual_pts=6,5"),
                row("SNV", "department", "manual_pts=-1")),
            List.of(REGISTRY.get(0), REGISTRY.get(1), REGISTRY.get(2),
                new Unit("VT2", "UBND huyện", "district", true)));
    assertProblems(
        c,
        error("r.csv:2:6", "value.range", List.of("4.5", "0", "4"), "STTTT", "manual_pts"),
        error("r.csv:4:6", "value.range", List.of("6.5", "0", "6"), "VT2", "manual_pts"),
        error("r.csv:5:6", "value.range", List.of("-1", "0", "4"), "SNV", "manual_pts"));
    assertThat(entry(c, "STTTT", "manual_pts").self().value()).isNull();
    assertThat(((Value.Num) entry(c, "VT", "manual_pts").self().value()).value())
        .isEqualByComparingTo("5");
  }

  @Test
  void blanksAppraisedValueOutOfRangeAndKeepsSelfValue() throws IOException {
    Validator.Checked c =
        check(
            "unit_id,input_id,value,appraised\n"
                + "STTTT,online_rate,90,120\n"
                + "STTTT,staff_total,100,\n"
                + "STTTT,staff_with_pc,90,\n"
                + "STTTT,manual_pts,3,\n"
                + "STTTT,has_portal,có,\n"
                + "STTTT,dvc,2,\n"
                + "STTTT,web_a,1,\n"
                + "STTTT,web_b,1,\n"
                + "STTTT,mixed,1,\n",
            REGISTRY);
    assertProblems(
        c, error("r.csv:2:4", "value.range", List.of("120", "0", "100"), "STTTT", "online_rate"));
    Entry e = entry(c, "STTTT", "online_rate");
    assertThat(e.appraised().value()).isNull();
    assertThat(e.appraised().raw()).isEqualTo("120");
    assertThat(((Value.Num) e.self().value()).value()).isEqualByComparingTo("90");
  }

  // ---- N/A ----

  @Test
  void acceptsNaWhereEveryUsingCriterionAllowsIt() throws IOException {
    Validator.Checked c =
        check(
            wide(
                row("STTTT", "department", "has_portal=N/A", "web_a=KAD"),
                row("VT", "district", "dvc=Không áp dụng")),
            REGISTRY);
    assertThat(besidesNotSubmitted(c)).isEmpty();
    assertThat(entry(c, "STTTT", "has_portal").self().value()).isEqualTo(new Value.NotApplicable());
    assertThat(entry(c, "STTTT", "web_a").self().value()).isEqualTo(new Value.NotApplicable());
    assertThat(entry(c, "VT", "dvc").self().value()).isEqualTo(new Value.NotApplicable());
  }

  @Test
  void rejectsNaWhereACriterionForbidsIt() throws IOException {
    Validator.Checked c =
        check(
            wide(
                row("STTTT", "department", "dvc=N/A", "mixed=na", "online_rate=KAD")),
            REGISTRY);
    assertProblems(
        c,
        error("r.csv:2:5", "value.na.forbidden", List.of("KAD"), "STTTT", "online_rate"),
        error("r.csv:2:9", "value.na.forbidden", List.of("N/A"), "STTTT", "dvc"),
        error("r.csv:2:12", "value.na.forbidden", List.of("na"), "STTTT", "mixed"));
    assertThat(en(c.problems().get(1)))
        .isEqualTo("'N/A' (not applicable) is not allowed for this input; enter a value");
    assertThat(entry(c, "STTTT", "dvc").self().value()).isNull();
    assertThat(entry(c, "STTTT", "mixed").self().value()).isNull();
  }

  // ---- required ----

  @Test
  void reportsBlankRequiredInputAtItsBlankCell() throws IOException {
    Validator.Checked c =
        check(wide(row("STTTT", "department", "staff_total=", "has_portal=")), REGISTRY);
    assertProblems(
        c,
        error("r.csv:2:3", "value.required", List.of("staff_total (Tổng số CBCC)"), "STTTT",
            "staff_total"),
        error("r.csv:2:7", "value.required", List.of("has_portal (Có cổng)"), "STTTT",
            "has_portal"));
    assertThat(en(c.problems().get(0)))
        .isEqualTo("required input staff_total (Tổng số CBCC) is blank; the criterion scores 0");
  }

  @Test
  void reportsBlankRequiredValueAtItsCellWhenEvidenceIsGiven() throws IOException {
    Validator.Checked c =
        check(
            "unit_id,input_id,value,evidence\n"
                + "STTTT,staff_total,100,\n"
                + "STTTT,staff_with_pc,90,\n"
                + "STTTT,online_rate,,Báo cáo 3\n"
                + "STTTT,manual_pts,3,\n"
                + "STTTT,has_portal,có,\n"
                + "STTTT,dvc,2,\n"
                + "STTTT,web_a,1,\n"
                + "STTTT,web_b,1,\n"
                + "STTTT,mixed,1,\n",
            REGISTRY);
    assertProblems(
        c,
        error("r.csv:4:3", "value.required", List.of("online_rate (Tỷ lệ hồ sơ trực tuyến)"),
            "STTTT", "online_rate"));
  }

  @Test
  void doesNotRequireInputsOfCriteriaThatDoNotApplyToTheGroup() throws IOException {
    Validator.Checked c =
        check(
            wide(row("STTTT", "department", "commune_sites="), row("VT", "district", "commune_sites=")),
            REGISTRY);
    assertProblems(
        c,
        error("r.csv:3:8", "value.required", List.of("commune_sites (Số xã có trang)"), "VT",
            "commune_sites"));
  }

  @Test
  void doesNotRequireInputsOfCriteriaDeclaredNa() throws IOException {
    // 1.7 (web_a, web_b, mixed) is N/A through web_a; mixed is still needed by 1.8
    Validator.Checked c =
        check(
            wide(
                row("STTTT", "department", "web_a=N/A", "web_b=", "mixed="),
                row("SNV", "department", "has_portal=N/A")),
            REGISTRY);
    assertProblems(
        c,
        error("r.csv:2:12", "value.required", List.of("mixed (Dùng chung)"), "STTTT", "mixed"));
  }

  @Test
  void acceptsBlankOptionalInput() throws IOException {
    Validator.Checked c =
        check(
            wide(row("STTTT", "department", "ideas="), row("SNV", "department", "ideas=2"))
                + "VT,district,100,90,80,3,có,10,5,1,1,1\n",
            REGISTRY);
    assertThat(besidesNotSubmitted(c)).isEmpty();
    assertThat(subject(c, "STTTT").report().entries()).doesNotContainKey("ideas");
    assertThat(((Value.Num) entry(c, "SNV", "ideas").self().value()).value())
        .isEqualByComparingTo("2");
  }

  // ---- units and groups ----

  @Test
  void dropsUnknownUnitWithHint() throws IOException {
    Validator.Checked c =
        check(wide(row("STTT", "department"), row("QQQQQQ", "department")), REGISTRY);
    assertProblems(
        c,
        error("r.csv:2:1", "unit.unknown.hint", List.of("STTT", "STTTT"), "STTT", null),
        error("r.csv:3:1", "unit.unknown", List.of("QQQQQQ"), "QQQQQQ", null));
    assertThat(en(c.problems().get(0)))
        .isEqualTo(
            "unit 'STTT' is not in the units registry; did you mean 'STTTT'? Its rows are ignored");
    assertThat(c.subjects()).extracting(s -> s.unit().id()).containsExactly("STTTT", "SNV", "VT");
    assertThat(c.subjects()).allSatisfy(s -> assertThat(s.report()).isNull());
  }

  @Test
  void matchesRegistryUnitIgnoringCase() throws IOException {
    Validator.Checked c = check(wide(row("stttt", "department")), REGISTRY);
    assertThat(besidesNotSubmitted(c)).isEmpty();
    Subject s = subject(c, "STTTT");
    assertThat(s.report()).isNotNull();
    assertThat(s.report().unitId()).isEqualTo("STTTT");
    assertThat(s.report().group()).isEqualTo("department");
    assertThat(((Value.Num) s.report().entries().get("staff_total").self().value()).value())
        .isEqualByComparingTo("100");
  }

  @Test
  void takesGroupFromRegistryAndReportsContradiction() throws IOException {
    Validator.Checked c =
        check(
            wide(
                row("STTTT", "district"),
                row("SNV", "SỞ, BAN, NGÀNH"),
                row("VT", "", "commune_sites=10")),
            REGISTRY);
    assertProblems(
        c,
        error("r.csv:2:2", "unit.group.contradicts", List.of("district", "department"), "STTTT",
            null));
    assertThat(en(c.problems().get(0)))
        .isEqualTo("group 'district' contradicts the units registry, which says 'department'; the registry is used");
    assertThat(subject(c, "STTTT").unit().group()).isEqualTo("department");
    assertThat(subject(c, "STTTT").report().group()).isEqualTo("department");
    assertThat(subject(c, "SNV").report().group()).isEqualTo("department");
    assertThat(subject(c, "VT").report().group()).isEqualTo("district");
  }

  @Test
  void takesGroupFromReportByIdOrNameWithoutRegistry() throws IOException {
    Validator.Checked c =
        check(
            wide(
                row("A", "department"),
                row("B", "UBND cấp huyện", "commune_sites=1"),
                row("C", "ubnd cap huyen", "commune_sites=2"),
                row("D", "sở,  ban, ngành"),
                row("E", "DISTRICT", "commune_sites=3")),
            List.of());
    assertThat(besidesNotSubmitted(c)).isEmpty();
    assertThat(c.subjects())
        .extracting(Subject::unit)
        .containsExactly(
            new Unit("A", "A", "department", true),
            new Unit("B", "B", "district", true),
            new Unit("C", "C", "district", true),
            new Unit("D", "D", "department", true),
            new Unit("E", "E", "district", true));
    assertThat(subject(c, "C").report().group()).isEqualTo("district");
  }

  @Test
  void takesUnitNameFromReportWithoutRegistry() throws IOException {
    Validator.Checked c =
        check(
            "Mã đơn vị;Tên đơn vị;Nhóm;staff_total\nH1;UBND huyện Lâm Thao;district;5\n", List.of());
    assertThat(c.subjects())
        .extracting(Subject::unit)
        .containsExactly(new Unit("H1", "UBND huyện Lâm Thao", "district", true));
    assertThat(besidesNotSubmitted(c))
        .extracting(p -> p.message().key(), Problem::input)
        .contains(tuple("value.required", "commune_sites"))
        .allSatisfy(t -> assertThat(t.toList().get(0)).isEqualTo("value.required"));
  }

  @Test
  void dropsUnitWithUnknownOrMissingGroupWithoutRegistry() throws IOException {
    Validator.Checked c =
        check(
            wide(row("A", "xã"), row("B", ""), row("C", "district")),
            List.of());
    assertProblems(
        c,
        error("r.csv:2:2", "unit.group.unknown", List.of("xã", "department, district"), "A", null),
        error("r.csv:3:1", "unit.group.missing", List.of("B"), "B", null));
    assertThat(en(c.problems().get(0)))
        .isEqualTo("unknown unit group 'xã'; expected one of: department, district");
    assertThat(c.subjects()).extracting(s -> s.unit().id()).containsExactly("C");
  }

  // ---- checks ----

  @Test
  void reportsFailedCheckWithItsValuesAndSeverity() throws IOException {
    Validator.Checked c =
        check(
            wide(
                row("STTTT", "department", "staff_with_pc=120"),
                row("SNV", "department", "dvc=150")),
            REGISTRY);
    assertThat(besidesNotSubmitted(c))
        .extracting(
            p -> p.location().toString(), p -> p.message().key(), Problem::unit, Problem::input,
            Problem::severity)
        .containsExactly(
            tuple("r.csv:2:4", "check.failed", "STTTT", "staff_with_pc", Severity.ERROR),
            tuple("r.csv:3:9", "check.failed", "SNV", "dvc", Severity.WARNING));
    // values are listed in the order the rule names them, the same on every run
    assertThat(en(c.problems().get(0)))
        .isEqualTo(
            "staff_with_pc <= staff_total fails (staff_with_pc = 120, staff_total = 100): "
                + "Số CBCC có máy tính không thể lớn hơn tổng số CBCC");
    assertThat(en(c.problems().get(1))).isEqualTo("dvc <= 100 fails (dvc = 150): Số DVC quá lớn");
    assertThat(subject(c, "STTTT").hasErrors()).isTrue();
    assertThat(subject(c, "SNV").hasErrors()).isFalse();
    // the values stay: a failed check blanks nothing
    assertThat(((Value.Num) entry(c, "STTTT", "staff_with_pc").self().value()).value())
        .isEqualByComparingTo("120");
  }

  @Test
  void checksTheFinalAppraisedValues() throws IOException {
    Validator.Checked c =
        check(
            String.join(",", COLUMNS) + ",staff_with_pc@appraised\n"
                + row("STTTT", "department", "staff_with_pc=120") + ",95\n"
                + row("SNV", "department", "staff_with_pc=90") + ",101\n",
            REGISTRY);
    assertThat(besidesNotSubmitted(c))
        .extracting(p -> p.location().toString(), p -> p.message().key(), Problem::unit)
        .containsExactly(tuple("r.csv:3:14", "check.failed", "SNV"));
  }

  @Test
  void skipsCheckWithBlankInput() throws IOException {
    Validator.Checked c =
        check(wide(row("STTTT", "department", "staff_total=", "staff_with_pc=120")), REGISTRY);
    assertThat(besidesNotSubmitted(c))
        .extracting(p -> p.message().key())
        .containsExactly("value.required");
  }

  @Test
  void skipsCheckWithValueBlankedAsOutOfRange() throws IOException {
    Validator.Checked c =
        check(wide(row("STTTT", "department", "staff_total=-5", "staff_with_pc=120")), REGISTRY);
    assertThat(besidesNotSubmitted(c))
        .extracting(p -> p.location().toString(), p -> p.message().key())
        .containsExactly(tuple("r.csv:2:3", "value.range"));
  }

  @Test
  void warnsAboutRegisteredUnitsThatSentNothingInOneLine() throws IOException {
    Validator.Checked c = check(wide(row("STTTT", "department")), REGISTRY);
    List<Unit> silent = REGISTRY.stream().filter(u -> !u.id().equals("STTTT")).toList();
    assertThat(c.problems().stream().filter(p -> p.message().key().equals("unit.not_submitted")))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.severity()).isEqualTo(Severity.WARNING);
          assertThat(p.location().toString()).isEqualTo("c.yaml");
          assertThat(p.message().args()).containsExactly(String.valueOf(silent.size()), Validator.listOf(silent));
        });
  }
}
