package vn.egov.template;

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

/** Every {@code template.} message the code names exists in Vietnamese and English. */
class TemplateMessagesTest {
  private static Set<String> keys(String lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in = TemplateMessagesTest.class.getResourceAsStream("/vn/egov/messages_" + lang + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p.stringPropertyNames();
  }

  @Test
  void everyTemplateKeyExistsInBothLanguages() throws IOException {
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("src/main/java/vn/egov/template"))) {
      s.forEach(sources::add);
    }
    sources.add(Path.of("src/main/java/vn/egov/cli/TemplateCommand.java"));
    Set<String> used = new TreeSet<>();
    Pattern literal = Pattern.compile("\"(template\\.[a-z.]+[a-z])\"");
    for (Path f : sources) {
      Matcher m = literal.matcher(Files.readString(f));
      while (m.find()) {
        used.add(m.group(1));
      }
    }
    // keys built from a stem
    for (String stem : List.of("template.alert.integer", "template.alert.number")) {
      for (String suffix : List.of(".range", ".min", ".max")) {
        used.add(stem + suffix);
      }
    }
    used.add("template.rule.count.deduction");
    used.add("template.rule.count.value.deduction");
    assertThat(used).hasSizeGreaterThan(80);
    assertThat(keys("vi")).containsAll(used);
    assertThat(keys("en")).containsAll(used);
    Set<String> declared = new TreeSet<>(keys("vi"));
    declared.removeIf(k -> !k.startsWith("template."));
    assertThat(declared).as("no template key is left unused").isEqualTo(used);
  }
}
