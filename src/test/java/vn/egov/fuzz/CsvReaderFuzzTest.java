package vn.egov.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import vn.egov.ingest.CsvReader;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes in a {@code .csv} self-report: the reader reports problems and never throws. Seeds in
 * {@code CsvReaderFuzzTestInputs/csvBytes/}; fuzz longer as SECURITY.md says.
 */
class CsvReaderFuzzTest {
  private static final CsvReader READER = new CsvReader(FuzzSupport.CRITERIA);

  static {
    FuzzSupport.warmUpReaders();
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(30) // per input when fuzzing: a slower input is a finding
  void csvBytes(byte[] bytes) {
    FuzzSupport.read(READER, FuzzSupport.file(bytes, ".csv"));
  }
}
