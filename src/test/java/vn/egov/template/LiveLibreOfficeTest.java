package vn.egov.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spreadsheet program, not POI, computes the template's formulas: filled templates are
 * recalculated by LibreOffice ({@code soffice --headless --convert-to xlsx}: a workbook whose
 * formulas have no saved results is recalculated on opening), and the results it saves equal
 * {@code assess}'s figures and flags. Skipped, never failed, where LibreOffice is not installed
 * ({@code apt-get install libreoffice-calc-nogui}).
 */
class LiveLibreOfficeTest {
  @TempDir Path tmp;

  private static Path soffice() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, "soffice");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  @BeforeEach
  void needsLibreOffice() {
    assumeTrue(soffice() != null, "LibreOffice is not installed (apt-get install libreoffice-calc-nogui): the templates are checked with POI only");
  }

  /** The files recalculated and saved by LibreOffice, by unit, in a folder of their own. */
  private Map<String, Path> recalculated(LiveRun run) throws IOException, InterruptedException {
    Path out = Files.createDirectories(tmp.resolve("libreoffice"));
    List<String> command = new ArrayList<>(List.of(soffice().toString(), "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--headless", "--convert-to", "xlsx", "--outdir", out.toString()));
    run.filled.values().forEach(p -> command.add(p.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("soffice finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(tmp.resolve("soffice.log"))).isZero();
    Map<String, Path> byUnit = new LinkedHashMap<>();
    run.filled.forEach((unit, file) -> byUnit.put(unit, out.resolve(file.getFileName())));
    for (Path f : byUnit.values()) {
      assertThat(f).as(Files.readString(tmp.resolve("soffice.log"))).exists();
    }
    return byUnit;
  }

  @Test
  void libreOfficeGivesTheSampleUnitsTheirSelfAssessedFigures() throws Exception {
    Map<String, Map<String, Object>> all = new LinkedHashMap<>();
    Map<String, Map<String, String>> evidence = new LinkedHashMap<>();
    LiveTemplateTest.readLong(Path.of("samples/phu-tho-2018/long/tu-danh-gia-2018.csv"), all, evidence);
    // N/A (CTHUE), N/A through an undefined ratio (VPDDBQH), a warning (STTTT), districts, ties
    Map<String, Map<String, Object>> values = new LinkedHashMap<>();
    for (String u : List.of("STTTT", "CTHUE", "VPDDBQH", "SCT", "SXD", "VIETTRI", "HAHOA", "YENLAP")) {
      values.put(u, all.get(u));
    }
    LiveTemplateTest.readLoi(Path.of("samples/phu-tho-2018/loi/SNV-tu-danh-gia.xlsx"), values, evidence);
    LiveRun run = new LiveRun(tmp, "criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/units.csv").fill(values, evidence).assess();
    assertThat(run.filled).hasSize(9);
    for (Map.Entry<String, Path> e : recalculated(run).entrySet()) {
      try (XSSFWorkbook wb = Workbooks.open(e.getValue())) {
        XSSFSheet s = wb.getSheetAt(1);
        run.assertSameFigures(e.getKey(), s, Set.of("3.2"));
        if (e.getKey().equals("SNV")) {
          assertThat(LiveSheets.result(s, Workbooks.inputRow(s, "staff_it_proficient").getRowNum(), Columns.CHECK))
              .isEqualTo("Không phải số nguyên: nhập số nguyên, ví dụ 32052");
        }
      }
    }
  }

  @Test
  void libreOfficeGivesRandomSetsAssessFigures() throws Exception {
    for (long seed : new long[] {3, 8, 13}) {
      Path dir = Files.createDirectories(tmp.resolve("seed" + seed));
      RandomSets.Generated g = RandomSets.generate(seed);
      Path criteria = dir.resolve("criteria.yaml");
      Files.writeString(criteria, g.yaml(), StandardCharsets.UTF_8);
      LiveRun run = new LiveRun(dir, criteria.toString(), null).fill(g.values(), g.evidence()).assess();
      for (Map.Entry<String, Path> e : recalculated(run).entrySet()) {
        try (XSSFWorkbook wb = Workbooks.open(e.getValue())) {
          run.assertSameFigures(e.getKey(), wb.getSheetAt(1), Set.of());
        } catch (AssertionError ex) {
          throw new AssertionError(ex.getMessage() + "\n--- criteria (seed " + seed + ")\n" + g.yaml() + "\n--- values\n" + g.values().get(e.getKey()), ex);
        }
      }
      Files.walk(tmp.resolve("libreoffice")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
