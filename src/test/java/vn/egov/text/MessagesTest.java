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
import vn.egov.model.Message;

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
}
