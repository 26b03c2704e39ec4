package vn.egov.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages say everything, and every key the code uses exists. */
class MessagesTest {
  private static Properties bundle(String lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/vn/egov/messages_" + lang + ".properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(new TreeSet<>(bundle("vi").stringPropertyNames()))
        .isEqualTo(new TreeSet<>(bundle("en").stringPropertyNames()));
  }

  @Test
  void everyMessageKeyInTheCodeExists() throws IOException {
    Set<String> keys = bundle("en").stringPropertyNames();
    Pattern literal = Pattern.compile("\"((?:criteria|value|table|file|csv|input|unit|units|check|assess|demo|validate|workbook|previous|evidence|criterion|figure|severity|problem|internal|usage)\\.[a-z_.]+[a-z_])\"");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = literal.matcher(Files.readString(f));
        while (m.find()) {
          String k = m.group(1);
          if (!keys.contains(k) && !k.matches(".*\\.(csv|yaml|json|xlsx)")) {
            missing.add(k + " (" + f.getFileName() + ")");
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void rendersArgumentsLiterallyWithoutNumberFormatting() {
    Messages en = Messages.of("en");
    assertThat(en.render(Message.of("value.range", new java.math.BigDecimal("1234.50"), "0", "1000")))
        .isEqualTo("1234.5 is outside the allowed range 0 to 1000");
    assertThat(Messages.of("vi").render(Message.of("value.range", new java.math.BigDecimal("120"), "0", "100")))
        .isEqualTo("120 nằm ngoài khoảng cho phép từ 0 đến 100");
  }

  /** The substitution rule written plainly, character by character: {N} with one or two digits. */
  private static String substituted(String pattern, java.util.List<String> args) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      Matcher m = Pattern.compile("\\{(\\d{1,2})}").matcher(pattern).region(i, pattern.length());
      if (m.lookingAt()) {
        int n = Integer.parseInt(m.group(1));
        out.append(n < args.size() ? args.get(n) : "");
        i = m.end() - 1;
      } else {
        out.append(pattern.charAt(i));
      }
    }
    return out.toString();
  }

  @Test
  void everyPatternOfBothLanguagesRendersAsThePlainRuleSays() throws IOException {
    java.util.List<String> args = java.util.List.of("‹a›", "{1}", "1.234,5", "Sở Tư pháp");
    for (String lang : java.util.List.of("vi", "en")) {
      Properties p = bundle(lang);
      Messages messages = Messages.of(lang);
      for (String key : p.stringPropertyNames()) {
        assertThat(messages.render(new Message(key, args))).as(lang + " " + key)
            .isEqualTo(substituted(p.getProperty(key), args));
        assertThat(messages.render(new Message(key, java.util.List.of()))).as(lang + " " + key + " without arguments")
            .isEqualTo(substituted(p.getProperty(key), java.util.List.of()));
      }
    }
  }
}
