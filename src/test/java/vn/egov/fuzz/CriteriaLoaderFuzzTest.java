package vn.egov.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import vn.egov.criteria.CriteriaLoader;
import org.junit.jupiter.api.Timeout;

/**
 * Any text as a criteria set: either a criteria set or problems with a line and column, never an
 * exception. The criteria file is trusted (SECURITY.md), but a typo must not crash the tool.
 * Seeds in {@code CriteriaLoaderFuzzTestInputs/criteriaText/}.
 */
class CriteriaLoaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  @Timeout(30) // per input when fuzzing: a slower input is a finding
  void criteriaText(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    long started = System.nanoTime();
    CriteriaLoader.Loaded loaded = CriteriaLoader.parse(text, "fuzz.yaml");
    FuzzSupport.assertFast(started);
    FuzzSupport.assertPrintable(loaded.problems());
    if (!loaded.ok()) {
      assertThat(loaded.problems()).as("a refused criteria set says why").isNotEmpty();
    }
  }
}
