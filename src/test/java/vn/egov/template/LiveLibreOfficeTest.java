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

  /**
   * The filled files of every run, recalculated and saved by LibreOffice in one go (each start
   * of soffice costs seconds), by run and unit.
   */
  private Map<LiveRun, Map<String, Path>> recalculated(List<LiveRun> runs) throws IOException, InterruptedException {
    Path in = Files.createDirectories(tmp.resolve("to-recalculate"));
    Path out = Files.createDirectories(tmp.resolve("libreoffice"));
    List<String> command =
        new ArrayList<>(List.of(soffice().toString(), "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--headless", "--convert-to", "xlsx", "--outdir", out.toString()));
    Map<LiveRun, Map<String, Path>> result = new LinkedHashMap<>();
    for (int i = 0; i < runs.size(); i++) {
      Map<String, Path> byUnit = new LinkedHashMap<>();
      for (Map.Entry<String, Path> e : runs.get(i).filled.entrySet()) {
        String name = "run" + i + "-" + e.getValue().getFileName();
        Files.copy(e.getValue(), in.resolve(name));
        command.add(in.resolve(name).toString());
        byUnit.put(e.getKey(), out.resolve(name));
      }
      result.put(runs.get(i), byUnit);
    }
    Path log = tmp.resolve("soffice.log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("soffice finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    for (Map<String, Path> files : result.values()) {
      for (Path f : files.values()) {
        assertThat(f).as(Files.readString(log)).exists();
      }
    }
    return result;
  }

  @Test
  void libreOfficeComputesWhatAssessComputes() throws Exception {
    // sample units: N/A (CTHUE), N/A through an undefined ratio (VPDDBQH), a warning (STTTT),
    // districts, ties; Sở Nội vụ's report with its mistakes; two random criteria sets
    Map<String, Map<String, Object>> all = new LinkedHashMap<>();
    Map<String, Map<String, String>> evidence = new LinkedHashMap<>();
    LiveTemplateTest.readLong(Path.of("samples/phu-tho-2018/long/tu-danh-gia-2018.csv"), all, evidence);
    Map<String, Map<String, Object>> values = new LinkedHashMap<>();
    for (String u : List.of("STTTT", "CTHUE", "VPDDBQH", "SCT", "SXD", "VIETTRI", "HAHOA", "YENLAP")) {
      values.put(u, all.get(u));
    }
    LiveTemplateTest.readLoi(Path.of("samples/phu-tho-2018/loi/SNV-tu-danh-gia.xlsx"), values, evidence);
    List<LiveRun> runs = new ArrayList<>();
    Path sample = Files.createDirectories(tmp.resolve("sample"));
    runs.add(new LiveRun(sample, "criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/units.csv").fill(values, evidence).assess());
    assertThat(runs.get(0).filled).hasSize(9);
    Map<LiveRun, RandomSets.Generated> random = new LinkedHashMap<>();
    for (long seed : new long[] {3, 8}) {
      Path dir = Files.createDirectories(tmp.resolve("seed" + seed));
      RandomSets.Generated g = RandomSets.generate(seed);
      Path criteria = dir.resolve("criteria.yaml");
      Files.writeString(criteria, g.yaml(), StandardCharsets.UTF_8);
      LiveRun run = new LiveRun(dir, criteria.toString(), null).fill(g.values(), g.evidence()).assess();
      runs.add(run);
      random.put(run, g);
    }
    for (Map.Entry<LiveRun, Map<String, Path>> r : recalculated(runs).entrySet()) {
      LiveRun run = r.getKey();
      for (Map.Entry<String, Path> e : r.getValue().entrySet()) {
        try (XSSFWorkbook wb = Workbooks.open(e.getValue())) {
          XSSFSheet s = wb.getSheetAt(1);
          run.assertSameFigures(e.getKey(), s, random.containsKey(run) ? Set.of() : Set.of("3.2"));
          if (e.getKey().equals("SNV")) {
            assertThat(LiveSheets.result(s, Workbooks.inputRow(s, "staff_it_proficient").getRowNum(), Columns.CHECK))
                .isEqualTo("Không phải số nguyên: nhập số nguyên, ví dụ 32052");
          }
        } catch (AssertionError ex) {
          String more = random.containsKey(run) ? "\n--- criteria\n" + random.get(run).yaml() : "";
          throw new AssertionError(ex.getMessage() + more, ex);
        }
      }
    }
  }
}
