import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.egov.criteria.CriteriaLoader;
import vn.egov.criteria.UnitsFile;
import vn.egov.ingest.CsvReader;
import vn.egov.ingest.DecimalMode;
import vn.egov.ingest.InputFiles;
import vn.egov.ingest.ReportBuilder;
import vn.egov.ingest.WorkbookReader;
import vn.egov.model.CriteriaSet;
import vn.egov.model.UnitReport;
import vn.egov.scoring.Scorer;
import vn.egov.validate.Validator;

/**
 * Reading, validation and scoring of one data set, repeated in one JVM, with the process's CPU
 * and collector time per stage: a comparison of two builds that the machine's load and the
 * just-in-time compilers disturb less than whole runs do (docs/benchmarks.md).
 *   java -XX:+UseParallelGC -Xms800m -Xmn200m -cp target/egov.jar bench/WarmLoop.java target/bench/csv-10k [ROUNDS]
 * Prints, per stage, the median over the last rounds (the first two warm up) of wall, CPU, GC.
 */
public class WarmLoop {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    CriteriaSet criteria = CriteriaLoader.load(dir.resolve("criteria.yaml"), "criteria.yaml").criteria();
    var registry = UnitsFile.load(dir.resolve("units.csv"), "units.csv", criteria).units();
    var files = InputFiles.expand(List.of(dir.resolve("long.csv"))).files();
    String[] stages = {"read", "validate", "score"};
    List<double[]>[] all = new List[3];
    for (int s = 0; s < 3; s++) {
      all[s] = new ArrayList<>();
    }
    for (int r = 0; r < rounds; r++) {
      double[] t = now();
      List<UnitReport> reports =
          ReportBuilder.read(criteria, DecimalMode.AUTO, files, List.of(new CsvReader(criteria), new WorkbookReader(criteria)))
              .reports();
      double[] t1 = now();
      var subjects = new Validator(criteria, registry).check(reports).subjects();
      double[] t2 = now();
      Object scored = new Scorer(criteria).score(subjects, false).units();
      double[] t3 = now();
      if (r >= 2) {
        all[0].add(minus(t1, t));
        all[1].add(minus(t2, t1));
        all[2].add(minus(t3, t2));
      }
      reports = null;
      subjects = null;
      scored = null;
      System.gc();
    }
    for (int s = 0; s < 3; s++) {
      System.out.printf("%-9s wall %6.3f s  cpu %6.3f s  gc %6.3f s  (%d rounds)%n", stages[s],
          median(all[s], 0), median(all[s], 1), median(all[s], 2), all[s].size());
    }
  }

  private static double[] now() {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long gc = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      gc += b.getCollectionTime();
    }
    return new double[] {System.nanoTime() / 1e9, os.getProcessCpuTime() / 1e9, gc / 1e3};
  }

  private static double[] minus(double[] a, double[] b) {
    return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
  }

  private static double median(List<double[]> xs, int k) {
    double[] v = xs.stream().mapToDouble(x -> x[k]).sorted().toArray();
    return v[v.length / 2];
  }
}
