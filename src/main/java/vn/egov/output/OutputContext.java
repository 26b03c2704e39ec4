package vn.egov.output;

import java.nio.file.Path;
import java.time.LocalDate;
import vn.egov.model.Previous;
import vn.egov.text.Messages;

/**
 * Everything an output format needs besides the results.
 *
 * @param messages the language of labels and messages ({@link Messages#language()})
 * @param date the date to print (from {@code --date} or SOURCE_DATE_EPOCH), or {@code null}: no
 *     output may show the clock's date, so that reruns give byte-identical files
 * @param previous last year's results ({@code --previous}), or {@code null}
 */
public record OutputContext(
    Path dir, Messages messages, String toolVersion, LocalDate date, Previous previous) {}
