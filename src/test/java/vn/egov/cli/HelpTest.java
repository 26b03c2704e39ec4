package vn.egov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code --help} in the chosen language (issue 19): Vietnamese unless {@code --lang en}, with
 * examples, and the command list says each command's description whole. Before, the help was
 * English whatever --lang said and {@code egov --help} cut explain, compare and sensitivity
 * mid-sentence ("… the value understood, the value").
 */
class HelpTest {
  private static List<String> help(String... args) {
    Cli.Run run = Cli.run(args);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    return run.out().lines().toList();
  }

  /** The lines of the command list from {@code name} up to the next command, joined. */
  private static String command(List<String> lines, String name) {
    int i = 0;
    while (!lines.get(i).startsWith("  " + name + " ")) {
      i++;
    }
    StringBuilder out = new StringBuilder(lines.get(i).strip().replaceAll(" +", " "));
    while (lines.get(++i).startsWith("                 ")) {
      out.append(' ').append(lines.get(i).strip());
    }
    return out.toString();
  }

  @Test
  void topHelpIsVietnameseByDefaultAndSaysEveryCommandWhole() {
    List<String> lines = help("--help");
    assertThat(lines.get(0)).isEqualTo("Cách dùng: egov [-hV] [--debug] [--no-color] [--quiet] [--lang=vi|en] [COMMAND]");
    assertThat(lines).contains("Các lệnh:", "Ví dụ:", "Mã thoát:", "  -h, --help         In hướng dẫn này rồi thoát.");
    assertThat(command(lines, "explain"))
        .isEqualTo(
            "explain Giải thích từng số liệu của một đơn vị được tính ra sao: ô đã nhập, giá trị được hiểu,"
                + " biểu thức đã thay số, quy tắc và điểm (tự đánh giá và thẩm định), rồi tổng điểm, thứ hạng cùng"
                + " các đơn vị liền kề, xếp loại, và cách để được thêm điểm.");
    assertThat(command(lines, "compare")).endsWith("nhóm tiêu chí và tiêu chí được so khi trùng mã.");
    assertThat(command(lines, "sensitivity")).endsWith(".").containsIgnoringWhitespaces("-o ghi sensitivity.csv và .html.");
    assertThat(lines).contains("  2  dùng sai lệnh hoặc bộ tiêu chí không hợp lệ");
  }

  @Test
  void topHelpInEnglishWithLangEn() {
    List<String> lines = help("--lang", "en", "--help");
    assertThat(lines.get(0)).isEqualTo("Usage: egov [-hV] [--debug] [--no-color] [--quiet] [--lang=vi|en] [COMMAND]");
    assertThat(lines).contains("Commands:", "Examples:", "Exit codes:", "  -h, --help         Show this help message and exit.");
    assertThat(command(lines, "explain"))
        .isEqualTo(
            "explain Show how each figure of a unit was computed: the cell as typed, the value understood,"
                + " the value with the numbers substituted, the rule and the points (self-assessed and final),"
                + " then the totals, rank with the neighbours, class, and what would earn more points.");
    assertThat(command(lines, "compare")).endsWith("criteria groups and criteria where their ids match.");
    assertThat(command(lines, "sensitivity")).endsWith(".").containsIgnoringWhitespaces("-o writes sensitivity.csv and .html.");
  }

  @Test
  void commandHelpInBothLanguagesWithExamples() {
    List<String> vi = help("assess", "--help");
    assertThat(vi.get(0)).startsWith("Cách dùng: egov assess [-hV]");
    assertThat(vi)
        .contains(
            "  -o, --output=DIR          Thư mục ghi kết quả (tự tạo nếu chưa có).",
            "                            Tệp bộ tiêu chí (YAML).",
            "Ví dụ:",
            "  egov assess -c criteria/phu-tho-2018.yaml samples/phu-tho-2018/wide \\",
            "      --units samples/phu-tho-2018/units.csv -o ket-qua");
    // --lang after the command and after --help counts too
    List<String> en = help("assess", "--help", "--lang", "en");
    assertThat(en.get(0)).startsWith("Usage: egov assess [-hV]");
    assertThat(en).contains("  -o, --output=DIR          Folder for the outputs (created if needed).", "Examples:");
    assertThat(help("validate", "--help"))
        .contains("      --format=text|json    text (mặc định): mỗi vấn đề một dòng; json: danh");
    assertThat(help("--lang", "en", "sensitivity", "--help"))
        .contains("      --samples=N        Number of Monte-Carlo samples (default: 1000).");
    assertThat(help("sensitivity", "--help"))
        .contains("      --samples=N        Số lần thử Monte-Carlo (mặc định: 1000).");
  }

  /** Every text of every command's help has its key in both bundles: nothing falls back to English. */
  @Test
  void everyHelpTextIsInBothBundles() {
    for (String lang : List.of("vi", "en")) {
      ResourceBundle b = HelpTexts.bundle(lang);
      List<String> missing = new ArrayList<>();
      check(new CommandLine(new EgovCommand(false)), b, missing);
      assertThat(missing).as(lang).isEmpty();
    }
    Set<String> vi = new TreeSet<>(HelpTexts.bundle("vi").keySet());
    Set<String> en = new TreeSet<>(HelpTexts.bundle("en").keySet());
    assertThat(vi).isEqualTo(en);
  }

  private static void check(CommandLine c, ResourceBundle b, List<String> missing) {
    CommandSpec s = c.getCommandSpec();
    String q = s.qualifiedName(".") + ".";
    if (!b.containsKey(q + "usage.description")) {
      missing.add(q + "usage.description");
    }
    if (!b.containsKey(q + "usage.footer.0")) {
      missing.add(q + "usage.footer.0");
    }
    for (OptionSpec o : s.options()) {
      List<String> keys = new ArrayList<>();
      if (!o.descriptionKey().isEmpty()) {
        keys.add(o.descriptionKey());
      }
      for (String n : o.names()) {
        keys.add(n.replaceFirst("^-+", ""));
      }
      if (keys.stream().noneMatch(k -> b.containsKey(q + k) || b.containsKey(k))) {
        missing.add(q + o.longestName());
      }
    }
    for (PositionalParamSpec p : s.positionalParameters()) {
      String k = p.paramLabel() + "[" + p.index() + "]";
      if (!b.containsKey(q + k) && !b.containsKey(k)) {
        missing.add(q + k);
      }
    }
    c.getSubcommands().values().forEach(sub -> check(sub, b, missing));
  }
}
