package kr.cheongnabi.people.control;

import java.util.Objects;

/**
 * An organisation unit as a generated organisation describes it, before it becomes an entity.
 *
 * @param parentCode the code of the unit above, or null for the root
 */
public record UnitSeed(String code, String parentCode, String nameKo, String nameEn) {

  public UnitSeed {
    requireText(code, "code");
    requireText(nameKo, "nameKo");
    requireText(nameEn, "nameEn");
    if (code.equals(parentCode)) {
      throw new IllegalArgumentException("unit " + code + " cannot be its own parent");
    }
  }

  private static void requireText(String value, String name) {
    if (Objects.requireNonNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
