package vn.egov.template;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.template.Workbooks.criterionRow;
import static vn.egov.template.Workbooks.inputIds;
import static vn.egov.template.Workbooks.inputRow;
import static vn.egov.template.Workbooks.text;
import static vn.egov.template.Workbooks.validationAt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/**
 * A small criteria set in English with every kind of rule and input the Phú Thọ set does not
 * have: ranges and open bands, lower-is-better methods, counts over an expression, a long choice
 * list, number and text inputs, an information-only input and a deadline.
 */
class TemplateRulesTest {
  static final String CRITERIA =
      """
      schema: egov-criteria/1
      id: rules
      title: Rules
      period: "2024"
      deadline: 15/11/2024
      language: en
      unit_groups:
        - {id: g, name: Group G}
      units:
        - {id: U1, name: Unit one, group: g}
      inputs:
        - {id: note_text, label: Contact person, type: text}
      groups:
        - id: "1"
          name: One
          criteria:
            - id: "1.1"
              name: Ranges
              max: 10
              inputs:
                - {id: x, label: X, type: number}
              method:
                type: bands
                value: x
                bands:
                  - {min: 5, max: 10, points: 10}
                  - {max: 2, points: 4}
                  - {points: 1}
            - id: "1.2"
              name: Lower is better
              max: 4
              inputs:
                - {id: days, label: Days, type: number, min: 0, max: 365, unit: days}
              method: {type: proportional, value: days, target: 2, floor: 10}
            - id: "1.3"
              name: Fewest complaints
              max: 6
              inputs:
                - {id: complaints, label: Complaints, type: integer, max: 1000}
              method: {type: relative, value: complaints, lower_is_better: true}
            - id: "1.4"
              name: Count over an expression
              max: 3
              inputs:
                - {id: a, label: A, type: integer}
                - {id: b, label: B, type: integer}
              method: {type: count, value: a + b, each: 0.5}
            - id: "1.5"
              name: Many options
              max: 5
              na: allowed
              inputs:
                - id: level
                  label: Level
                  type: choice
                  options:
      %s
              method: {type: choice, input: level}
      """
          .formatted(options());

  private static String options() {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      s.append("              - {value: l")
          .append(i)
          .append(", label: \"Level ")
          .append(i)
          .append(" of the maturity model for online public services\", points: ")
          .append(Math.min(i, 5))
          .append("}\n");
    }
    return s.toString().stripTrailing();
  }

  @TempDir Path tmp;
  XSSFWorkbook wb;
  XSSFSheet data;

  @BeforeEach
  void write() throws IOException {
    Path criteria = Files.writeString(tmp.resolve("rules.yaml"), CRITERIA);
    Cli.Run run = Cli.run("template", "-c", criteria.toString(), "--all", "-o", tmp.resolve("o").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEqualTo("Wrote 1 self-assessment templates to " + tmp.resolve("o") + System.lineSeparator());
    wb = Workbooks.open(tmp.resolve("o/U1.xlsx"));
    data = wb.getSheetAt(1);
  }

  @Test
  void describesEveryRuleInWords() {
    assertThat(text(criterionRow(data, "1.1"), Columns.HELP)).isEqualTo("5 to 10: 10 points; ≤ 2: 4 points; any value: 1 points; otherwise 0 points.");
    assertThat(text(criterionRow(data, "1.2"), Columns.HELP)).isEqualTo("Lower is better: full 4 points at ≤ 2, 0 points at ≥ 10.");
    assertThat(text(criterionRow(data, "1.3"), Columns.HELP))
        .isEqualTo("Relative to the lowest unit of the group (lower is better): points = 6 × the lowest value / the unit's value.");
    assertThat(text(criterionRow(data, "1.4"), Columns.HELP)).isEqualTo("Value = a + b. 0.5 points × value, at most 3 points.");
    assertThat(text(criterionRow(data, "1.5"), Columns.HELP)).startsWith("Level 1 of the maturity model for online public services: 1 points; ")
        .endsWith("Level 12 of the maturity model for online public services: 5 points. N/A (not applicable) is allowed.");
  }

  @Test
  void showsTheDeadlineAndPeriod() {
    assertThat(text(data, "A1")).isEqualTo("Rules — 2024");
    assertThat(text(data, "A2")).isEqualTo("Deadline: 15/11/2024");
    List<String> help = new ArrayList<>();
    wb.getSheetAt(0).forEach(r -> r.forEach(c -> help.add(c.getStringCellValue())));
    assertThat(help).contains("15/11/2024", "2024", "U1 — Unit one", "g — Group G", "28 points")
        .anyMatch(s -> s.endsWith("by 15/11/2024."))
        .anyMatch(s -> s.startsWith("Write N/A (not applicable) only for criteria that allow it") && s.contains("1.5 Many options"));
  }

  @Test
  void aLongChoiceListGoesToTheHiddenListSheet() {
    DataValidation v = validationAt(data, inputRow(data, "level").getRowNum(), Columns.VALUE);
    assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("'Lists'!$A$1:$A$12");
    assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
    XSSFSheet lists = wb.getSheet("Lists");
    assertThat(wb.isSheetHidden(wb.getSheetIndex(lists))).isTrue();
    assertThat(text(lists, "A12")).isEqualTo("Level 12 of the maturity model for online public services");
  }

  @Test
  void numberInputsKeepTheirLimitsAndTextInputsHaveNone() {
    DataValidation days = validationAt(data, inputRow(data, "days").getRowNum(), Columns.VALUE);
    assertThat(days.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
    assertThat(List.of(days.getValidationConstraint().getFormula1(), days.getValidationConstraint().getFormula2()))
        .containsExactly("0", "365");
    assertThat(days.getErrorBoxText()).isEqualTo("Enter a number from 0 to 365.");
    assertThat(text(inputRow(data, "days"), 3)).isEqualTo("days");
    DataValidation complaints = validationAt(data, inputRow(data, "complaints").getRowNum(), Columns.VALUE);
    assertThat(complaints.getValidationConstraint().getOperator()).isEqualTo(DataValidationConstraint.OperatorType.LESS_OR_EQUAL);
    assertThat(complaints.getErrorBoxText()).isEqualTo("Enter a whole number of at most 1000.");
    DataValidation x = validationAt(data, inputRow(data, "x").getRowNum(), Columns.VALUE);
    assertThat(x.getErrorBoxText()).isEqualTo("Enter a number.");
    assertThat(validationAt(data, inputRow(data, "note_text").getRowNum(), Columns.VALUE)).isNull();
    assertThat(inputRow(data, "note_text").getCell(Columns.VALUE).getCellStyle().getDataFormatString()).isEqualTo("@");
  }

  @Test
  void informationOnlyInputsComeLast() {
    assertThat(inputIds(data)).containsExactly("x", "days", "complaints", "a", "b", "level", "note_text");
    assertThat(text(data.getRow(inputRow(data, "note_text").getRowNum() - 1), 2)).isEqualTo("General information (not scored)");
  }
}
