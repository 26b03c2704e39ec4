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

  @Test
  void aCopyKeepsTheOrderAndChangesWithoutTouchingTheOriginal() {
    Entries e = new Entries(INDEX);
    e.put("c", entry("c", "1"));
    e.put("a", entry("a", "2"));
    Entries copy = e.freeze().copy();
    copy.put("a", entry("a", "blanked"));
    copy.put("b", entry("b", "3"));
    assertThat(copy.keySet()).containsExactly("c", "a", "b");
    assertThat(copy.get("a").self().raw()).isEqualTo("blanked");
    assertThat(e.keySet()).containsExactly("c", "a");
    assertThat(e.get("a").self().raw()).isEqualTo("2");
    assertThatThrownBy(() -> e.put("d", entry("d", "4"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aUnitsNumbersAreFoundByIdIterateInTheSetsOrderAndEqualAHashMapOfThem() {
    InputNumbers n = new InputNumbers(INDEX, new String[] {"a", "b", "c", "d"});
    n.set(3, "d", new java.math.BigDecimal("96.52"));
    n.set(0, "a", java.math.BigDecimal.ZERO);
    n.set(7, "c", new java.math.BigDecimal("32052")); // a position that is not the input's: found by id
    n.set(0, "a", java.math.BigDecimal.ONE); // set again: replaced, not counted twice
    assertThat(n.size()).isEqualTo(3);
    assertThat(n.get("a")).isEqualByComparingTo("1");
    assertThat(n.get("c")).isEqualByComparingTo("32052");
    assertThat(n.get("b")).isNull();
    assertThat(n.get("zz")).isNull();
    assertThat(n.containsKey("d")).isTrue();
    assertThat(n.containsKey("b")).isFalse();
    assertThat(n.keySet()).containsExactly("a", "c", "d");
    assertThat(n.values()).containsExactly(java.math.BigDecimal.ONE, new java.math.BigDecimal("32052"), new java.math.BigDecimal("96.52"));
    java.util.Map<String, java.math.BigDecimal> same = new java.util.HashMap<>();
    same.put("d", new java.math.BigDecimal("96.52"));
    same.put("c", new java.math.BigDecimal("32052"));
    same.put("a", java.math.BigDecimal.ONE);
    assertThat(n).isEqualTo(same);
    assertThat(n.hashCode()).isEqualTo(same.hashCode());
  }
}
