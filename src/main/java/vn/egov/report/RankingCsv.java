package vn.egov.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.egov.model.CriteriaGroup;
import vn.egov.model.GroupResult;
import vn.egov.model.Results;
import vn.egov.model.Standing;
import vn.egov.model.UnitResult;
import vn.egov.output.CsvFiles;
import vn.egov.output.OutputContext;

/**
 * {@code ranking.csv}: one row per unit in published order, with the columns of SPEC §5, then
 * points per criteria group ({@code group_<id>}), then status and the self-assessed rank and
 * class. UTF-8 with a BOM so that Excel shows Vietnamese names; numbers with a dot; every text
 * from the criteria set or the reports (ids, names, group ids, class labels) neutralised against
 * formula injection.
 */
final class RankingCsv {
  static final String FILE = "ranking.csv";

  private RankingCsv() {}

  static void write(Results results, OutputContext context, Path target) throws IOException {
    int p = results.criteria().scoring().precision();
    List<String> header =
        new ArrayList<>(
            List.of(
                "unit_group", "rank", "unit_id", "unit_name", "points", "max", "score",
                "classification", "self_points", "self_score"));
    for (CriteriaGroup g : results.criteria().groups()) {
      header.add("group_" + g.id());
    }
    header.addAll(List.of("status", "self_rank", "self_classification"));
    CsvFiles.write(
        target,
        header,
        csv -> {
            for (UnitResult u : results.units()) {
              Standing fin = u.fin();
              Standing self = u.self();
              List<String> row = new ArrayList<>();
              row.add(Cells.safe(u.unit().group()));
              row.add(fin == null || fin.rank() == null ? "" : fin.rank().toString());
              row.add(Cells.safe(u.id()));
              row.add(Cells.safe(u.unit().name()));
              row.add(fin == null ? "" : Cells.plain(fin.points(), p));
              row.add(fin == null ? "" : Cells.plain(fin.max(), p));
              row.add(fin == null ? "" : Cells.plain(fin.score(), p));
              row.add(fin == null ? "" : Cells.safe(fin.classification()));
              row.add(self == null ? "" : Cells.plain(self.points(), p));
              row.add(self == null ? "" : Cells.plain(self.score(), p));
              for (CriteriaGroup g : results.criteria().groups()) {
                row.add(groupPoints(u, g.id(), p));
              }
              row.add(u.status().key());
              row.add(self == null || self.rank() == null ? "" : self.rank().toString());
              row.add(self == null ? "" : Cells.safe(self.classification()));
              csv.printRecord(row);
            }
        });
  }

  private static String groupPoints(UnitResult u, String id, int precision) {
    GroupResult g = u.group(id);
    return g == null ? "" : Cells.plain(g.points(), precision);
  }
}
