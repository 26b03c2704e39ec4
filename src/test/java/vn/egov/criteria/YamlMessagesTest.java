package vn.egov.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.model.Problem;
import vn.egov.text.Messages;

/**
 * YAML syntax errors in the words of the official who edits the criteria file, in Vietnamese (issue
 * 19): what is wrong and what to do, at the line and column — not the parser's English.
 */
class YamlMessagesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a tab for indentation  | id: x\\ngroups:\\n\\t- id: a                  | 3:1   | không phải YAML hợp lệ: có dấu tab ở đây; YAML chỉ thụt dòng bằng dấu cách — hãy thay tab bằng dấu cách
          an unclosed quote      | id: x\\ntitle: "Bộ tiêu chí                     | 2:8   | không phải YAML hợp lệ: dấu nháy mở ở đây không được đóng cho đến hết tệp; hãy thêm dấu nháy đóng
          a colon in a value     | id: x\\ntitle: Bộ tiêu chí: năm 2018            | 2:19  | không phải YAML hợp lệ: dấu hai chấm ở đây không được phép; nếu giá trị có chứa dấu ':', hãy đặt cả giá trị trong dấu nháy
          a key out of line      | id: x\\ngroups:\\n  - id: a\\n name: b         | 4:2   | không phải YAML hợp lệ: thụt dòng không khớp: dòng này không thẳng cột với các khóa cùng cấp ở trên (hoặc một dòng ở trên thiếu dấu ':'); hãy canh các khóa cùng cấp thẳng cột
          an undefined alias     | id: x\\ntitle: *ten                            | 2:8   | không phải YAML hợp lệ: bí danh (*tên) ở đây chưa được định nghĩa bằng &tên ở phía trên
          a value starting with @ | id: x\\ntitle: @egov                          | 2:8   | không phải YAML hợp lệ: một giá trị không được bắt đầu bằng ký tự '@'; hãy đặt cả giá trị trong dấu nháy
          """)
  void syntaxErrorsSayWhatToFixInVietnamese(String what, String yaml, String where, String message) {
    CriteriaLoader.Loaded loaded = CriteriaLoader.parse(yaml.strip().replace("\\n", "\n").replace("\\t", "\t"), "tieu-chi.yaml");
    assertThat(loaded.ok()).isFalse();
    Problem p = loaded.problems().get(0);
    assertThat(p.location().where()).as(what).isEqualTo(where);
    assertThat(Messages.of("vi").render(p.message())).as(what).isEqualTo(message);
  }
}
