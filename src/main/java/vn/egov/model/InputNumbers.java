package vn.egov.model;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A unit's numbers by input id ({@link UnitReport#numbers}), held as an array indexed by the
 * input's position in the criteria set instead of a hash map's node per number: the scorer and
 * the validator make one per unit and variant, 1.5 million numbers in a national run. Read-only
 * once made; iterates in the set's order of inputs.
 */
public final class InputNumbers extends AbstractMap<String, BigDecimal> {
  private final Map<String, Integer> index;
  private final String[] ids;
  private final BigDecimal[] values;
  private int size;

  InputNumbers(Map<String, Integer> index, String[] ids) {
    this.index = index;
    this.ids = ids;
    this.values = new BigDecimal[ids.length];
  }

  /** Sets the number of input {@code id}, at {@code position} among the set's inputs if it is there. */
  void set(int position, String id, BigDecimal value) {
    int at = position < ids.length && ids[position].equals(id) ? position : index.get(id);
    if (values[at] == null) {
      size++;
    }
    values[at] = value;
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
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, BigDecimal>> iterator() {
        return new Iterator<>() {
          private int next = skip(0);

          private int skip(int from) {
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
            next = skip(next + 1);
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
