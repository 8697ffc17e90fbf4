package kr.cheongnabi.people.control;

import java.io.Serializable;
import java.util.Locale;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * A unit as other components show it: in a tree loaded a level at a time, in a search result, in a
 * list of chosen units. The parent's name tells apart the many units of the same name (every
 * district has its 총무과).
 *
 * @param parentName the parent's name, or null for a top-level unit
 * @param leaf whether the unit has no sub-units
 */
public record UnitEntry(long id, String code, Bilingual name, Bilingual parentName, boolean leaf)
    implements Serializable {

  /** The name, the parent's name and the code, e.g. "총무과 · 강남구 (GN-ADM)". */
  public String label(Locale locale) {
    return name.in(locale)
        + (parentName == null ? "" : " · " + parentName.in(locale))
        + " ("
        + code
        + ")";
  }
}
