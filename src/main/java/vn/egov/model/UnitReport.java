package vn.egov.model;

import java.util.Map;

/**
 * Everything the inputs say about one unit, merged over files.
 *
 * @param name as given in the report, or {@code null}
 * @param group as given in the report, or {@code null}
 * @param entries by input id, in the order first seen
 * @param blanks where the unit left an input blank (a wide table's empty cell), by input id
 * @param sightings every place the unit appears, in reading order (name and group as written)
 * @param overlapping two of the unit's files hold the same inputs (two versions of its report):
 *     no value is taken from either, {@code entries} is empty, and the unit is rejected until one
 *     file is removed (SPEC §3)
 */
public record UnitReport(
    String unitId,
    String name,
    String group,
    Location where,
    Map<String, Entry> entries,
    Map<String, Location> blanks,
    java.util.List<Sighting> sightings,
    boolean overlapping) {
  public UnitReport {
    // the map is handed over by the reader or validator that built it and never touched again;
    // not copying it matters when a national run holds millions of entries
    if (entries instanceof Entries compact) {
      entries = compact.freeze();
    } else if (!UNMODIFIABLE.isInstance(entries)) {
      entries = java.util.Collections.unmodifiableMap(entries);
    }
    blanks = Map.copyOf(blanks);
    sightings = java.util.List.copyOf(sightings);
  }

  private static final Class<?> UNMODIFIABLE =
      java.util.Collections.unmodifiableMap(new java.util.HashMap<>()).getClass();

  /**
   * The entry of {@code criteria.inputs().get(position)}, whose id is {@code inputId}, or {@code
   * null}: for loops over every input of the set, without looking the id up.
   */
  public Entry entryAt(int position, String inputId) {
    if (position >= 0 && entries instanceof Entries compact) {
      Entry e = compact.at(position);
      if (e == null || e.input().equals(inputId)) {
        return e;
      }
    }
    return entries.get(inputId);
  }

  /** Where the input's value is, or was left blank; the unit's row when neither is known. */
  public Location whereOf(String inputId) {
    Entry e = entries.get(inputId);
    return e != null ? e.fin().location() : blanks.getOrDefault(inputId, where);
  }

  /** The value of an input in the variant, or {@code null} when blank, unreadable or absent. */
  public Value value(String inputId, Variant variant) {
    Entry e = entries.get(inputId);
    return e == null ? null : variant.cell(e).value();
  }

  /**
   * The numbers expressions see: every input with a numeric value, and 0 for blank optional
   * inputs. Inputs that are N/A, text, or blank and required are absent.
   */
  public java.util.Map<String, java.math.BigDecimal> numbers(CriteriaSet criteria, Variant variant) {
    InputNumbers out = criteria.newNumbers();
    java.util.List<InputDef> inputs = criteria.inputs();
    for (int i = 0; i < inputs.size(); i++) {
      InputDef def = inputs.get(i);
      Entry e = entryAt(i, def.id());
      Cell c = e == null ? null : variant.cell(e);
      if (c != null && c.value() != null) {
        if (c.value().number() != null) {
          out.set(i, def.id(), c.value().number());
        }
      } else if (!def.required()) {
        out.set(i, def.id(), java.math.BigDecimal.ZERO);
      }
    }
    return out;
  }
}
