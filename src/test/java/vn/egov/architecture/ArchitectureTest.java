package vn.egov.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout of CONTRIBUTING.md as rules: each package depends only on the packages below it, no
 * cycles, and only {@code cli} talks to the user (picocli, stdout, stderr, exit codes).
 *
 * <pre>
 *   cli                                   the only user-facing package
 *   analysis, template                    built on the engine's results
 *   assess                                the facade: read → validate → score → rank
 *   report                                output formats
 *   ingest  validate  scoring  ranking    the engine (scoring implements criteria's methods)
 *   criteria                              the criteria set from YAML
 *   expr    output                        expressions; files written safely
 *   model                                 the domain, no behaviour beyond its own
 *   text    security    parallel          utilities
 * </pre>
 */
class ArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.egov");
  }

  private static void only(String pkg, String... allowed) {
    String[] all = new String[allowed.length + 2];
    all[0] = "vn.egov." + pkg + "..";
    all[1] = "java..";
    for (int i = 0; i < allowed.length; i++) {
      all[i + 2] = allowed[i].contains(".") ? allowed[i] : "vn.egov." + allowed[i] + "..";
    }
    noClasses()
        .that()
        .resideInAPackage("vn.egov." + pkg + "..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(all)
        .because(pkg + " sits below every package it may not use")
        .check(classes);
  }

  @Test
  void utilitiesUseNothingOfEgov() {
    only("text");
    only("security");
    only("parallel");
  }

  @Test
  void theModelUsesOnlyTheUtilities() {
    only("model", "text");
  }

  @Test
  void expressionsAndOutputsSitJustAboveTheModel() {
    only("expr", "model", "text", "security", "com.ezylang..");
    only("output", "model", "text", "security", "com.fasterxml..", "io.pebbletemplates..", "org.unbescape..", "org.apache.commons.compress..", "org.apache.commons.csv..", "org.apache.poi..");
  }

  @Test
  void theCriteriaSetDoesNotKnowHowItIsScored() {
    only("criteria", "model", "expr", "text", "security", "org.yaml..", "org.apache.commons.csv..");
  }

  @Test
  void theEnginePackagesDoNotUseEachOther() {
    // scoring implements the methods the criteria set names (criteria.MethodConfig, MethodCatalog)
    only("scoring", "criteria", "model", "expr", "text", "parallel");
    only("ranking", "model", "text");
    only("validate", "model", "expr", "text");
    only("ingest", "model", "text", "security", "parallel", "org.apache..", "org.dhatim..", "com.fasterxml..", "org.xml..", "javax..", "org.w3c..");
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("vn.egov.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void onlyTheCommandLineUsesPicocliAndPrintsToTheTerminal() {
    noClasses()
        .that()
        .resideOutsideOfPackage("vn.egov.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackage("vn.egov.cli..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .check(classes);
  }
}
