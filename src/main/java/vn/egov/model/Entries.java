package vn.egov.model;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One unit's entries by input id, in the order first put, held as an array indexed by the
 * input's position in the criteria set instead of a hash map's node per entry: a national run
 * holds millions of entries, and this halves what they cost. Keys are the set's input ids;
 * not thread-safe while being filled.
 */
public final class Entries extends AbstractMap<String, vn.egov.model.Entry> {
  private final Map<String, Integer> index;
  private final vn.egov.model.Entry[] byInput;
  /** Positions in the order first put; each input at most once, so never longer than the set's inputs. */
  private int[] order;
  private int size;
  private boolean frozen;

  Entries(Map<String, Integer> index) {
    this.index = index;
    this.byInput = new vn.egov.model.Entry[index.size()];
    this.order = new int[Math.max(1, index.size())];
  }

  private Entries(Entries from) {
    this.index = from.index;
    this.byInput = from.byInput.clone();
    this.order = from.order.clone();
    this.size = from.size;
  }

  /** A copy that can be changed (a unit's entries with some values blanked by the validator). */
  public Entries copy() {
    return new Entries(this);
  }

  @Override
  public vn.egov.model.Entry get(Object key) {
    Integer i = index.get(key);
    return i == null ? null : byInput[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  /**
   * The entry of the input at a position of the criteria set's inputs ({@link
   * CriteriaSet#inputs()}), or {@code null}: {@link #get} without hashing the id.
   */
  public vn.egov.model.Entry at(int position) {
    return byInput[position];
  }

  /** Makes this read-only (a unit's report holds it as it is, without a wrapper); returns it. */
  Entries freeze() {
    frozen = true;
    return this;
  }

  @Override
  public vn.egov.model.Entry put(String key, vn.egov.model.Entry value) {
    if (frozen) {
      throw new UnsupportedOperationException("a unit's report is not changed once made");
    }
    Integer i = index.get(key);
    if (i == null) {
      throw new IllegalArgumentException("not an input of the criteria set: " + key);
    }
    if (value == null) {
      throw new NullPointerException("entry of " + key);
    }
    vn.egov.model.Entry before = byInput[i];
    byInput[i] = value;
    if (before == null) {
      if (size == order.length) {
        order = Arrays.copyOf(order, size * 2);
      }
      order[size++] = i;
    }
    return before;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Collection<vn.egov.model.Entry> values() {
    return new AbstractCollection<>() {
      @Override
      public Iterator<vn.egov.model.Entry> iterator() {
        return new InOrder<>() {
          @Override
          vn.egov.model.Entry at(int i) {
            return byInput[i];
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public Set<Map.Entry<String, vn.egov.model.Entry>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, vn.egov.model.Entry>> iterator() {
        return new InOrder<>() {
          @Override
          Map.Entry<String, vn.egov.model.Entry> at(int i) {
            return new SimpleImmutableEntry<>(byInput[i].input(), byInput[i]);
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** Walks the entries in the order first put. */
  private abstract class InOrder<T> implements Iterator<T> {
    private int next;

    abstract T at(int input);

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public T next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      return at(order[next++]);
    }
  }
}
