package vn.egov.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InOrderTest {
  @Test
  void resultsArriveInNumberOrderWhateverTheirTiming() throws Exception {
    List<Integer> seen = new ArrayList<>();
    InOrder.run(
        200,
        i -> {
          if (i % 7 == 0) {
            try {
              Thread.sleep(3); // later pieces finish first
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return i * i;
        },
        r -> seen.add(r));
    assertThat(seen).hasSize(200);
    for (int i = 0; i < 200; i++) {
      assertThat(seen.get(i)).isEqualTo(i * i);
    }
  }

  @Test
  void theHandlerStopsTheRun() throws Exception {
    List<Integer> seen = new ArrayList<>();
    InOrder.run(100, i -> i, r -> seen.add(r) && r < 9);
    assertThat(seen).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void aFailingPieceFailsTheRun() {
    assertThatThrownBy(
            () ->
                InOrder.run(
                    50,
                    i -> {
                      if (i == 17) {
                        throw new IllegalArgumentException("piece 17");
                      }
                      return i;
                    },
                    r -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("piece 17");
  }
}
