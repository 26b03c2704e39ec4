package vn.egov.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/**
 * Template → filled in → assess gives exactly the results of the same data given as the bundled
 * long CSV sample: the workbook (filled cell by cell as a unit would, numbers as numbers,
 * percentages as percent-formatted cells) and the CSV template.
 */
class TemplateRoundTripTest {
  static final String CRITERIA = "criteria/phu-tho-2018.yaml";
  static final String UNITS = "samples/phu-tho-2018/units.csv";
  static final String SAMPLE = "samples/phu-tho-2018/long/tu-danh-gia-2018.csv";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @TempDir Path tmp;

  /** value, appraised, evidence, note of the sample, by "unit/input". */
  private static Map<String, String[]> sample() throws IOException {
    Map<String, String[]> out = new HashMap<>();
    try (Reader r = Files.newBufferedReader(Path.of(SAMPLE), StandardCharsets.UTF_8);
        CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      for (CSVRecord rec : p) {
        out.put(
            rec.get("unit_id") + "/" + rec.get("input_id"),
            new String[] {rec.get("value"), rec.get("appraised"), rec.get("evidence"), rec.get("note")});
      }
    }
    return out;
  }

  private static Set<String> sampleUnits(Map<String, String[]> sample) {
    Set<String> units = new TreeSet<>();
    sample.keySet().forEach(k -> units.add(k.substring(0, k.indexOf('/'))));
    return units;
  }

  private JsonNode assess(Path input, String out) throws IOException {
    Cli.Run run = Cli.run("assess", "-c", CRITERIA, input.toString(), "--units", UNITS, "-o", tmp.resolve(out).toString(), "--formats", "json");
    assertThat(run.exit()).as(run.err()).isIn(0, 1);
    return JSON.readTree(tmp.resolve(out).resolve("results.json").toFile());
  }

  /** Problems without where they were found (the files differ): severity, unit, input, message. */
  private static List<String> issues(JsonNode results) {
    List<String> out = new ArrayList<>();
    for (JsonNode i : results.get("issues")) {
      out.add(i.path("severity").asText() + " " + i.path("unit").asText() + " " + i.path("input").asText() + " " + i.path("message").asText());
    }
    out.sort(null);
    return out;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void filledWorkbooksGiveTheResultsOfTheSameDataAsCsv() throws IOException {
    Map<String, String[]> sample = sample();
    Set<String> submitted = sampleUnits(sample);
    Path templates = tmp.resolve("mau");
    Cli.Run run = Cli.run("template", "-c", CRITERIA, "--units", UNITS, "-o", templates.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    Path filled = Files.createDirectories(tmp.resolve("filled"));
    int written = 0;
    for (Path file : list(templates)) {
      try (XSSFWorkbook wb = Workbooks.open(file)) {
        XSSFSheet s = wb.getSheetAt(1);
        String unit = Workbooks.text(s, "B3");
        if (!submitted.contains(unit)) {
          continue;
        }
        XSSFCellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        percent.setLocked(false);
        for (int r = Workbooks.HEADER_ROW + 1; r <= s.getLastRowNum(); r++) {
          XSSFRow row = s.getRow(r);
          String input = Workbooks.text(row, 1);
          String[] v = sample.get(unit + "/" + input);
          if (input.isEmpty() || v == null) {
            continue;
          }
          type(row, Columns.VALUE, v[0], percent);
          type(row, Columns.APPRAISED, v[1], percent);
          if (!v[2].isEmpty()) {
            row.getCell(Columns.EVIDENCE).setCellValue(v[2]);
          }
          if (!v[3].isEmpty()) {
            row.getCell(Columns.NOTE).setCellValue(v[3]);
          }
        }
        try (OutputStream out = Files.newOutputStream(filled.resolve(file.getFileName()))) {
          wb.write(out);
        }
        written++;
      }
    }
    assertThat(written).isEqualTo(submitted.size()).isEqualTo(36);

    JsonNode fromWorkbooks = assess(filled, "xlsx");
    JsonNode fromCsv = assess(Path.of(SAMPLE), "csv");
    assertThat(fromWorkbooks.get("units")).hasSize(38);
    assertThat(fromWorkbooks.get("units")).isEqualTo(fromCsv.get("units"));
    assertThat(issues(fromWorkbooks)).isEqualTo(issues(fromCsv));
  }

  /** Types a value as a person would: whole numbers and percentages as numbers, the rest as text. */
  private static void type(XSSFRow row, int col, String value, XSSFCellStyle percent) {
    if (value.isEmpty()) {
      return;
    }
    if (value.matches("[0-9]+")) {
      row.getCell(col).setCellValue(Double.parseDouble(value));
    } else if (value.matches("[0-9]+%")) {
      row.getCell(col).setCellValue(Double.parseDouble(value.substring(0, value.length() - 1)) / 100);
      row.getCell(col).setCellStyle(percent);
    } else {
      row.getCell(col).setCellValue(value);
    }
  }

  @Test
  void filledCsvTemplatesGiveTheResultsOfTheSameData() throws IOException {
    Map<String, String[]> sample = sample();
    Set<String> submitted = sampleUnits(sample);
    Path templates = tmp.resolve("mau");
    Cli.Run run = Cli.run("template", "-c", CRITERIA, "--units", UNITS, "-o", templates.toString(), "--format", "csv");
    assertThat(run.exit()).as(run.err()).isZero();
    Path filled = Files.createDirectories(tmp.resolve("filled"));
    for (Path file : list(templates)) {
      String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
      List<CSVRecord> rows;
      try (CSVParser p = CSVParser.parse(text, CSVFormat.RFC4180)) {
        rows = p.getRecords();
      }
      String unit = rows.get(1).get(0);
      if (!submitted.contains(unit)) {
        continue;
      }
      StringBuilder out = new StringBuilder();
      try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
        printer.printRecord(rows.get(0).toList());
        for (CSVRecord rec : rows.subList(1, rows.size())) {
          List<String> cells = new ArrayList<>(rec.toList());
          String[] v = sample.getOrDefault(unit + "/" + cells.get(3), new String[] {"", "", "", ""});
          cells.set(6, v[0]);
          cells.set(7, v[2]);
          cells.set(8, v[1]);
          cells.set(9, v[3]);
          printer.printRecord(cells);
        }
      }
      Files.writeString(filled.resolve(file.getFileName()), out.toString(), StandardCharsets.UTF_8);
    }
    JsonNode fromTemplates = assess(filled, "from-templates");
    JsonNode fromSample = assess(Path.of(SAMPLE), "sample");
    assertThat(fromTemplates.get("units")).isEqualTo(fromSample.get("units"));
    assertThat(issues(fromTemplates)).isEqualTo(issues(fromSample));
  }
}
