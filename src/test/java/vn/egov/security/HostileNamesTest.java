package vn.egov.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;
import vn.egov.cli.Main;

/**
 * Issue 14's hostile names, added to the corpus: a criterion name of 42,000 characters, Word's
 * Shift+Enter ({@code \x0b}) and a bell ({@code \x07}) in names, unit ids typed in NFD, and escape
 * sequences in unit names and file names. Each is refused at its place or cleaned with a warning;
 * none reaches the XML inside xlsx and docx files or a terminal raw.
 */
class HostileNamesTest {
  @TempDir Path tmp;

  private static final String ESC = "\u001b";

  private Path yaml(String text) throws IOException {
    return Hostile.write(tmp.resolve("criteria.yaml"), text);
  }

  // ---- the criteria set ----

  @Test
  void aCriterionNameOf42000CharactersIsRefusedAtItsPlaceBeforeAnythingIsWritten() throws IOException {
    Path criteria = yaml(Hostile.CRITERIA.replace("name: Máy tính", "name: " + "x".repeat(42_000)));
    String expected = criteria + ":11:15: error: 'name' has 42000 characters, more than the limit of 500; shorten it";

    Cli.Run check = Cli.run("check", criteria.toString(), "--lang", "en");
    assertThat(check.exit()).as(check.err()).isEqualTo(2);
    assertThat(check.err().lines().toList()).first().isEqualTo(expected);

    // assess used to die with exit 4 ("maximum length of cell contents") after replacing results
    Path out = Files.createDirectories(tmp.resolve("ket-qua"));
    Files.writeString(out.resolve("results.json"), "last year's");
    Path reports = Hostile.write(tmp.resolve("in/r.csv"), Hostile.HEADER + "A,Sở A,a,3\n");
    Cli.Run assess = Cli.run("assess", "-c", criteria.toString(), reports.toString(), "-o", out.toString(), "--lang", "en");
    assertThat(assess.exit()).as(assess.err()).isEqualTo(2);
    assertThat(assess.err()).contains(expected).doesNotContain("internal error");
    assertThat(Files.readString(out.resolve("results.json"))).isEqualTo("last year's");

    Cli.Run template = Cli.run("template", "-c", criteria.toString(), "--unit", "A", "-o", tmp.resolve("mau").toString(), "--lang", "en");
    assertThat(template.exit()).isEqualTo(2);
    assertThat(template.err()).contains(expected);
    assertThat(tmp.resolve("mau")).doesNotExist();
  }

  @Test
  void controlCharactersInTheCriteriaSetAreRefusedAtTheirLineAndColumn() throws IOException {
    Path criteria =
        yaml(
            Hostile.CRITERIA
                .replace("name: Máy tính", "name: \"Máy \\a tính\"")
                .replace("name: Khối A", "name: \"Khối \\e[31mA\""));
    Cli.Run check = Cli.run("check", criteria.toString(), "--lang", "en");
    assertThat(check.exit()).isEqualTo(2);
    String control = "that cannot be printed or written into Excel or Word; delete it (it often comes with text pasted from Word or Excel)";
    assertThat(check.err().lines().toList())
        .containsExactly(
            criteria + ":5:25: error: 'name' holds a control character (U+001B) " + control,
            criteria + ":11:20: error: 'name' holds a control character (U+0007) " + control,
            criteria + ": invalid criteria set (2 errors, 0 warnings)");
  }

  @Test
  void shiftEnterIsASpaceOrALineBreakAndEveryXmlPartOfTheOutputsIsWellFormed() throws Exception {
    Path criteria =
        yaml(
            Hostile.CRITERIA
                .replace("title: Kiểm thử", "title: \"Kiểm\\vthử\"")
                .replace("name: Máy tính", "name: \"Máy\\vtính\"")
                .replace("name: Hạ tầng", "name: \"Hạ\\vtầng\"")
                .replace("label: Số máy tính,", "label: \"Số máy\\vtính\", help: \"dòng 1\\vdòng 2\","));
    // a unit name typed with Shift+Enter, a bell and an escape sequence, as pasted from elsewhere
    Path reports =
        Hostile.write(tmp.resolve("in/r.csv"), Hostile.HEADER + "A,\"Sở\u000bA\u0007" + ESC + "[2J\",a,3\nB,Sở B,a,5\n");
    Path out = tmp.resolve("ket-qua");
    Cli.Run run = Cli.run("assess", "-c", criteria.toString(), reports.toString(), "-o", out.toString(), "--lang", "en");

    assertThat(run.exit()).as(run.err()).isZero();
    for (String file : List.of("ranking.xlsx", "report.docx")) {
      List<String> parts = wellFormedParts(out.resolve(file));
      assertThat(parts).as(file).contains(file.endsWith("xlsx") ? "docProps/core.xml" : "word/document.xml");
    }
    assertThat(run.err())
        .contains(reports + ":2:2: warning: control characters removed from this cell (U+0007, U+001B): they are not text, and would break the Excel and Word outputs");
    JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    assertThat(results.path("criteria_set").path("title").asText()).isEqualTo("Kiểm thử");
    assertThat(results.path("units").get(1).path("name").asText()).isEqualTo("Sở A[2J");
    assertThat(Files.readString(out.resolve("report.html"))).doesNotContain(ESC).doesNotContain("\u0007").contains("Sở A[2J");
  }

  /** Parses every XML part of a zip as XML 1.0 (a control character anywhere fails); the parts' names. */
  private static List<String> wellFormedParts(Path zip) throws Exception {
    List<String> names = new ArrayList<>();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.getName().endsWith(".xml") && !entry.getName().endsWith(".rels")) {
          continue;
        }
        byte[] bytes = z.getInputStream(entry).readAllBytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).as(zip.getFileName() + "/" + entry.getName()).doesNotContain("&#11;").doesNotContain("&#7;").doesNotContain("&#27;");
        f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)); // throws on a control character
        names.add(entry.getName());
      }
    }
    return names;
  }

  // ---- NFC ----

  private static final String NFC_ID = "ĐĂKLĂK";
  private static final String NFD_ID = Normalizer.normalize(NFC_ID, Normalizer.Form.NFD);

  @Test
  void aUnitIdTypedInNfdIsTheRegistrysUnit() throws IOException {
    assertThat(NFD_ID).isNotEqualTo(NFC_ID);
    Path criteria = yaml(Hostile.CRITERIA + "units:\n  - {id: " + NFC_ID + ", name: Tỉnh Đắk Lắk, group: a}\n");
    Path reports = Hostile.write(tmp.resolve("in/r.csv"), "unit_id,pcs\n" + NFD_ID + ",6\n");
    Path out = tmp.resolve("ket-qua");
    Cli.Run run = Cli.run("assess", "-c", criteria.toString(), reports.toString(), "-o", out.toString(), "--formats", "json", "--lang", "en");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("not in the");
    JsonNode unit = new ObjectMapper().readTree(out.resolve("results.json").toFile()).path("units").get(0);
    assertThat(unit.path("id").asText()).isEqualTo(NFC_ID);
    assertThat(unit.path("status").asText()).isEqualTo("scored");
    assertThat(unit.path("points").decimalValue()).isEqualByComparingTo("6");

    Cli.Run explain = Cli.run("explain", "-c", criteria.toString(), reports.toString(), "--unit", NFD_ID, "--lang", "en");
    assertThat(explain.exit()).as(explain.err()).isZero();
  }

  @Test
  void withoutARegistryAnNfdAndAnNfcSpellingAreOneUnit() throws IOException {
    Path criteria =
        yaml(
            Hostile.CRITERIA
                + "      - id: \"1.2\"\n        name: Cán bộ\n        max: 10\n"
                + "        inputs: [{id: staff, label: Số cán bộ, type: integer, min: 0}]\n"
                + "        method: {type: count, value: staff, each: 1}\n");
    Hostile.write(tmp.resolve("in/a.csv"), "unit_id,unit_name,unit_group,pcs\n" + NFC_ID + ",Tỉnh Đắk Lắk,a,6\n");
    Hostile.write(tmp.resolve("in/b.csv"), "unit_id,unit_name,unit_group,staff\n" + NFD_ID + "," + Normalizer.normalize("Tỉnh Đắk Lắk", Normalizer.Form.NFD) + ",a,4\n");
    Path out = tmp.resolve("ket-qua");
    Cli.Run run = Cli.run("assess", "-c", criteria.toString(), tmp.resolve("in").toString(), "-o", out.toString(), "--formats", "json", "--lang", "en");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode units = new ObjectMapper().readTree(out.resolve("results.json").toFile()).path("units");
    assertThat(units.size()).isEqualTo(1);
    assertThat(units.get(0).path("name").asText()).isEqualTo("Tỉnh Đắk Lắk");
    assertThat(units.get(0).path("points").decimalValue()).isEqualByComparingTo("10");
  }

  // ---- the terminal ----

  /** Runs as on a terminal (colour on unless --no-color); stdout and stderr together. */
  private static String onTerminal(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), true);
    return out + "\n" + err;
  }

  /** What is left after egov's own colours of "error" and "warning". */
  private static String withoutOwnColours(String s) {
    return s.replace(ESC + "[31m", "").replace(ESC + "[33m", "").replace(ESC + "[0m", "").replace("\r" + ESC + "[K", "");
  }

  @Test
  void escapeSequencesInNamesAndFileNamesNeverReachTheTerminal() throws IOException {
    Path criteria = yaml(Hostile.CRITERIA);
    Path in = Files.createDirectories(tmp.resolve("in"));
    // a file name with an escape sequence in it, and a unit name with one
    Path reports = Hostile.write(in.resolve("bao-cao" + ESC + "[2J.csv"), Hostile.HEADER + "A,\"Sở" + ESC + "]0;owned\u0007 A\",a,3\nB,Sở B,a,x\n");
    String shownFile = in.resolve("bao-cao\u241b[2J.csv").toString();
    Path out = tmp.resolve("ket-qua");
    List<String[]> commands =
        List.of(
            new String[] {"validate", "-c", criteria.toString(), in.toString()},
            new String[] {"assess", "-c", criteria.toString(), in.toString(), "-o", out.toString(), "--formats", "json"},
            new String[] {"explain", "-c", criteria.toString(), in.toString(), "--unit", "A"},
            new String[] {"sensitivity", "-c", criteria.toString(), in.toString(), "--samples", "20"});
    for (String[] command : commands) {
      for (boolean noColor : List.of(false, true)) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--lang");
        args.add("en");
        if (noColor) {
          args.add("--no-color");
        }
        String printed = onTerminal(args.toArray(String[]::new));
        assertThat(withoutOwnColours(printed)).as(String.join(" ", args)).doesNotContain(ESC).doesNotContain("\u0007");
        if (noColor) { // no colour either; the progress line's own "clear to end of line" stays
          assertThat(printed.replace("\r" + ESC + "[K", "")).as(String.join(" ", args)).doesNotContain(ESC);
        }
        if (!command[0].equals("sensitivity")) { // sensitivity counts problems, does not list them
          assertThat(printed).as(String.join(" ", args)).contains(shownFile);
        }
      }
    }
  }

  @Test
  void compareShowsAnEscapeSequenceFromAResultsFileAsTextToRead() throws IOException {
    Path criteria = yaml(Hostile.CRITERIA);
    Path reports = Hostile.write(tmp.resolve("in/r.csv"), Hostile.HEADER + "A,Sở A,a,3\n");
    Cli.Run run = Cli.run("assess", "-c", criteria.toString(), reports.toString(), "-o", tmp.resolve("a").toString(), "--formats", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    // results.json files come from anywhere: one whose unit name clears the screen
    String json = Files.readString(tmp.resolve("a/results.json")).replace("\"Sở A\"", "\"\\u001b[2J\\u001b[31mSở A\\u0007\"");
    Path old = Files.writeString(tmp.resolve("old.json"), json);
    for (boolean noColor : List.of(false, true)) {
      String printed =
          noColor
              ? onTerminal("compare", old.toString(), old.toString(), "--lang", "en", "--no-color")
              : onTerminal("compare", old.toString(), old.toString(), "--lang", "en");
      assertThat(withoutOwnColours(printed)).doesNotContain(ESC).doesNotContain("\u0007");
      assertThat(printed).contains("\u241b[2J\u241b[31mSở A\u2407");
    }
  }
}
