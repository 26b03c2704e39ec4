package vn.egov.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every {@code {{ … }}} of a page is HTML text, whatever a unit typed: the escaping egov does
 * itself (not Pebble's filter, see {@link HtmlPages}) against a reference written here from the
 * rule alone — {@code & < > " '} become entities, everything else (Vietnamese letters too) stays.
 */
class HtmlPagesTest {
  private static final HtmlPages PAGES = new HtmlPages("vn/egov/output/html");

  /** The reference: the five characters markup gives a meaning to, as entities. */
  private static String reference(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String render(Map<String, Object> model) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PAGES.render("escapes", model, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Map<String, Object> model(String name, boolean flag) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", name);
    m.put("missing", null);
    m.put("n", new BigDecimal("32052.50"));
    m.put("flag", flag);
    m.put("label", "Điểm \"thẩm định\"");
    m.put("rows", List.of(name, "a&b"));
    return m;
  }

  @Test
  void everyPrintedValueIsEscapedAndLiteralsAreMarkup() throws Exception {
    String name = "Sở Nội vụ <img src=x onerror='alert(1)'> & \"Ban\"";
    String e = reference(name);
    String upper = reference(name.toUpperCase(java.util.Locale.ROOT));
    assertThat(render(model(name, true)))
        .isEqualTo(
            "<main>["
                + e
                + "][][32052.50][<b>lit</b>]["
                + e
                + "][<i>yes</i>]["
                + upper
                + "]\n<td data-label=\"Điểm &quot;thẩm định&quot;\">"
                + e
                + "</td><td data-label=\"Điểm &quot;thẩm định&quot;\">a&amp;b</td>("
                + e
                + ")\n</main>\n");
    assertThat(render(model(name, false))).contains("[<i>no</i>][" + e + "]");
  }

  @Test
  void escapingMatchesTheReferenceOnEveryCharacterThatMatters() throws Exception {
    // every printable ASCII character, the Vietnamese letters, and characters beyond the BMP
    char[] ascii = new char[95];
    Arrays.setAll(new int[95], i -> ascii[i] = (char) (32 + i));
    List<String> samples =
        List.of(
            new String(ascii), "Ủy ban nhân dân xã Đồng Lạc — “Một cửa”", "𝔸 &amp; ;&#", "", "Sở Nội vụ",
            "&", "<", ">", "\"", "'", "x'", "'x");
    for (String s : samples) {
      String page = render(model(s, true));
      assertThat(page).startsWith("<main>[" + reference(s) + "][]");
    }
  }

  @Test
  void theEscapersQuickPathAgreesWithTheReferenceOnRandomTexts() {
    // texts with none, one or several of the five characters among Vietnamese letters and others
    String alphabet = "aĐđẠạỦủ ơ.,;#\u00a0𝔸&<>\"'";
    java.util.SplittableRandom r = new java.util.SplittableRandom(18);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(12);
      boolean plain = i % 2 == 0; // half without any of the five
      for (int k = 0; k < n; k++) {
        int at = r.nextInt(plain ? alphabet.length() - 5 : alphabet.length());
        b.append(alphabet.charAt(at));
        if (Character.isHighSurrogate(alphabet.charAt(at))) {
          b.append(alphabet.charAt(at + 1));
        }
      }
      String s = b.toString();
      assertThat(HtmlPages.Escaped.escape(s)).as(s).isEqualTo(reference(s));
    }
  }
}
