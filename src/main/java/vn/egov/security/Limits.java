package vn.egov.security;

/**
 * Every size limit on what the tool reads, in one place. Self-reports come from dozens of offices
 * by e-mail and USB stick and are untrusted; each limit turns a hostile or broken file into one
 * clear problem instead of a hang or an out-of-memory error, and the other files are still read.
 * SECURITY.md lists each limit with where it is enforced and the test that shows it.
 *
 * <p>The numbers are far above anything a real self-report needs (a province's whole long table is
 * about 300 units × 150 inputs = 45,000 rows) and low enough that a file at every limit still
 * fits in the default heap of an office PC.
 */
public final class Limits {
  private Limits() {}

  /** Bytes of one input file (self-report, units registry, criteria set, previous results). */
  public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

  /** Data rows of one table (a CSV file, or one sheet of a workbook). */
  public static final int MAX_ROWS = 2_000_000;

  /** Columns of one row: more is a broken or hostile file, not a wide table. */
  public static final int MAX_COLUMNS = 5_000;

  /** Characters of one cell: Excel's own limit, so nothing a spreadsheet can hold is refused. */
  public static final int MAX_CELL_CHARS = 32_767;

  /**
   * Bytes of one physical line of a CSV file, checked before the file is parsed, so that a 100 MB
   * line (a binary file, an attack) is refused in one pass. A wide table of 1,000 columns of 300
   * bytes fits three times over; a cell with line breaks inside quotes spans several lines.
   */
  public static final int MAX_LINE_BYTES = 1024 * 1024;

  /**
   * Bytes of one workbook file: fewer than for CSV, because a workbook holds its text compressed
   * and {@code .xls} files are read whole into memory (a real self-report is under 1 MB).
   */
  public static final long MAX_WORKBOOK_BYTES = 50L * 1024 * 1024;

  /** Characters of one expression ({@code value}, {@code expr}, {@code rule}) in a criteria set. */
  public static final int MAX_EXPRESSION_CHARS = 2_000;

  /**
   * Characters of a unit's or a unit group's name (criteria set, units registry, self-reports):
   * real names ("Ban Quản lý các khu công nghiệp tỉnh …") are under 100, and a name has to fit a
   * ranking table's column, a chart's axis and a scorecard's heading.
   */
  public static final int MAX_UNIT_NAME_CHARS = 200;

  /**
   * Characters of an id, a title, a criterion's or a group's name or a label in a criteria set: a
   * real criterion's name is a sentence or two, under 300 characters, and a name has to stay
   * readable in a table cell of the annex and the report (Excel's own limit, 32,767, is far above).
   */
  public static final int MAX_NAME_CHARS = 500;

  /** Characters of a text of several lines in a criteria set: an input's help, a check's message. */
  public static final int MAX_TEXT_CHARS = 2_000;

  /** Characters of a criteria set's YAML document (SnakeYAML's code point limit). */
  public static final int MAX_YAML_CODE_POINTS = 8 * 1024 * 1024;

  /** Nesting depth of YAML collections; a real criteria set nests about 8 deep. */
  public static final int MAX_YAML_DEPTH = 40;

  /**
   * Decimal orders of magnitude of a number in a criteria set (points, thresholds, targets):
   * between 10^-30 and 10^30. {@code 1e1000000500} would be printed digit by digit.
   */
  public static final int MAX_NUMBER_ORDERS = 30;

  /** Decimal orders of magnitude of a number literal in an expression: 10^-1000 to 10^1000. */
  public static final int MAX_LITERAL_ORDERS = 1000;

  /**
   * Decimal orders of magnitude a power ({@code x ^ y}) may reach; beyond, the result is
   * undefined instead of minutes of computation.
   */
  public static final long MAX_POWER_ORDERS = 100_000;

  /**
   * Decimal orders of magnitude of a number stored in a workbook cell: beyond any double Excel
   * can store (10^308, and denormals to 10^-324), the cell is read as text.
   */
  public static final int MAX_CELL_NUMBER_ORDERS = 330;

  /** YAML aliases ({@code *name}) that point at a collection. */
  public static final int MAX_YAML_ALIASES = 100;

  /** Values in a YAML document once every alias is expanded (billion laughs). */
  public static final int MAX_YAML_EXPANDED = 100_000;

  /**
   * Bytes a single workbook zip entry (a sheet's XML, the shared strings) may inflate to: a sheet
   * of 300 units × 1,000 columns is about 20 MB of XML.
   */
  public static final long MAX_ZIP_ENTRY_BYTES = 64L * 1024 * 1024;

  /** Inflation ratio above which an entry larger than {@link #ZIP_RATIO_FLOOR_BYTES} is a bomb. */
  public static final long MAX_ZIP_RATIO = 200;

  /** Entries smaller than this are not ratio-checked (tiny XML parts compress very well). */
  public static final long ZIP_RATIO_FLOOR_BYTES = 1L << 20;

  /** Entries in a workbook zip; a real workbook has a few dozen. */
  public static final int MAX_ZIP_ENTRIES = 10_000;
}
