package vn.egov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Timeout;
import vn.egov.ingest.WorkbookReader;

/**
 * Workbooks: any bytes in a file named {@code .xlsx} (zip, OLE2 {@code .xls}, text or garbage — the
 * reader goes by the content), and any sheet XML inside an otherwise valid workbook, which
 * reaches the cell, number, date and shared-string handling that random zip bytes rarely do.
 * Problems, never an exception. Seeds in {@code WorkbookReaderFuzzTestInputs/<method>/}.
 */
class WorkbookReaderFuzzTest {
  private static final WorkbookReader READER = new WorkbookReader(FuzzSupport.CRITERIA);

  static {
    FuzzSupport.warmUpReaders();
  }

  /** The parts of a real workbook with shared strings and percent formats; the sheet is replaced. */
  private static final Map<String, byte[]> TEMPLATE = parts(Path.of("src/test/resources/bad-reports/47-percent-format.xlsx"));

  @FuzzTest(maxDuration = "10m")
  @Timeout(30) // per input when fuzzing: a slower input is a finding
  void workbookBytes(byte[] bytes) {
    FuzzSupport.read(READER, FuzzSupport.file(bytes, ".xlsx"));
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(30)
  void sheetXml(byte[] xml) {
    FuzzSupport.read(READER, FuzzSupport.file(workbookWith(xml), ".xlsx"));
  }

  private static byte[] workbookWith(byte[] sheet) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> p : TEMPLATE.entrySet()) {
        z.putNextEntry(new ZipEntry(p.getKey()));
        z.write(p.getKey().equals("xl/worksheets/sheet1.xml") ? sheet : p.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Map<String, byte[]> parts(Path xlsx) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
