package vn.egov.ingest;

import vn.egov.text.CsvDelimiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.criteria.CriteriaLoader;
import vn.egov.model.Cell;
import vn.egov.model.ChoiceOption;
import vn.egov.model.CriteriaSet;
import vn.egov.model.Entry;
import vn.egov.model.Problem;
import vn.egov.model.Severity;
import vn.egov.model.UnitReport;
import vn.egov.model.Value;
import vn.egov.text.Messages;

/** SPEC §3 "Self-reports": long and wide CSV tables, encodings, delimiters, locations. */
class CsvReaderTest {
  static final String CRITERIA =
      """
      schema: egov-criteria/1
      id: t
      title: t
      unit_groups:
        - {id: department, name: "Sở, ban, ngành"}
        - {id: district, name: "UBND cấp huyện"}
      inputs:
        - {id: staff_total, label: "Tổng số CBCC", type: integer, min: 0}
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
              name: "Hồ sơ trực tuyến"
              max: 10
              inputs: [{id: online_rate, label: "Tỷ lệ hồ sơ trực tuyến", type: percent}]
              method: {type: proportional, value: online_rate, target: 100}
            - id: "1.3"
              name: "Cổng"
              max: 2
              inputs: [{id: has_portal, label: "Có cổng", type: boolean}]
              method: {type: boolean, input: has_portal}
            - id: "1.4"
              name: "Mức độ"
              max: 5
              inputs:
                - id: portal_level
                  label: "Mức độ cổng"
                  type: choice
                  options: [{value: muc-4, label: "Mức độ 4", points: 5}, {value: muc-3, label: "Mức độ 3", points: 3}]
              method: {type: choice, input: portal_level}
            - id: "1.5"
              name: "Kinh phí"
              max: 2
              inputs: [{id: budget, label: "Kinh phí", type: number, required: false}]
              method: {type: count, value: budget, each: 0.001}
      """;

  static CriteriaSet criteria;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    CriteriaLoader.Loaded loaded = CriteriaLoader.parse(CRITERIA, "c.yaml");
    assertThat(loaded.problems()).isEmpty();
    criteria = loaded.criteria();
  }

  // ---- helpers ----

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private ReportBuilder.Ingested read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  private ReportBuilder.Ingested read(byte[] bytes) throws IOException {
    ReportBuilder b = new ReportBuilder(criteria, DecimalMode.AUTO);
    new CsvReader(criteria).read(write("r.csv", bytes), "r.csv", b);
    return b.result();
  }

  private static UnitReport unit(ReportBuilder.Ingested in, String id) {
    return in.reports().stream()
        .filter(r -> r.unitId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no report for " + id + ": " + in.reports()));
  }

  private static Value self(ReportBuilder.Ingested in, String unit, String input) {
    Entry e = unit(in, unit).entries().get(input);
    assertThat(e).as("entry %s/%s", unit, input).isNotNull();
    return e.self().value();
  }

  private static BigDecimal selfNum(ReportBuilder.Ingested in, String unit, String input) {
    Value v = self(in, unit, input);
    assertThat(v).as("%s/%s", unit, input).isInstanceOf(Value.Num.class);
    return ((Value.Num) v).value();
  }

  private static String at(Problem p) {
    return p.location().toString();
  }

  private static String en(Problem p) {
    return Messages.of("en").render(p.message());
  }

  private static void assertNoProblems(ReportBuilder.Ingested in) {
    assertThat(in.problems()).extracting(p -> at(p) + " " + p.message()).isEmpty();
  }

  private static void assertOnlyProblem(
      ReportBuilder.Ingested in, String location, String key) {
    assertThat(in.problems())
        .extracting(CsvReaderTest::at, p -> p.message().key(), Problem::severity)
        .containsExactly(tuple(location, key, Severity.ERROR));
  }

  // ---- long and wide tables ----

  @Test
  void readsLongTableWithEveryType() throws IOException {
    ReportBuilder.Ingested in =
        read(
            """
            unit_id,unit_name,unit_group,input_id,value,appraised,evidence,note
            STTTT,Sở Thông tin và Truyền thông,department,staff_total,1.234,,QĐ 12,
            STTTT,Sở Thông tin và Truyền thông,department,staff_with_pc,"1.200",1.150,,giảm
            STTTT,Sở Thông tin và Truyền thông,department,online_rate,"96,52%",,,
            STTTT,Sở Thông tin và Truyền thông,department,has_portal,Có,Không,,
            STTTT,Sở Thông tin và Truyền thông,department,portal_level,Mức độ 4,muc-3,,
            STTTT,Sở Thông tin và Truyền thông,department,budget,"1.234,5",,,
            """);
    assertNoProblems(in);
    assertThat(in.reports()).hasSize(1);
    UnitReport r = unit(in, "STTTT");
    assertThat(r.name()).isEqualTo("Sở Thông tin và Truyền thông");
    assertThat(r.group()).isEqualTo("department");
    assertThat(r.where().toString()).isEqualTo("r.csv:2:1");
    assertThat(r.entries().keySet())
        .containsExactly(
            "staff_total", "staff_with_pc", "online_rate", "has_portal", "portal_level", "budget");
    assertThat(selfNum(in, "STTTT", "staff_total")).isEqualByComparingTo("1234");
    assertThat(selfNum(in, "STTTT", "staff_with_pc")).isEqualByComparingTo("1200");
    assertThat(((Value.Num) r.entries().get("staff_with_pc").appraised().value()).value())
        .isEqualByComparingTo("1150");
    assertThat(r.entries().get("staff_with_pc").note()).isEqualTo("giảm");
    assertThat(r.entries().get("staff_total").evidence()).isEqualTo("QĐ 12");
    assertThat(r.entries().get("staff_total").appraised()).isNull(); // a blank appraisal is none
    assertThat(selfNum(in, "STTTT", "online_rate")).isEqualByComparingTo("96.52");
    assertThat(self(in, "STTTT", "has_portal")).isEqualTo(new Value.Bool(true));
    assertThat(r.entries().get("has_portal").appraised().value()).isEqualTo(new Value.Bool(false));
    assertThat(self(in, "STTTT", "portal_level"))
        .isEqualTo(new Value.Choice(new ChoiceOption("muc-4", "Mức độ 4", new BigDecimal("5"))));
    assertThat(((Value.Choice) r.entries().get("portal_level").appraised().value()).option().value())
        .isEqualTo("muc-3");
    assertThat(selfNum(in, "STTTT", "budget")).isEqualByComparingTo("1234.5");
    Cell c = r.entries().get("online_rate").self();
    assertThat(c.raw()).isEqualTo("96,52%");
    assertThat(c.location().toString()).isEqualTo("r.csv:4:5");
  }

  @Test
  void readsWideTableWithAppraisedAndEvidenceColumns() throws IOException {
    ReportBuilder.Ingested in =
        read(
            """
            unit_id,unit_name,unit_group,staff_total,staff_with_pc,staff_with_pc@appraised,staff_with_pc@evidence,online_rate,has_portal
            STTTT,Sở TT&TT,department,1.234,1.210,1.150,"QĐ 12/QĐ-STTTT, phụ lục 2","96,52",x
            SNV,Sở Nội vụ,department,412,405,,,88.5,không
            """);
    assertNoProblems(in);
    assertThat(in.reports()).extracting(UnitReport::unitId).containsExactly("STTTT", "SNV");
    UnitReport sttt = unit(in, "STTTT");
    assertThat(sttt.name()).isEqualTo("Sở TT&TT");
    assertThat(sttt.group()).isEqualTo("department");
    assertThat(selfNum(in, "STTTT", "staff_total")).isEqualByComparingTo("1234");
    Entry pc = sttt.entries().get("staff_with_pc");
    assertThat(((Value.Num) pc.self().value()).value()).isEqualByComparingTo("1210");
    assertThat(((Value.Num) pc.appraised().value()).value()).isEqualByComparingTo("1150");
    assertThat(pc.appraised().location().toString()).isEqualTo("r.csv:2:6");
    assertThat(pc.evidence()).isEqualTo("QĐ 12/QĐ-STTTT, phụ lục 2");
    assertThat(((Value.Num) pc.fin().value()).value()).isEqualByComparingTo("1150");
    assertThat(selfNum(in, "STTTT", "online_rate")).isEqualByComparingTo("96.52");
    assertThat(self(in, "STTTT", "has_portal")).isEqualTo(new Value.Bool(true));
    assertThat(selfNum(in, "SNV", "staff_total")).isEqualByComparingTo("412");
    Entry snvPc = unit(in, "SNV").entries().get("staff_with_pc");
    assertThat(snvPc.appraised()).isNull(); // blank appraisal cell: no appraisal
    assertThat(((Value.Num) snvPc.fin().value()).value()).isEqualByComparingTo("405");
    assertThat(snvPc.self().location().toString()).isEqualTo("r.csv:3:5");
    assertThat(selfNum(in, "SNV", "online_rate")).isEqualByComparingTo("88.5");
    assertThat(self(in, "SNV", "has_portal")).isEqualTo(new Value.Bool(false));
  }

  @Test
  void skipsBlankCellsOfWideTable() throws IOException {
    ReportBuilder.Ingested in =
        read("unit_id,unit_group,staff_total,budget\nA,district,10,\nB,district,,\n");
    assertNoProblems(in);
    assertThat(unit(in, "A").entries().keySet()).containsExactly("staff_total");
    assertThat(unit(in, "B").entries()).isEmpty();
  }

  // ---- delimiters, encodings, line ends ----

  private static final String WIDE_SEMICOLON =
      "Mã đơn vị;Nhóm;staff_total;online_rate\nVT;district;32.052;96,52%\nLT;district;1.234.567;\"70\"\n";

  private void assertWideSample(ReportBuilder.Ingested in) {
    assertNoProblems(in);
    assertThat(in.reports()).extracting(UnitReport::unitId).containsExactly("VT", "LT");
    assertThat(selfNum(in, "VT", "staff_total")).isEqualByComparingTo("32052");
    assertThat(selfNum(in, "VT", "online_rate")).isEqualByComparingTo("96.52");
    assertThat(selfNum(in, "LT", "staff_total")).isEqualByComparingTo("1234567");
    assertThat(selfNum(in, "LT", "online_rate")).isEqualByComparingTo("70");
    assertThat(unit(in, "LT").entries().get("online_rate").self().location().toString())
        .isEqualTo("r.csv:3:4");
    assertThat(unit(in, "VT").group()).isEqualTo("district");
  }

  @Test
  void detectsSemicolonDelimiter() throws IOException {
    assertThat(CsvDelimiter.detect(WIDE_SEMICOLON)).isEqualTo(';');
    assertWideSample(read(WIDE_SEMICOLON));
  }

  @Test
  void detectsCommaDelimiter() throws IOException {
    String text =
        "Mã đơn vị,Nhóm,staff_total,online_rate\nVT,district,\"32.052\",\"96,52%\"\nLT,district,1.234.567,70\n";
    assertThat(CsvDelimiter.detect(text)).isEqualTo(',');
    assertWideSample(read(text));
  }

  @Test
  void detectsTabDelimiter() throws IOException {
    String text = WIDE_SEMICOLON.replace(';', '\t');
    assertThat(CsvDelimiter.detect(text)).isEqualTo('\t');
    assertWideSample(read(text));
  }

  @Test
  void detectsDelimiterOutsideQuotesOnly() {
    assertThat(CsvDelimiter.detect("\"a;b;c;d\",x,y\n")).isEqualTo(',');
    assertThat(CsvDelimiter.detect("\n\n\"a,b,c\";x;y\n1,2,3,4,5\n")).isEqualTo(';');
  }

  @Test
  void readsUtf8WithBom() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    b.write(WIDE_SEMICOLON.getBytes(StandardCharsets.UTF_8));
    assertWideSample(read(b.toByteArray()));
  }

  @Test
  void readsUtf16LeWithBom() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xff, (byte) 0xfe});
    b.write(WIDE_SEMICOLON.replace(';', '\t').getBytes(StandardCharsets.UTF_16LE));
    assertWideSample(read(b.toByteArray()));
  }

  @Test
  void readsCrlfLineEnds() throws IOException {
    assertWideSample(read(WIDE_SEMICOLON.replace("\n", "\r\n")));
  }

  @Test
  void readsFileWithoutFinalLineEnd() throws IOException {
    assertWideSample(read(WIDE_SEMICOLON.strip()));
  }

  @Test
  void keepsLineNumbersAfterQuotedFieldsWithCommasAndNewlines() throws IOException {
    String text =
        "unit_id,input_id,value,evidence\n"
            + "A,staff_total,10,\"QĐ 1, QĐ 2\nphụ lục\n3\"\n"
            + "A,staff_with_pc,9x,\n"
            + "A,online_rate,\"96,5\",\"line1\nline2\"\n"
            + "A,has_portal,maybe,\n";
    for (String t : List.of(text, text.replace("\n", "\r\n"))) {
      ReportBuilder.Ingested in = read(t);
      assertThat(unit(in, "A").entries().get("staff_total").evidence())
          .isEqualTo(t == text ? "QĐ 1, QĐ 2\nphụ lục\n3" : "QĐ 1, QĐ 2\r\nphụ lục\r\n3");
      assertThat(selfNum(in, "A", "online_rate")).isEqualByComparingTo("96.5");
      assertThat(in.problems())
          .extracting(CsvReaderTest::at, p -> p.message().key(), Problem::unit, Problem::input)
          .containsExactly(
              tuple("r.csv:5:3", "value.integer", "A", "staff_with_pc"),
              tuple("r.csv:8:3", "value.boolean", "A", "has_portal"));
    }
  }

  // ---- headers ----

  @Test
  void matchesVietnameseHeaderAliasesInLongTable() throws IOException {
    ReportBuilder.Ingested in =
        read(
            """
            MÃ ĐƠN VỊ;  Tên   đơn vị ;NHÓM;mã chỉ tiêu;GIÁ TRỊ;Giá trị  thẩm định;tài liệu KIỂM CHỨNG;Ghi Chú
            VT;UBND TP Việt Trì;district;staff_total;1.234;1.230;QĐ 5;đã rà soát
            """);
    assertNoProblems(in);
    UnitReport vt = unit(in, "VT");
    assertThat(vt.name()).isEqualTo("UBND TP Việt Trì");
    assertThat(vt.group()).isEqualTo("district");
    Entry e = vt.entries().get("staff_total");
    assertThat(((Value.Num) e.self().value()).value()).isEqualByComparingTo("1234");
    assertThat(((Value.Num) e.appraised().value()).value()).isEqualByComparingTo("1230");
    assertThat(e.evidence()).isEqualTo("QĐ 5");
    assertThat(e.note()).isEqualTo("đã rà soát");
  }

  @Test
  void matchesHeaderAliasesWithoutDiacriticsAndDecomposed() throws IOException {
    String decomposed = java.text.Normalizer.normalize("Tên đơn vị", java.text.Normalizer.Form.NFD);
    ReportBuilder.Ingested in =
        read(
            "ma don vi,"
                + decomposed
                + ",nhom,ma chi tieu,gia tri,gia tri tham dinh,tai lieu kiem chung,ghi chu\n"
                + "VT,Việt Trì,district,staff_total,12,,,\n");
    assertNoProblems(in);
    assertThat(unit(in, "VT").name()).isEqualTo("Việt Trì");
    assertThat(selfNum(in, "VT", "staff_total")).isEqualByComparingTo("12");
  }

  @Test
  void matchesWideInputColumnsIgnoringCase() throws IOException {
    ReportBuilder.Ingested in =
        read(
            "Unit_ID,STAFF_TOTAL,Staff_With_PC@Appraised,Staff_with_pc,ONLINE_RATE@EVIDENCE\n"
                + "A,100,90,95,báo cáo 7\n");
    assertNoProblems(in);
    Entry pc = unit(in, "A").entries().get("staff_with_pc");
    assertThat(((Value.Num) pc.self().value()).value()).isEqualByComparingTo("95");
    assertThat(((Value.Num) pc.appraised().value()).value()).isEqualByComparingTo("90");
    assertThat(selfNum(in, "A", "staff_total")).isEqualByComparingTo("100");
    Entry rate = unit(in, "A").entries().get("online_rate");
    assertThat(rate.self().blank()).isTrue();
    assertThat(rate.evidence()).isEqualTo("báo cáo 7");
  }

  @Test
  void matchesLongInputIdsIgnoringCase() throws IOException {
    ReportBuilder.Ingested in = read("unit_id,input_id,value\nA,Staff_Total,7\nA,HAS_PORTAL,có\n");
    assertNoProblems(in);
    assertThat(unit(in, "A").entries().keySet()).containsExactly("staff_total", "has_portal");
    assertThat(selfNum(in, "A", "staff_total")).isEqualByComparingTo("7");
  }

  @Test
  void reportsUnknownWideColumnAtItsHeaderCellWithHint() throws IOException {
    ReportBuilder.Ingested in =
        read("unit_id,unit_group,staff_total,staf_with_pc,zzz_unrelated\nA,district,10,9,1\n");
    assertThat(in.problems())
        .extracting(CsvReaderTest::at, p -> p.message().key(), p -> p.message().args())
        .containsExactly(
            tuple("r.csv:1:4", "table.header.unknown.hint", List.of("staf_with_pc", "staff_with_pc")),
            tuple("r.csv:1:5", "table.header.unknown", List.of("zzz_unrelated")));
    assertThat(en(in.problems().get(0)))
        .isEqualTo(
            "column 'staf_with_pc' is not an input of the criteria set; did you mean 'staff_with_pc'? It is ignored");
    assertThat(unit(in, "A").entries().keySet()).containsExactly("staff_total");
  }

  @Test
  void reportsUnknownInputIdInLongTable() throws IOException {
    ReportBuilder.Ingested in =
        read("unit_id,input_id,value\nA,staff_total,10\nA,staf_total,11\nA,qqq,12\n");
    assertThat(in.problems())
        .extracting(
            CsvReaderTest::at, p -> p.message().key(), p -> p.message().args(), Problem::unit,
            Problem::input)
        .containsExactly(
            tuple("r.csv:3:2", "input.unknown.hint", List.of("staf_total", "staff_total"), "A",
                "staf_total"),
            tuple("r.csv:4:2", "input.unknown", List.of("qqq"), "A", "qqq"));
    assertThat(en(in.problems().get(0)))
        .isEqualTo(
            "'staf_total' is not an input of the criteria set; did you mean 'staff_total'? The row is ignored");
    assertThat(unit(in, "A").entries().keySet()).containsExactly("staff_total");
    assertThat(selfNum(in, "A", "staff_total")).isEqualByComparingTo("10");
  }

  // ---- duplicates ----

  @Test
  void reportsSameUnitAndInputTwiceInOneFile() throws IOException {
    ReportBuilder.Ingested in =
        read("unit_id,input_id,value\nA,staff_total,10\nB,staff_total,5\nA,STAFF_TOTAL,11\n");
    assertThat(in.problems())
        .extracting(
            CsvReaderTest::at, p -> p.message().key(), p -> p.message().args(), Problem::unit,
            Problem::input)
        .containsExactly(
            tuple("r.csv:4:3", "input.twice", List.of("r.csv:2:3"), "A", "staff_total"));
    assertThat(en(in.problems().get(0)))
        .isEqualTo("this value is given a second time (first at r.csv:2:3); the second is ignored");
    assertThat(selfNum(in, "A", "staff_total")).isEqualByComparingTo("10");
    assertThat(selfNum(in, "B", "staff_total")).isEqualByComparingTo("5");
  }

  @Test
  void twoFilesHoldingTheSameInputOfAUnitGiveOneErrorAndNoValue() throws IOException {
    // issue 14: the first file's cell used to win, the other file filling in the rest
    ReportBuilder b = new ReportBuilder(criteria, DecimalMode.AUTO);
    CsvReader reader = new CsvReader(criteria);
    reader.read(write("a.csv", "unit_id,staff_total,online_rate\nA,10,50\n"), "in/a.csv", b);
    reader.read(
        write("b.csv", "unit_id;input_id;value\nA;has_portal;có\nA;staff_total;12\nA;online_rate;60\n"), "in/b.csv", b);
    ReportBuilder.Ingested in = b.result();
    assertThat(in.problems())
        .extracting(
            CsvReaderTest::at, p -> p.message().key(), p -> p.message().args(), Problem::unit,
            Problem::input)
        .containsExactly(
            tuple("in/b.csv:3:3", "unit.reports.overlap",
                List.of("in/a.csv", "in/b.csv", "staff_total, online_rate", "2"), "A", null));
    assertThat(in.reports()).hasSize(1);
    assertThat(unit(in, "A").overlapping()).isTrue();
    assertThat(unit(in, "A").entries()).isEmpty();
    assertThat(unit(in, "A").where().toString()).isEqualTo("in/a.csv:2:1");
  }

  @Test
  void filesHoldingDifferentInputsOfAUnitStillCombine() throws IOException {
    ReportBuilder b = new ReportBuilder(criteria, DecimalMode.AUTO);
    CsvReader reader = new CsvReader(criteria);
    reader.read(write("a.csv", "unit_id,staff_total,online_rate\nA,10,50\n"), "in/a.csv", b);
    reader.read(write("b.csv", "unit_id;input_id;value\nA;has_portal;có\nA;staff_total;\n"), "in/b.csv", b);
    ReportBuilder.Ingested in = b.result();
    assertThat(in.problems()).isEmpty();
    assertThat(unit(in, "A").overlapping()).isFalse();
    assertThat(unit(in, "A").entries().keySet()).containsExactly("staff_total", "online_rate", "has_portal");
    assertThat(selfNum(in, "A", "staff_total")).isEqualByComparingTo("10");
  }

  // ---- rows ----

  @Test
  void skipsBlankRowsKeepingLineNumbers() throws IOException {
    ReportBuilder.Ingested in =
        read("unit_id,input_id,value\n\nA,staff_total,10\n,,\n   \n\nA,has_portal,hmm\n\n");
    assertThat(in.reports()).extracting(UnitReport::unitId).containsExactly("A");
    assertThat(unit(in, "A").entries().keySet()).containsExactly("staff_total", "has_portal");
    assertThat(unit(in, "A").entries().get("staff_total").self().location().toString())
        .isEqualTo("r.csv:3:3");
    assertOnlyProblem(in, "r.csv:7:3", "value.boolean");
  }

  @Test
  void skipsBlankLinesBeforeHeader() throws IOException {
    ReportBuilder.Ingested in = read("\n\nunit_id,staff_total\nA,9x\n");
    assertOnlyProblem(in, "r.csv:4:2", "value.integer");
  }

  @Test
  void reportsRowWithoutUnitId() throws IOException {
    ReportBuilder.Ingested in =
        read("unit_group,unit_id,input_id,value\ndistrict,A,staff_total,3\ndistrict,,staff_total,4\n");
    assertOnlyProblem(in, "r.csv:3:2", "table.row.unit_id");
    assertThat(en(in.problems().get(0))).isEqualTo("the row has values but no unit id; it is ignored");
    assertThat(in.reports()).extracting(UnitReport::unitId).containsExactly("A");
    assertThat(selfNum(in, "A", "staff_total")).isEqualByComparingTo("3");
  }

  // ---- broken files: one clear problem each ----

  @Test
  void reportsEmptyFile() throws IOException {
    ReportBuilder.Ingested in = read(new byte[0]);
    assertOnlyProblem(in, "r.csv", "file.empty");
    assertThat(en(in.problems().get(0))).isEqualTo("the file is empty");
    assertThat(in.reports()).isEmpty();
  }

  @Test
  void reportsWhitespaceOnlyFileAsEmpty() throws IOException {
    assertOnlyProblem(read(" \r\n\t\n  \n"), "r.csv", "file.empty");
    assertOnlyProblem(read(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}), "r.csv", "file.empty");
  }

  @Test
  void reportsMissingFile() {
    ReportBuilder b = new ReportBuilder(criteria, DecimalMode.AUTO);
    new CsvReader(criteria).read(dir.resolve("nope.csv"), "in/nope.csv", b);
    ReportBuilder.Ingested in = b.result();
    assertOnlyProblem(in, "in/nope.csv", "file.missing");
    assertThat(en(in.problems().get(0))).isEqualTo("no such file or folder");
  }

  @Test
  void reportsFolderNamedLikeCsv() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("sub.csv"));
    ReportBuilder b = new ReportBuilder(criteria, DecimalMode.AUTO);
    new CsvReader(criteria).read(folder, folder.toString(), b);
    assertOnlyProblem(b.result(), folder.toString(), "file.directory");
    assertThat(en(b.result().problems().get(0))).isEqualTo("this is a folder, not a file");
  }

  @Test
  void reportsInvalidUtf8() throws IOException {
    // "Mã đơn vị" saved as Windows-1252/1258-ish bytes
    byte[] bytes = {'M', (byte) 0xe3, ',', 'x', '\n', 'A', ',', '1', '\n'};
    ReportBuilder.Ingested in = read(bytes);
    assertOnlyProblem(in, "r.csv", "file.not_utf8");
    assertThat(en(in.problems().get(0)))
        .isEqualTo(
            "the file is not UTF-8 text; in Excel use \"Save As\" → \"CSV UTF-8 (Comma delimited)\"");
    assertThat(in.reports()).isEmpty();
  }

  @Test
  void reportsMissingUnitIdColumn() throws IOException {
    ReportBuilder.Ingested in = read("\nunit,staff_total\nA,1\nB,2\n");
    assertOnlyProblem(in, "r.csv:2:1", "table.header.unit_id");
    assertThat(en(in.problems().get(0)))
        .isEqualTo("no unit id column; the header row needs a column \"unit_id\" (or \"Mã đơn vị\")");
    assertThat(in.reports()).isEmpty();
  }

  @Test
  void reportsLongTableWithoutValueColumn() throws IOException {
    ReportBuilder.Ingested in = read("unit_id;input_id;evidence\nA;staff_total;x\n");
    assertOnlyProblem(in, "r.csv:1:1", "table.header.value");
    assertThat(in.reports()).isEmpty();
  }

  @Test
  void reportsUnclosedQuoteAtItsField() throws IOException {
    ReportBuilder.Ingested in =
        read("unit_id,input_id,value\nA,staff_total,10\nA,has_portal,\"có\nA,online_rate,50\n");
    assertThat(in.problems()).hasSize(1);
    Problem p = in.problems().get(0);
    assertThat(p.message().key()).isEqualTo("csv.quote.unclosed");
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    // what came before the broken quote is kept
    assertThat(selfNum(in, "A", "staff_total")).isEqualByComparingTo("10");
    // the quote opens on line 3 in the third field
    assertThat(at(p)).isEqualTo("r.csv:3:3");
  }

  @Test
  void reportsTextAfterClosingQuoteAtItsField() throws IOException {
    ReportBuilder.Ingested in =
        read("unit_id,input_id,value\nA,staff_total,10\nA,online_rate,\"96\"5\nA,has_portal,x\n");
    assertThat(selfNum(in, "A", "staff_total")).isEqualByComparingTo("10");
    assertThat(in.problems())
        .extracting(CsvReaderTest::at, p -> p.message().key())
        .containsExactly(tuple("r.csv:3:3", "csv.quote.text"));
  }
}
