package vn.egov.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every explain, compare, sensitivity and hint message the code names exists in both languages. */
class AnalysisMessagesTest {
  private static Set<String> keys(String lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in = AnalysisMessagesTest.class.getResourceAsStream("/vn/egov/messages_" + lang + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p.stringPropertyNames();
  }

  @Test
  void everyAnalysisKeyExistsInVietnameseAndEnglish() throws IOException {
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("src/main/java/vn/egov/analysis"))) {
      s.forEach(sources::add);
    }
    for (String c : List.of("ExplainCommand", "CompareCommand", "SensitivityCommand")) {
      sources.add(Path.of("src/main/java/vn/egov/cli/" + c + ".java"));
    }
    Set<String> used = new TreeSet<>();
    Pattern literal = Pattern.compile("\"((?:explain|compare|sensitivity|hint)\\.[a-z_.]+[a-z_])\"");
    for (Path f : sources) {
      Matcher m = literal.matcher(Files.readString(f));
      while (m.find()) {
        if (!m.group(1).matches(".*\\.(csv|html|md|xlsx|json)")) { // file names, not keys
          used.add(m.group(1));
        }
      }
    }
    // keys built from a stem
    for (String k : List.of("bonus", "deduction")) {
      used.add("explain.kind." + k);
    }
    for (String k : List.of("sum", "max")) {
      used.add("explain.combine." + k);
    }
    for (String k : List.of("score", "points")) {
      used.add("explain.figure." + k);
    }
    for (String k : List.of("both", "new", "gone")) {
      used.add("compare.presence." + k);
    }
    assertThat(used).hasSizeGreaterThan(100);
    assertThat(keys("vi")).containsAll(used);
    assertThat(keys("en")).containsAll(used);
  }
}
