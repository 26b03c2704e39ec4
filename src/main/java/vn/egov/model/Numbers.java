package vn.egov.model;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The numbers of one unit's inputs for expressions ({@link UnitReport#numbers}), held as an array
 * indexed by the input's position in the criteria set: scoring makes two per unit, and a hash
 * map's node per input was a tenth of what a national run's scoring allocated. Read-only; keys
 * are input ids, iterated in the set's order.
 */
final class Numbers extends AbstractMap<String, BigDecimal> {
  private final Map<String, Integer> index;
  private final BigDecimal[] values;
  private int size;

  Numbers(Map<String, Integer> index, int inputs) {
    this.index = index;
    this.values = new BigDecimal[inputs];
  }

  /** Sets the number of an input (a later one of the same id replaces it, as in a map). */
  void set(String input, BigDecimal v) {
    int i = index.get(input);
    if (values[i] == null) {
      size++;
    }
    values[i] = v;
  }

  @Override
  public BigDecimal get(Object key) {
    Integer i = index.get(key);
    return i == null ? null : values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Map.Entry<String, BigDecimal>> entrySet() {
    String[] ids = new String[values.length];
    index.forEach((id, i) -> ids[i] = id);
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, BigDecimal>> iterator() {
        return new Iterator<>() {
          private int next = advance(0);

          private int advance(int from) {
            int i = from;
            while (i < values.length && values[i] == null) {
              i++;
            }
            return i;
          }

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Map.Entry<String, BigDecimal> next() {
            if (next >= values.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, BigDecimal> e = new SimpleImmutableEntry<>(ids[next], values[next]);
            next = advance(next + 1);
            return e;
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }
}
