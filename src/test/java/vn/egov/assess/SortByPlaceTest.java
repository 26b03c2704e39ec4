package vn.egov.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.egov.model.Location;
import vn.egov.model.Problem;

/**
 * Problems are printed by place: file, then sheet, then line (row) and column, numbers compared as
 * numbers ({@code 9:2} before {@code 10:1}, {@code B9} before {@code A10}, {@code Z1} before
 * {@code AA1}); a text file's place given as numbers and the same place given as text sort alike.
 */
class SortByPlaceTest {
  @Test
  void byFileSheetLineAndColumnWhateverTheOrderTheyCameIn() {
    List<Problem> expected =
        List.of(
            Problem.error(Location.of("a.csv"), "file.empty"),
            Problem.error(Location.at("a.csv", 2, 1), "file.empty"),
            Problem.error(new Location("a.csv", "2:3"), "file.empty"),
            Problem.error(Location.at("a.csv", 9, 2), "file.empty"),
            Problem.error(Location.at("a.csv", 10, 1), "file.empty"),
            Problem.error(new Location("a.csv", "10:4"), "file.empty"),
            Problem.error(Location.at("a.csv", 1499989, 3), "file.empty"),
            Problem.error(Location.cell("b.xlsx", "Dữ liệu", "B9"), "file.empty"),
            Problem.error(Location.cell("b.xlsx", "Dữ liệu", "A10"), "file.empty"),
            Problem.error(Location.cell("b.xlsx", "Dữ liệu", "Z10"), "file.empty"),
            Problem.error(Location.cell("b.xlsx", "Dữ liệu", "AA10"), "file.empty"),
            Problem.error(Location.cell("b.xlsx", "Thông tin", "A1"), "file.empty"));
    Random r = new Random(18);
    for (int round = 0; round < 50; round++) {
      List<Problem> shuffled = new ArrayList<>(expected);
      Collections.shuffle(shuffled, r);
      Assessment.sortByPlace(shuffled);
      assertThat(shuffled).extracting(p -> p.location().toString())
          .containsExactlyElementsOf(expected.stream().map(p -> p.location().toString()).toList());
    }
  }
}
