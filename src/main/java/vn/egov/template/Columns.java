package vn.egov.template;

import java.util.List;

/**
 * The columns of the data sheet. A..K are what people see; L.. are hidden working cells of the
 * live checks and provisional points (what a value parses to, its code, the number expressions
 * see…), written by {@link CheckFormulas} and {@link PointsFormulas}. The workbook reader finds
 * the columns it reads by their header, so only the header texts are a contract.
 */
final class Columns {
  private Columns() {}

  /** Message keys of the header row, columns A..K. */
  static final List<String> HEADERS =
      List.of(
          "template.col.criterion", "template.col.input", "template.col.label", "template.col.unit",
          "template.col.value", "template.col.check", "template.col.points", "template.col.evidence",
          "template.col.appraised", "template.col.note", "template.col.help");

  /** Widths in characters, A..K. */
  static final int[] WIDTHS = {9, 20, 60, 12, 24, 36, 14, 40, 18, 30, 46};

  static final int ID = 0;
  static final int INPUT = 1;
  static final int LABEL = 2;
  static final int UNIT = 3;
  static final int VALUE = 4;
  /** Input rows: what is wrong with the value; criterion rows: why the points are what they are. */
  static final int CHECK = 5;
  /** Criterion and group rows: provisional points. */
  static final int POINTS = 6;
  static final int EVIDENCE = 7;
  static final int APPRAISED = 8;
  static final int NOTE = 9;
  static final int HELP = 10;

  // ---- hidden working cells of input rows
  /** The value as read: a number, {@code na}, {@code t} (text), blank, or a mistake's code. */
  static final int PARSED = 11;
  /** {@code ok}, {@code na}, blank, or a mistake's code ({@code range}, {@code na!}, …). */
  static final int CODE = 12;
  /** The number expressions see: the value, 0 for a blank optional input, else blank. */
  static final int NUMBER = 13;
  /** The errors of the row, each led by "; ". */
  static final int ERRORS = 14;
  /** 1 when the row has an error, else 0 (summed into the count of rows to fix). */
  static final int FIX = 15;
  /** A number typed as text: without spaces (and without its % sign for a percent input). */
  static final int TEXT = 16;
  /** The text without its sign. */
  static final int UNSIGNED = 17;
  /** Its separators ('.' and ','), in order. */
  static final int SEPARATORS = 18;
  /** The part that may hold thousands separators. */
  static final int WHOLE = 19;
  /** The thousands separator that part may hold. */
  static final int GROUPING = 20;
  /** The part's digits. */
  static final int DIGITS = 21;
  /** Whether that part is grouped in threes by that separator (1 or 0). */
  static final int GROUPED = 22;
  /** The decimal separator, blank for none, {@code x} when the text is no number. */
  static final int DECIMAL = 23;
  /** The number the text stands for, blank when none. */
  static final int READ = 24;

  // ---- hidden working cells of criterion rows (CODE and NUMBER columns)
  /** {@code scored}, {@code na}, {@code missing} or {@code undefined}, as the scorer decides. */
  static final int STATUS = CODE;
  /** The criterion's value v (of {@code value}, {@code expr} or the input). */
  static final int CRITERION_VALUE = NUMBER;
  /** Group rows: the group's applicable max. */
  static final int GROUP_MAX = NUMBER;

  /** The first and last hidden column. */
  static final int FIRST_HIDDEN = PARSED;

  static final int LAST_HIDDEN = READ;

  /** A cell's A1 reference with absolute column and row ({@code $E$12}), 0-based indices. */
  static String abs(int col, int row) {
    return "$" + letter(col) + "$" + (row + 1);
  }

  /** A cell's A1 reference, relative ({@code E12}), 0-based indices. */
  static String rel(int col, int row) {
    return letter(col) + (row + 1);
  }

  static String letter(int col) {
    return org.apache.poi.ss.util.CellReference.convertNumToColString(col);
  }
}
