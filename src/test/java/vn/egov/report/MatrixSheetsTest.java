package vn.egov.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.bench.Synth;
import vn.egov.cli.Cli;

/**
 * A national run has more units than one sheet has columns for the criterion × unit matrix
 * (Excel: 16,384; two per unit): the units go on as many matrix sheets as needed, in order,
 * none lost, instead of the workbook failing; such a matrix is streamed, and its figures are
 * still those of results.json.
 */
class MatrixSheetsTest {
  @TempDir Path tmp;

  @Test
  void moreUnitsThanExcelHasColumnsGoOnASecondMatrixSheet() throws IOException {
    Path data = tmp.resolve("data");
    Synth.main(new String[] {"8300", "3", data.toString(), "long"});
    Cli.Run run =
        Cli.run(
            "assess", "-c", data.resolve("criteria.yaml").toString(), data.resolve("long.csv").toString(),
            "--units", data.resolve("units.csv").toString(), "-o", tmp.resolve("out").toString(),
            "--formats", "xlsx,json", "--quiet");
    assertThat(run.exit()).as(run.err()).isLessThanOrEqualTo(1);
    try (InputStream in = Files.newInputStream(tmp.resolve("out/ranking.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet first = wb.getSheet("Ma trận tiêu chí");
      XSSFSheet second = wb.getSheet("Ma trận tiêu chí (2)");
      assertThat(first).isNotNull();
      assertThat(second).isNotNull();
      assertThat(wb.getSheetIndex(second)).isEqualTo(wb.getSheetIndex(first) + 1);
      int firstUnit = 3; // id, criterion, one unit group's max
      int perSheet = (16384 - firstUnit) / 2;
      // unit names in the upper header row, every other column
      assertThat(first.getRow(1).getLastCellNum()).isEqualTo((short) (firstUnit + 2 * perSheet));
      assertThat(second.getRow(1).getLastCellNum()).isEqualTo((short) (firstUnit + 2 * (8300 - perSheet)));
      assertThat(first.getRow(1).getCell(firstUnit).getStringCellValue()).isNotBlank();
      String lastOnFirst = first.getRow(1).getCell(firstUnit + 2 * (perSheet - 1)).getStringCellValue();
      String firstOnSecond = second.getRow(1).getCell(firstUnit).getStringCellValue();
      assertThat(firstOnSecond).isNotEqualTo(lastOnFirst);
      assertThat(first.getColumnWidth(firstUnit + 7)).isEqualTo(11 * 256);
      // figures as results.json has them: row 5 is the first criterion, under its group's row
      JsonNode units =
          new ObjectMapper().readTree(tmp.resolve("out/results.json").toFile()).path("units");
      JsonNode c0 = units.get(0).path("criteria").get(0);
      assertThat(first.getRow(4).getCell(1).getStringCellValue()).isNotBlank();
      assertThat(first.getRow(4).getCell(0).getStringCellValue()).isEqualTo(c0.path("id").asText());
      assertThat(first.getRow(4).getCell(firstUnit).getNumericCellValue()).isEqualTo(c0.path("self_points").asDouble());
      assertThat(first.getRow(4).getCell(firstUnit + 1).getNumericCellValue()).isEqualTo(c0.path("points").asDouble());
      JsonNode lastUnit = units.get(8299).path("criteria").get(0);
      int lastCol = firstUnit + 2 * (8300 - perSheet - 1);
      assertThat(second.getRow(4).getCell(lastCol + 1).getNumericCellValue()).isEqualTo(lastUnit.path("points").asDouble());

      // the unit group's ranking sheet, streamed too: every unit's row as results.json has it,
      // and the sheet frozen, filtered, printed, coloured by class and charted as a province's
      XSSFSheet ranking = wb.getSheetAt(0);
      int head = RankingXlsx.HEADER_ROW;
      assertThat(ranking.getRow(head).getCell(RankingXlsx.COL_UNIT).getStringCellValue()).isEqualTo("Đơn vị");
      assertThat(ranking.getLastRowNum()).isEqualTo(head + 8300);
      int groups = units.get(0).path("groups").size();
      int scored = 0;
      for (int i = 0; i < 8300; i++) {
        XSSFRow row = ranking.getRow(head + 1 + i);
        JsonNode u = units.get(i);
        assertThat(row.getCell(RankingXlsx.COL_NO).getNumericCellValue()).isEqualTo(i + 1);
        assertThat(row.getCell(RankingXlsx.COL_UNIT).getStringCellValue()).isEqualTo(u.path("name").asText());
        assertThat(row.getCell(RankingXlsx.COL_SELF).getNumericCellValue()).isEqualTo(u.path("self").path("points").asDouble());
        assertThat(row.getCell(RankingXlsx.COL_FINAL).getNumericCellValue()).isEqualTo(u.path("points").asDouble());
        if (u.path("score").isNumber()) {
          scored++;
          assertThat(row.getCell(RankingXlsx.COL_SCORE).getNumericCellValue()).isEqualTo(u.path("score").asDouble());
          assertThat(row.getCell(RankingXlsx.COL_RANK).getNumericCellValue()).isEqualTo(u.path("rank").asDouble());
          assertThat(row.getCell(RankingXlsx.COL_CLASS).getStringCellValue()).isEqualTo(u.path("classification").asText());
        }
        for (int g = 0; g < groups; g++) {
          assertThat(row.getCell(RankingXlsx.FIXED_COLUMNS + g).getNumericCellValue())
              .isEqualTo(u.path("groups").get(g).path("points").asDouble());
        }
        assertThat(row.getCell(RankingXlsx.FIXED_COLUMNS + groups).getNumericCellValue()).isEqualTo(u.path("max").asDouble());
        assertThat(row.getCell(RankingXlsx.FIXED_COLUMNS + groups + 1).getStringCellValue()).isEqualTo(u.path("id").asText());
      }
      assertThat(scored).isGreaterThan(8000);
      assertThat(ranking.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (head + 1));
      String idCol = org.apache.poi.ss.util.CellReference.convertNumToColString(RankingXlsx.FIXED_COLUMNS + groups + 1);
      assertThat(ranking.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A" + (head + 1) + ":" + idCol + (head + 8301));
      assertThat(ranking.getPrintSetup().getLandscape()).isTrue();
      assertThat(wb.getPrintArea(0)).endsWith("$A$1:$" + org.apache.poi.ss.util.CellReference.convertNumToColString(RankingXlsx.FIXED_COLUMNS + groups) + "$" + (head + 8301));
      assertThat(ranking.getSheetConditionalFormatting().getNumConditionalFormattings()).isGreaterThan(0);
      var chart = ranking.getDrawingPatriarch().getCharts().get(0);
      var series = chart.getChartSeries().get(0).getSeries(0);
      assertThat(series.getCategoryData().getPointCount()).isEqualTo(scored);
      assertThat(series.getCategoryData().getPointAt(0)).isEqualTo(units.get(0).path("name").asText());
      assertThat(series.getCategoryData().getPointAt(scored - 1)).isEqualTo(units.get(scored - 1).path("name").asText());
      for (int i : new int[] {0, scored / 2, scored - 1}) {
        assertThat(series.getValuesData().getPointAt(i)).isEqualTo(units.get(i).path("score").asDouble());
      }
      assertThat(series.getCategoryData().getDataRangeReference()).endsWith("!$B$" + (head + 2) + ":$B$" + (head + 1 + scored));
      assertThat(series.getValuesData().getDataRangeReference()).endsWith("!$E$" + (head + 2) + ":$E$" + (head + 1 + scored));

      // the problems, streamed with the matrix: every one, as results.json lists them, and the
      // sheet still frozen, filtered and printed as a province's is
      JsonNode issues =
          new ObjectMapper().readTree(tmp.resolve("out/results.json").toFile()).path("issues");
      XSSFSheet problems = wb.getSheet("Vấn đề");
      assertThat(issues.size()).isGreaterThan(100);
      assertThat(problems.getLastRowNum()).isEqualTo(issues.size());
      assertThat(problems.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Nội dung");
      for (int i : new int[] {0, issues.size() / 2, issues.size() - 1}) {
        XSSFRow row = problems.getRow(i + 1);
        JsonNode issue = issues.get(i);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("error".equals(issue.path("severity").asText()) ? "Lỗi" : "Cảnh báo");
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(issue.path("file").asText());
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo(issue.path("location").asText());
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo(issue.path("unit").asText());
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo(issue.path("input").asText());
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo(issue.path("message").asText());
      }
      assertThat(problems.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(problems.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F" + (issues.size() + 1));
      assertThat(problems.getPrintSetup().getLandscape()).isTrue();
      assertThat(wb.getPrintArea(wb.getSheetIndex(problems))).endsWith("$A$1:$F$" + (issues.size() + 1));
    }
  }
}
