package vn.egov.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.text.Messages;

class FormatsTest {
  @TempDir Path tmp;

  private static OutputFormat<String> writing(String name) {
    return OutputFormat.of(name, (s, to) -> List.of(AtomicFiles.write(to.dir().resolve(s + "." + name), out -> out.write(name.getBytes()))));
  }

  private final Formats<String> formats =
      new Formats<String>().add(writing("csv"), true).add(writing("xlsx"), true).add(writing("md"), false);

  private static List<String> names(List<OutputFormat<String>> chosen) {
    return chosen.stream().map(OutputFormat::name).toList();
  }

  @Test
  void withoutWordsTheDefaultsInTheirOrder() throws Formats.Unknown {
    assertThat(names(formats.choose(null))).containsExactly("csv", "xlsx");
    assertThat(names(formats.byDefault())).containsExactly("csv", "xlsx");
    assertThat(formats.names()).containsExactly("csv", "xlsx", "md");
  }

  @Test
  void wordsAreTrimmedCaseFoldedEachOnceInTheOrderGiven() throws Formats.Unknown {
    assertThat(names(formats.choose(Arrays.asList(" MD", "", "csv", "md ")))).containsExactly("md", "csv");
  }

  @Test
  void anUnknownWordNamesTheFormatsAndTheClosest() {
    assertThatThrownBy(() -> formats.choose(List.of("csv", "xlxs")))
        .isInstanceOfSatisfying(
            Formats.Unknown.class,
            u -> {
              assertThat(u.name()).isEqualTo("xlxs");
              assertThat(u.known()).isEqualTo("csv, xlsx, md");
              assertThat(u.suggestion()).isEqualTo("xlsx");
            });
  }

  @Test
  void writesTheChosenFormatsInTurn() throws Exception {
    OutputContext to = new OutputContext(tmp, Messages.of("vi"), "test", null, null);
    List<Path> written = Formats.write("ranking", to, formats.choose(List.of("md", "csv")));
    assertThat(written).containsExactly(tmp.resolve("ranking.md"), tmp.resolve("ranking.csv"));
    assertThat(Files.readString(tmp.resolve("ranking.md"))).isEqualTo("md");
  }
}
