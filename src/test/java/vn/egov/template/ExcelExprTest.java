package vn.egov.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.expr.Expr;
import vn.egov.expr.ExprException;
import vn.egov.model.Evaluated;

/**
 * A criteria expression translated into an Excel formula computes what the engine computes: the
 * same value (to the 12 digits binary floating point keeps exact here), and an error exactly
 * where the engine's value is undefined — division by zero, an input without a number, a
 * fractional exponent — but not in a branch the engine does not evaluate.
 */
class ExcelExprTest {
  private static final List<String> INPUTS = List.of("a", "b", "c");

  private static String formula(String text) throws ExprException {
    return ExcelExpr.of(Expr.compile(text), id -> "$" + (char) ('A' + INPUTS.indexOf(id)) + "$1");
  }

  /** The engine's value, or null when undefined. */
  private static BigDecimal engine(String text, Map<String, BigDecimal> values) throws ExprException {
    Evaluated e = Expr.compile(text).evaluate(values);
    return e.defined() ? e.value() : null;
  }

  /** The sheet's value, or null for an error value. */
  private static BigDecimal excel(XSSFWorkbook wb, String formula, Map<String, BigDecimal> values) {
    XSSFSheet s = wb.getSheetAt(0);
    XSSFRow row = s.getRow(0) != null ? s.getRow(0) : s.createRow(0);
    for (int i = 0; i < INPUTS.size(); i++) {
      XSSFCell c = row.getCell(i) != null ? row.getCell(i) : row.createCell(i);
      BigDecimal v = values.get(INPUTS.get(i));
      if (v == null) {
        c.setCellValue(""); // an input without a number: blank text, as the sheet's number cell
      } else {
        c.setCellValue(v.doubleValue());
      }
    }
    XSSFCell f = row.getCell(5) != null ? row.getCell(5) : row.createCell(5);
    f.setCellFormula(formula);
    CellValue v = LiveSheets.evaluate(wb, f);
    if (v.getCellType() == CellType.ERROR || v.getCellType() == CellType.STRING) {
      return null; // an error, or a bare input without a number: undefined for the caller (ISNUMBER)
    }
    assertThat(v.getCellType()).as(formula).isEqualTo(CellType.NUMERIC);
    return new BigDecimal(String.valueOf(v.getNumberValue()));
  }

  private static void assertSame(XSSFWorkbook wb, String text, Map<String, BigDecimal> values) throws ExprException {
    String f = formula(text);
    BigDecimal expected = engine(text, values);
    BigDecimal actual = excel(wb, f, values);
    String what = text + " with " + values + " as =" + f;
    if (expected == null) {
      assertThat(actual).as(what).isNull();
    } else {
      assertThat(actual).as(what).isNotNull();
      MathContext twelve = new MathContext(12);
      assertThat(actual.round(twelve).stripTrailingZeros()).as(what).isEqualByComparingTo(expected.round(twelve));
    }
  }

  private static Map<String, BigDecimal> values(String a, String b, String c) {
    Map<String, BigDecimal> m = new HashMap<>();
    for (String[] p : new String[][] {{"a", a}, {"b", b}, {"c", c}}) {
      if (!p[1].equals("-")) {
        m.put(p[0], new BigDecimal(p[1]));
      }
    }
    return m;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
          b != 0 && a / b > 1                 ; 5   ; 0   ; 1
          b == 0 || a / b > 1                 ; 5   ; 0   ; 1
          if(b != 0, a / b, 0)                ; 5   ; 0   ; 1
          if(b, a / b, -1)                    ; 5   ; 0   ; 1
          a / b                               ; 5   ; 0   ; 1
          !a + !b * 2                         ; 0   ; 3   ; 1
          (a > b) + (a >= b) + (a == b) + (a != b) + (a < b) + (a <= b) ; 2 ; 2 ; 1
          57 / 100 * 100 >= 57                ; 1   ; 1   ; 1
          -a ^ 2                              ; 3   ; 1   ; 1
          a ^ -1                              ; 4   ; 1   ; 1
          a ^ 0                               ; 0   ; 1   ; 1
          a ^ b                               ; 4   ; 0.5 ; 1
          a ^ b                               ; -2  ; 3   ; 1
          round(a / 3, 2) + round(-2.675, 2)  ; 10  ; 1   ; 1
          round(a, b)                         ; 2.5 ; 0.5 ; 1
          round(a * 1.005, 2)                 ; 1   ; 1   ; 1
          min(a, b, c) + max(a, b) * abs(c)   ; 1   ; -2  ; -3
          min(a, b)                           ; 1   ; -   ; 1
          max(a, 3)                           ; -   ; 1   ; 1
          if(a, 3, 0) + (b > c && a)          ; 1   ; 2   ; 1
          a + b                               ; -   ; 1   ; 1
          if(c > 0, 1, a)                     ; -   ; 1   ; 1
          true + false * 2 + (true && !false) ; 1   ; 1   ; 1
          a + b - c > 0                       ; 0.1 ; 0.2 ; 0.3
          a + b - c >= 0                      ; 0.1 ; 0.2 ; -0.3
          (a + b - c == 0) + !(a + b - c) + if(a + b - c, 5, 7) ; 0.1 ; 0.2 ; 0.3
          (a * 3 - 0.3 < 0) || (c - a - b)    ; 0.1 ; 0.2 ; 0.3
          """)
  void translatesEveryOperatorAndFunction(String text, String a, String b, String c) throws ExprException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet();
      assertSame(wb, text.strip(), values(a.strip(), b.strip(), c.strip()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Random expressions over a, b, c; comparisons never of quotients (their last bits differ). */
  private static String random(Random rnd, int depth, boolean compared) {
    if (depth == 0 || rnd.nextInt(4) == 0) {
      return switch (rnd.nextInt(3)) {
        case 0 -> INPUTS.get(rnd.nextInt(3));
        case 1 -> String.valueOf(rnd.nextInt(12));
        default -> List.of("0.5", "2.25", "0.1", "1.005", "100", "0.125").get(rnd.nextInt(6));
      };
    }
    String x = random(rnd, depth - 1, compared);
    String y = random(rnd, depth - 1, compared);
    return switch (rnd.nextInt(14)) {
      case 0 -> "(" + x + " + " + y + ")";
      case 1 -> "(" + x + " - " + y + ")";
      case 2 -> "(" + x + " * " + y + ")";
      case 3 -> compared ? "(" + x + " + " + y + ")" : "(" + x + " / " + y + ")";
      case 4 -> "-(" + x + ")";
      case 5 -> "!(" + x + ")";
      case 6 -> "abs(" + x + ")";
      case 7 -> "(" + random(rnd, depth - 1, true) + List.of(" < ", " <= ", " > ", " >= ", " == ", " != ").get(rnd.nextInt(6)) + random(rnd, depth - 1, true) + ")";
      case 8 -> "(" + x + " && " + y + ")";
      case 9 -> "(" + x + " || " + y + ")";
      case 10 -> "if(" + random(rnd, depth - 1, true) + ", " + x + ", " + y + ")";
      case 11 -> (rnd.nextBoolean() ? "min(" : "max(") + x + ", " + y + (rnd.nextBoolean() ? ", " + random(rnd, depth - 1, compared) : "") + ")";
      case 12 -> "round(" + x + ", " + rnd.nextInt(4) + ")";
      default -> "(" + x + " ^ " + rnd.nextInt(3) + ")";
    };
  }

  @Test
  void randomExpressionsAgreeWithTheEngine() throws Exception {
    Random rnd = new Random(16);
    List<String> pool = List.of("0", "1", "-1", "2.5", "3", "0.1", "100", "-7.25", "-");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet();
      for (int i = 0; i < 600; i++) {
        String text = random(rnd, 4, false);
        Map<String, BigDecimal> v = values(pool.get(rnd.nextInt(pool.size())), pool.get(rnd.nextInt(pool.size())), pool.get(rnd.nextInt(pool.size())));
        BigDecimal engine = engine(text, v);
        if (engine != null && engine.abs().compareTo(new BigDecimal("1e12")) > 0) {
          continue; // beyond what a double holds to 12 digits
        }
        assertSame(wb, text, v);
      }
    }
  }
}
