package vn.egov.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;
import vn.egov.assess.Assessment;
import vn.egov.ingest.DecimalMode;

/**
 * The options every command that reads self-reports shares ({@code assess}, {@code validate},
 * {@code explain}, {@code sensitivity}), declared once and mixed in with {@code @Mixin}: the
 * criteria set, the reports, the units registry and the decimal separator.
 */
final class ReportsInput {
  @Option(names = {"-c", "--criteria"}, required = true, paramLabel = "CRITERIA.yaml", description = "The criteria set.")
  Path criteria;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Self-report files (.csv, .xlsx, .xls) or folders (read recursively, links followed).")
  List<Path> inputs;

  @Option(
      names = "--units",
      paramLabel = "FILE",
      description = "Units registry (CSV: unit_id, unit_name, unit_group, ranked); replaces the criteria set's units:, and units that sent nothing are listed.")
  Path units;

  @Option(
      names = "--decimal",
      paramLabel = "auto|comma|dot",
      converter = Decimal.class,
      description = "Decimal separator of numbers typed as text (default: auto).")
  DecimalMode decimal = DecimalMode.AUTO;

  /** What to assess, from these options. */
  Assessment.Request request(boolean strict) {
    return new Assessment.Request(criteria, criteria.toString(), inputs, units, strict, decimal);
  }

  /** {@code auto}, {@code comma} or {@code dot}, in any case. */
  static final class Decimal implements ITypeConverter<DecimalMode> {
    @Override
    public DecimalMode convert(String text) {
      try {
        return DecimalMode.valueOf(text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + text + "' (expected auto|comma|dot)");
      }
    }
  }
}
