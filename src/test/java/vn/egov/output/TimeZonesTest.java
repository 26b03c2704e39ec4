package vn.egov.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.cli.Cli;

/**
 * Every zip egov writes (templates, ranking.xlsx, report.docx) is the same bytes whatever the
 * machine's time zone: before issue 15 the templates stamped their entries 1980-01-01 00:00,
 * which the JDK stores with a zone-dependent extended time, and 38 of 38 templates differed
 * between Hà Nội and New York.
 */
class TimeZonesTest {
  @TempDir Path tmp;

  @Test
  void templatesAndOfficeOutputsAreTheSameBytesInEveryTimeZone() throws IOException {
    TimeZone before = TimeZone.getDefault();
    Map<String, Map<String, String>> byZone = new TreeMap<>();
    try {
      for (String zone : new String[] {"UTC", "Asia/Ho_Chi_Minh", "America/New_York"}) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        Path dir = tmp.resolve(zone.replace('/', '-'));
        Cli.Run t = Cli.run("template", "-c", "criteria/phu-tho-2018.yaml", "--units", "samples/phu-tho-2018/units.csv", "-o", dir.resolve("mau").toString());
        assertThat(t.exit()).as(t.err()).isZero();
        Cli.Run a =
            Cli.run(
                "assess", "-c", "criteria/phu-tho-2018.yaml", "samples/phu-tho-2018/wide",
                "--units", "samples/phu-tho-2018/units.csv", "--formats", "xlsx,docx", "-o", dir.resolve("ket-qua").toString());
        assertThat(a.exit()).as(a.err()).isZero();
        byZone.put(zone, hashes(dir));
      }
    } finally {
      TimeZone.setDefault(before);
    }
    Map<String, String> utc = byZone.get("UTC");
    assertThat(utc.keySet()).contains("ket-qua/ranking.xlsx", "ket-qua/report.docx").hasSizeGreaterThan(38);
    assertThat(byZone.get("Asia/Ho_Chi_Minh")).isEqualTo(utc);
    assertThat(byZone.get("America/New_York")).isEqualTo(utc);
  }

  private static Map<String, String> hashes(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p) && (name.endsWith(".xlsx") || name.endsWith(".docx"))) {
          out.put(dir.relativize(p).toString(), Manifest.sha256(p));
        }
      }
    }
    return out;
  }
}
