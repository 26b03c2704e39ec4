package vn.egov.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundleTest {
  @Test
  void placeholdersAreReplacedLiterallyWithoutNumberFormattingOrQuoteRules() {
    assertThat(Bundle.fill("{0} đạt {1} điểm, '{0}'", List.of("Sở Tư pháp", "1.234,5"))).isEqualTo("Sở Tư pháp đạt 1.234,5 điểm, 'Sở Tư pháp'");
    assertThat(Bundle.fill("{10}|{2}", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"))).isEqualTo("k|c");
    assertThat(Bundle.fill("thiếu {3}.", List.of("a"))).isEqualTo("thiếu .");
    assertThat(Bundle.fill("{x} {} {123} {", List.of("a"))).isEqualTo("{x} {} {123} {");
  }

  @Test
  void aMissingKeyNamesTheBundleAndLanguage() {
    Bundle b = Bundle.of("vn.egov.messages", "fr");
    assertThat(b.language()).isEqualTo("vi");
    assertThatThrownBy(() -> b.pattern("no.such.key")).hasMessage("no text 'no.such.key' in vn.egov.messages (vi)");
  }
}
