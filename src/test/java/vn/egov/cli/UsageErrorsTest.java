package vn.egov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Usage errors in the chosen language with a "did you mean" (issue 19): before, picocli's English
 * ("Missing required option: '--criteria=CRITERIA.yaml'", "Unmatched arguments from index 0")
 * came out whatever --lang said.
 */
class UsageErrorsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      textBlock =
          """
          assess samples/phu-tho-2018/wide -o /tmp/egov-x                        # egov: thiếu --criteria=CRITERIA.yaml (bắt buộc)              # Chạy 'egov assess --help' để xem cách dùng và ví dụ.
          asess -c criteria/phu-tho-2018.yaml                                    # egov: không hiểu tham số 'asess'; có phải là lệnh assess?     # Chạy 'egov --help' để xem cách dùng và ví dụ.
          assess -c c.yaml in -o /tmp/egov-x --format json                       # egov: không có tùy chọn '--format'; có phải là --formats?    # Chạy 'egov assess --help' để xem cách dùng và ví dụ.
          validate -c c.yaml in --decimal komma                                  # egov: giá trị 'komma' không hợp lệ cho --decimal (cần: auto|comma|dot) # Chạy 'egov validate --help' để xem cách dùng và ví dụ.
          --lang en explain -c c.yaml in --unit A --unit B                       # egov: the option --unit=ID is given twice                    # Run 'egov explain --help' for usage and examples.
          --lang en validate --frmat json -c c.yaml in                           # egov: unknown option '--frmat'; did you mean --format?       # Run 'egov validate --help' for usage and examples.
          """)
  void usageErrorsAreInTheChosenLanguage(String args, String first, String second) {
    Cli.Run run = Cli.run(args.strip().split(" +"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines().toList()).containsExactly(first.strip(), second.strip());
  }
}
