package kr.cheongnabi.people.control;

import java.io.Serializable;
import java.util.Locale;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * A unit as other components show it: in a tree loaded a level at a time, in a search result, in a
 * list of chosen units. The parent's name tells apart the many units of the same name (every
 * district has its 총무과).
 *
 * @param parentKo the parent's Korean name, or null for a top-level unit
 * @param leaf whether the unit has no sub-units
 */
public record UnitEntry(
    long id,
    String code,
    String nameKo,
    String nameEn,
    String parentKo,
    String parentEn,
    boolean leaf)
    implements Serializable {

  public String name(Locale locale) {
    return Bilingual.pick(locale, nameKo, nameEn);
  }

  /** The name, the parent's name and the code, e.g. "총무과 · 강남구 (GN-ADM)". */
  public String label(Locale locale) {
    var parent = parentName(locale);
    return name(locale) + (parent == null ? "" : " · " + parent) + " (" + code + ")";
  }

  /** The parent's name in the page language, or null for a top-level unit. */
  public String parentName(Locale locale) {
    return parentKo == null ? null : Bilingual.pick(locale, parentKo, parentEn);
  }
}
