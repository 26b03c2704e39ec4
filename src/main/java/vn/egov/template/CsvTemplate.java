package vn.egov.template;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.egov.model.InputDef;
import vn.egov.model.InputType;
import vn.egov.model.Unit;

/**
 * The per-unit long table: UTF-8 with a BOM (so that Excel shows Vietnamese), CRLF, the header
 * {@link #HEADER} and one row per input asked of the unit, with empty value, evidence, appraised
 * and note. {@code label} and {@code unit} are for people; the reader ignores them.
 */
final class CsvTemplate {
  static final List<String> HEADER =
      List.of("unit_id", "unit_name", "unit_group", "input_id", "label", "unit", "value", "evidence", "appraised", "note");

  private CsvTemplate() {}

  static byte[] write(Plan plan) throws IOException {
    StringWriter w = new StringWriter();
    Unit u = plan.unit();
    vn.egov.output.CsvFiles.print(
        w,
        HEADER,
        csv -> {
          for (InputDef d : plan.inputs()) {
            if (d.byDepartment()) {
              continue; // the Department supplies it: not asked of the unit
            }
            csv.printRecord(
                safe(u.id()), safe(u.name()), safe(u.group()), safe(d.id()), safe(d.label()), safe(unitOf(d)), "", "", "", "");
          }
        });
    return w.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String unitOf(InputDef d) {
    if (d.unit() != null && !d.unit().isBlank()) {
      return d.unit();
    }
    return d.type() == InputType.PERCENT ? "%" : "";
  }

  /**
   * Text neutralised against formula injection when the file is opened in a spreadsheet: a
   * leading {@code = + - @}, tab or carriage return gets a {@code '} in front.
   */
  static String safe(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }
}
