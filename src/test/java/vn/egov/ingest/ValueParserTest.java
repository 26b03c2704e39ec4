package vn.egov.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.egov.model.ChoiceOption;
import vn.egov.model.InputDef;
import vn.egov.model.InputType;
import vn.egov.model.Value;
import vn.egov.text.Messages;

/** SPEC §2 "Inputs" and "Number parsing": typed values as Vietnamese offices write them. */
class ValueParserTest {
  private static final InputDef INTEGER = def("staff_total", InputType.INTEGER);
  private static final InputDef NUMBER = def("budget", InputType.NUMBER);
  private static final InputDef PERCENT = def("online_rate", InputType.PERCENT);
  private static final InputDef POINTS = def("manual_pts", InputType.POINTS);
  private static final InputDef BOOLEAN = def("has_portal", InputType.BOOLEAN);
  private static final InputDef TEXT = def("doc_no", InputType.TEXT);
  private static final InputDef CHOICE =
      new InputDef(
          "portal_level",
          "Mức độ cổng",
          InputType.CHOICE,
          null,
          null,
          null,
          true,
          null,
          List.of(
              new ChoiceOption("muc-4", "Mức độ 4", new BigDecimal("5")),
              new ChoiceOption("muc-3", "Mức độ 3", new BigDecimal("3")),
              new ChoiceOption("none", null, BigDecimal.ZERO)));

  private static InputDef def(String id, InputType type) {
    return new InputDef(id, id, type, null, null, null, true, null, List.of());
  }

  private static InputDef def(InputType type) {
    return switch (type) {
      case INTEGER -> INTEGER;
      case NUMBER -> NUMBER;
      case PERCENT -> PERCENT;
      case POINTS -> POINTS;
      case BOOLEAN -> BOOLEAN;
      case TEXT -> TEXT;
      case CHOICE -> CHOICE;
    };
  }

  private static BigDecimal num(DecimalMode mode, String raw, InputDef def) {
    ValueParser.Parsed p = new ValueParser(mode).parse(raw, def);
    assertThat(p.error()).as("error for '%s' (%s, %s)", raw, def.type(), mode).isNull();
    assertThat(p.value()).isInstanceOf(Value.Num.class);
    return ((Value.Num) p.value()).value();
  }

  private static ValueParser.Parsed parse(DecimalMode mode, String raw, InputDef def) {
    return new ValueParser(mode).parse(raw, def);
  }

  private static void assertError(ValueParser.Parsed p, String key, String... args) {
    assertThat(p.value()).isNull();
    assertThat(p.error()).isNotNull();
    assertThat(p.error().key()).isEqualTo(key);
    assertThat(p.error().args()).containsExactly(args);
  }

  // ---- integers ----

  @ParameterizedTest
  @CsvSource({"32.052, 32052", "'32,052', 32052", "1.234.567, 1234567", "'1,234,567', 1234567",
      "-1.234, -1234", "0, 0", "42, 42"})
  void readsThousandsSeparatorsInIntegersInAutoMode(String raw, String expected) {
    assertThat(num(DecimalMode.AUTO, raw, INTEGER)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"32.052, 32052", "1.234.567, 1234567", "'1.234,0', 1234"})
  void readsDotsAsThousandsInIntegersInCommaMode(String raw, String expected) {
    assertThat(num(DecimalMode.COMMA, raw, INTEGER)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"'32,052', 32052", "'1,234,567', 1234567", "'1,234.0', 1234"})
  void readsCommasAsThousandsInIntegersInDotMode(String raw, String expected) {
    assertThat(num(DecimalMode.DOT, raw, INTEGER)).isEqualByComparingTo(expected);
  }

  @Test
  void rejectsCommaDecimalInIntegerInCommaMode() {
    // with --decimal comma the comma is the decimal separator: 32,052 is 32.052, not whole
    assertError(parse(DecimalMode.COMMA, "32,052", INTEGER), "value.integer", "32,052");
  }

  @Test
  void rejectsDotDecimalInIntegerInDotMode() {
    assertError(parse(DecimalMode.DOT, "32.052", INTEGER), "value.integer", "32.052");
  }

  @ParameterizedTest
  @EnumSource(DecimalMode.class)
  void rejectsDecimalFractionInInteger(DecimalMode mode) {
    String raw = mode == DecimalMode.DOT ? "12.5" : "12,5";
    assertError(parse(mode, raw, INTEGER), "value.integer", raw);
  }

  @ParameterizedTest
  @EnumSource(DecimalMode.class)
  void readsSignsOnNumbers(DecimalMode mode) {
    for (InputDef d : List.of(INTEGER, NUMBER, PERCENT, POINTS)) {
      assertThat(num(mode, "-3", d)).isEqualByComparingTo("-3");
      assertThat(num(mode, "+3", d)).isEqualByComparingTo("3");
    }
  }

  @ParameterizedTest
  @EnumSource(DecimalMode.class)
  void ignoresSpacesAndNonBreakingSpacesInNumbers(DecimalMode mode) {
    for (InputDef d : List.of(INTEGER, NUMBER, PERCENT, POINTS)) {
      assertThat(num(mode, " 1 234 ", d)).isEqualByComparingTo("1234");
      assertThat(num(mode, "1\u00a0234", d)).isEqualByComparingTo("1234");
      assertThat(num(mode, "\u00a01\u00a0234\u00a0", d)).isEqualByComparingTo("1234");
      assertThat(num(mode, "\t56\t", d)).isEqualByComparingTo("56");
    }
  }

  // ---- numbers ----

  @Test
  void readsSingleSeparatorAsDecimalInNumbers() {
    assertThat(num(DecimalMode.AUTO, "1.234", NUMBER)).isEqualByComparingTo("1.234");
    assertThat(num(DecimalMode.AUTO, "1,234", NUMBER)).isEqualByComparingTo("1.234");
    assertThat(num(DecimalMode.AUTO, "32.052", NUMBER)).isEqualByComparingTo("32.052");
    assertThat(num(DecimalMode.AUTO, "2,5", POINTS)).isEqualByComparingTo("2.5");
  }

  @Test
  void readsRepeatedGroupsOfThreeAsThousandsInNumbers() {
    assertThat(num(DecimalMode.AUTO, "1.234.567", NUMBER)).isEqualByComparingTo("1234567");
    assertThat(num(DecimalMode.AUTO, "1,234,567", NUMBER)).isEqualByComparingTo("1234567");
    assertThat(num(DecimalMode.COMMA, "1.234.567", NUMBER)).isEqualByComparingTo("1234567");
    assertThat(num(DecimalMode.DOT, "1,234,567", NUMBER)).isEqualByComparingTo("1234567");
  }

  @ParameterizedTest
  @CsvSource({"'1.234,5', 1234.5", "'1,234.5', 1234.5", "'1.234.567,89', 1234567.89",
      "'1,234,567.89', 1234567.89"})
  void takesLastSeparatorAsDecimalWhenBothOccur(String raw, String expected) {
    assertThat(num(DecimalMode.AUTO, raw, NUMBER)).isEqualByComparingTo(expected);
    assertThat(num(DecimalMode.AUTO, raw, POINTS)).isEqualByComparingTo(expected);
  }

  @Test
  void readsCommaDecimalsInCommaMode() {
    assertThat(num(DecimalMode.COMMA, "1.234,5", NUMBER)).isEqualByComparingTo("1234.5");
    assertThat(num(DecimalMode.COMMA, "1.234", NUMBER)).isEqualByComparingTo("1234");
    assertThat(num(DecimalMode.COMMA, "96,52", PERCENT)).isEqualByComparingTo("96.52");
    assertError(parse(DecimalMode.COMMA, "1,234.5", NUMBER), "value.number", "1,234.5");
    assertError(parse(DecimalMode.COMMA, "1.23", NUMBER), "value.number", "1.23");
  }

  @Test
  void readsDotDecimalsInDotMode() {
    assertThat(num(DecimalMode.DOT, "1,234.5", NUMBER)).isEqualByComparingTo("1234.5");
    assertThat(num(DecimalMode.DOT, "1.234", NUMBER)).isEqualByComparingTo("1.234");
    assertThat(num(DecimalMode.DOT, "1,234", NUMBER)).isEqualByComparingTo("1234");
    assertThat(num(DecimalMode.DOT, "96.52", PERCENT)).isEqualByComparingTo("96.52");
    assertError(parse(DecimalMode.DOT, "1.234,5", NUMBER), "value.number", "1.234,5");
    assertError(parse(DecimalMode.DOT, "96,52", PERCENT), "value.percent", "96,52");
  }

  @ParameterizedTest
  @EnumSource(DecimalMode.class)
  void rejectsMisplacedSeparators(DecimalMode mode) {
    for (String raw : List.of("1..2", "1.23.4", "1,,2", "1,23,4")) {
      assertError(parse(mode, raw, INTEGER), "value.integer", raw);
      assertError(parse(mode, raw, NUMBER), "value.number", raw);
      assertError(parse(mode, raw, PERCENT), "value.percent", raw);
    }
  }

  @ParameterizedTest
  @EnumSource(DecimalMode.class)
  void rejectsTextInNumbersWithTypeSpecificKey(DecimalMode mode) {
    assertError(parse(mode, "9x", INTEGER), "value.integer", "9x");
    assertError(parse(mode, "9x", NUMBER), "value.number", "9x");
    assertError(parse(mode, "9x", PERCENT), "value.percent", "9x");
    assertError(parse(mode, "9x", POINTS), "value.number", "9x");
    assertError(parse(mode, "  abc ", NUMBER), "value.number", "abc");
    assertError(parse(mode, "-", INTEGER), "value.integer", "-");
  }

  @Test
  void rendersIntegerErrorInEnglish() {
    assertThat(Messages.of("en").render(parse(DecimalMode.AUTO, "9x", INTEGER).error()))
        .isEqualTo("'9x' is not a whole number; expected an integer such as 32052 or 32.052");
  }

  // ---- percent ----

  @ParameterizedTest
  @ValueSource(strings = {"96,52%", "96.52", "96,52", "96.52%", "96,52 %", " 96,52% "})
  void readsPercentWithCommaOrDotAndOptionalSign(String raw) {
    assertThat(num(DecimalMode.AUTO, raw, PERCENT)).isEqualByComparingTo("96.52");
  }

  @Test
  void readsPercentSignInExplicitModes() {
    assertThat(num(DecimalMode.COMMA, "96,52%", PERCENT)).isEqualByComparingTo("96.52");
    assertThat(num(DecimalMode.DOT, "96.52%", PERCENT)).isEqualByComparingTo("96.52");
    assertThat(num(DecimalMode.AUTO, "100%", PERCENT)).isEqualByComparingTo("100");
  }

  @ParameterizedTest
  @EnumSource(
      value = InputType.class,
      names = {"INTEGER", "NUMBER", "POINTS"})
  void rejectsPercentSignOnNonPercentInput(InputType type) {
    for (DecimalMode mode : DecimalMode.values()) {
      assertError(parse(mode, "50%", def(type)), "value.percent.sign", "50%", type.key());
    }
    assertThat(Messages.of("en").render(parse(DecimalMode.AUTO, "50%", def(type)).error()))
        .isEqualTo("'50%': a % sign is only for percent inputs, this one is " + type.key());
  }

  // ---- booleans ----

  @ParameterizedTest
  @ValueSource(strings = {"Có", "có", "CO", "co", "x", "X", "1", "yes", "YES", "y", "Y", "true",
      "TRUE", "đạt", "Đạt", "dat", " có "})
  void readsTrueBooleans(String raw) {
    for (DecimalMode mode : DecimalMode.values()) {
      assertThat(parse(mode, raw, BOOLEAN).error()).isNull();
      assertThat(parse(mode, raw, BOOLEAN).value()).isEqualTo(new Value.Bool(true));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Không", "KHÔNG", "khong", "không", "0", "no", "NO", "n", "N", "false",
      "False", "không đạt", "Không Đạt", "khong dat", "không  đạt"})
  void readsFalseBooleans(String raw) {
    for (DecimalMode mode : DecimalMode.values()) {
      assertThat(parse(mode, raw, BOOLEAN).error()).isNull();
      assertThat(parse(mode, raw, BOOLEAN).value()).isEqualTo(new Value.Bool(false));
    }
  }

  @Test
  void rejectsUnknownBooleanWord() {
    assertError(parse(DecimalMode.AUTO, "có lẽ", BOOLEAN), "value.boolean", "có lẽ");
    assertError(parse(DecimalMode.AUTO, "2", BOOLEAN), "value.boolean", "2");
    assertThat(Messages.of("en").render(parse(DecimalMode.AUTO, "có lẽ", BOOLEAN).error()))
        .isEqualTo("'có lẽ' is not yes/no; expected Có or Không (also x, 1, 0, yes, no)");
  }

  // ---- choice ----

  @ParameterizedTest
  @ValueSource(strings = {"muc-4", "MUC-4", "Muc-4", "Mức độ 4", "mức độ 4", "MỨC ĐỘ 4",
      "muc do 4", " Mức  độ 4 "})
  void readsChoiceByValueOrLabelIgnoringCaseAndDiacritics(String raw) {
    ValueParser.Parsed p = parse(DecimalMode.AUTO, raw, CHOICE);
    assertThat(p.error()).isNull();
    assertThat(p.value())
        .isEqualTo(new Value.Choice(new ChoiceOption("muc-4", "Mức độ 4", new BigDecimal("5"))));
    assertThat(p.value().number()).isEqualByComparingTo("5");
  }

  @Test
  void readsChoiceWithoutLabelByValue() {
    ValueParser.Parsed p = parse(DecimalMode.AUTO, "NONE", CHOICE);
    assertThat(p.error()).isNull();
    assertThat(((Value.Choice) p.value()).option().value()).isEqualTo("none");
    assertThat(p.value().number()).isEqualByComparingTo("0");
  }

  @Test
  void rejectsUnknownChoiceListingTheOptions() {
    ValueParser.Parsed p = parse(DecimalMode.AUTO, "Mức độ 5", CHOICE);
    assertError(p, "value.choice", "Mức độ 5", "\"Mức độ 4\"; \"Mức độ 3\"; \"none\"");
    assertThat(Messages.of("en").render(p.error()))
        .isEqualTo("'Mức độ 5' is not one of the options: \"Mức độ 4\"; \"Mức độ 3\"; \"none\"");
  }

  // ---- N/A ----

  @ParameterizedTest
  @ValueSource(strings = {"N/A", "n/a", "NA", "na", "KAD", "kad", "Không áp dụng", "KHÔNG ÁP DỤNG",
      "khong ap dung", " N/A ", "Không  áp dụng"})
  void readsNotApplicableForEveryType(String raw) {
    for (InputType type : InputType.values()) {
      for (DecimalMode mode : DecimalMode.values()) {
        ValueParser.Parsed p = parse(mode, raw, def(type));
        assertThat(p.error()).as("%s as %s", raw, type).isNull();
        assertThat(p.value()).as("%s as %s", raw, type).isEqualTo(new Value.NotApplicable());
      }
    }
    assertThat(ValueParser.isNa(raw)).isTrue();
  }

  @Test
  void doesNotTakeOtherWordsForNotApplicable() {
    assertThat(ValueParser.isNa("N")).isFalse();
    assertThat(ValueParser.isNa("không")).isFalse();
    assertThat(ValueParser.isNa("0")).isFalse();
  }

  // ---- text ----

  @Test
  void keepsTextAsTypedButTrimmed() {
    assertThat(parse(DecimalMode.AUTO, "  123/QĐ-UBND, 05/7/2018 ", TEXT).value())
        .isEqualTo(new Value.Text("123/QĐ-UBND, 05/7/2018"));
    assertThat(parse(DecimalMode.AUTO, "50%", TEXT).value()).isEqualTo(new Value.Text("50%"));
  }
}
