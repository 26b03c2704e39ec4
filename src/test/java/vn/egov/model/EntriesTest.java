package vn.egov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntriesTest {
  private static final Map<String, Integer> INDEX = Map.of("a", 0, "b", 1, "c", 2, "d", 3);

  private static Entry entry(String input, String raw) {
    return new Entry(input, new Cell(raw, null, Location.of("f.csv")), null, "", "", null);
  }

  @Test
  void keepsTheOrderFirstPutAndFindsByInputId() {
    Entries e = new Entries(INDEX);
    e.put("c", entry("c", "1"));
    e.put("a", entry("a", "2"));
    e.put("d", entry("d", "3"));
    Entry replaced = e.put("a", entry("a", "4"));
    assertThat(replaced.self().raw()).isEqualTo("2");
    assertThat(e.size()).isEqualTo(3);
    assertThat(e.get("a").self().raw()).isEqualTo("4");
    assertThat(e.get("b")).isNull();
    assertThat(e.get("zz")).isNull();
    assertThat(e.containsKey("d")).isTrue();
    assertThat(e.keySet()).containsExactly("c", "a", "d");
    List<String> raws = new ArrayList<>();
    e.values().forEach(x -> raws.add(x.self().raw()));
    assertThat(raws).containsExactly("1", "4", "3");
    assertThat(e).isEqualTo(Map.of("c", e.get("c"), "a", e.get("a"), "d", e.get("d")));
  }

  @Test
  void refusesIdsThatAreNoInputOfTheSet() {
    Entries e = new Entries(INDEX);
    assertThatThrownBy(() -> e.put("x", entry("x", "1"))).isInstanceOf(IllegalArgumentException.class);
  }
}
