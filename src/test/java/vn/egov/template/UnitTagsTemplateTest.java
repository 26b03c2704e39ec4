package vn.egov.template;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.template.Workbooks.inputIds;
import static vn.egov.template.Workbooks.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/**
 * Templates follow applicability unit by unit (golden case 04): criterion 1.2 applies to the
 * communes and to the departments tagged {@code kinh-te-so}, so Sở A's workbook asks for it and
 * Sở B's, of the same group, does not.
 */
class UnitTagsTemplateTest {
  static final String CRITERIA = "src/test/resources/golden/04-unit-tags/criteria.yaml";

  @TempDir static Path tmp;

  @BeforeAll
  static void writeTemplates() {
    Cli.Run run = Cli.run("template", "-c", CRITERIA, "--all", "-o", tmp.toString());
    assertThat(run.exit()).as(run.err()).isZero();
  }

  private static XSSFSheet data(String unit) {
    return Workbooks.open(tmp.resolve(unit + ".xlsx")).getSheetAt(1);
  }

  /** The unit's max as the instructions sheet states it. */
  private static String instructionsMax(String unit) {
    XSSFSheet help = Workbooks.open(tmp.resolve(unit + ".xlsx")).getSheetAt(0);
    for (org.apache.poi.ss.usermodel.Row row : help) {
      for (org.apache.poi.ss.usermodel.Cell c : row) {
        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals("Điểm tối đa:")) {
          return row.getCell(c.getColumnIndex() + 1).getStringCellValue();
        }
      }
    }
    throw new AssertionError("no Điểm tối đa: on the instructions sheet");
  }

  /** Column A of the data sheet below the header: criteria groups and criteria, in order. */
  private static List<String> criterionRows(XSSFSheet s) {
    List<String> out = new ArrayList<>();
    for (int r = Workbooks.HEADER_ROW + 1; r <= s.getLastRowNum(); r++) {
      XSSFRow row = s.getRow(r);
      String a = row == null ? "" : Workbooks.text(row, 0);
      if (!a.isEmpty()) {
        out.add(a);
      }
    }
    return out;
  }

  @Test
  void taggedDepartmentGetsTheTaggedCriterionAndItsMax() {
    XSSFSheet s = data("SA");
    assertThat(inputIds(s)).containsExactly("has_portal", "online_share", "plan_points");
    assertThat(criterionRows(s)).containsExactly("1", "1.1", "1.2", "1.3");
    assertThat(text(Workbooks.criterionRow(s, "1"), Columns.HELP)).isEqualTo("Tối đa 35 điểm");
    assertThat(instructionsMax("SA")).isEqualTo("35 điểm");
  }

  @Test
  void untaggedDepartmentOfTheSameGroupDoesNot() {
    XSSFSheet s = data("SB");
    assertThat(inputIds(s)).containsExactly("has_portal", "plan_points");
    assertThat(criterionRows(s)).containsExactly("1", "1.1", "1.3");
    assertThat(text(Workbooks.criterionRow(s, "1"), Columns.HELP)).isEqualTo("Tối đa 15 điểm");
    assertThat(instructionsMax("SB")).isEqualTo("15 điểm");
  }

  @Test
  void communeGetsItByItsGroupWithTheGroupsOverride() {
    XSSFSheet s = data("X1");
    assertThat(inputIds(s)).containsExactly("has_portal", "online_share");
    assertThat(criterionRows(s)).containsExactly("1", "1.1", "1.2");
    assertThat(text(Workbooks.criterionRow(s, "1"), Columns.HELP)).isEqualTo("Tối đa 40 điểm");
    assertThat(instructionsMax("X1")).isEqualTo("40 điểm");
  }
}
