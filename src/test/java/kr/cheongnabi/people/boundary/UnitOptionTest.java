package kr.cheongnabi.people.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import kr.cheongnabi.people.entity.OrgUnit;
import kr.cheongnabi.platform.entity.Bilingual;
import org.junit.jupiter.api.Test;

class UnitOptionTest {

  /** Units get their id from the database; here it is set by hand. */
  private static OrgUnit unit(long id, String code, String nameKo, String nameEn, OrgUnit parent) {
    var unit = new OrgUnit(code, new Bilingual(nameKo, nameEn), parent);
    try {
      var field = OrgUnit.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(unit, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return unit;
  }

  @Test
  void listsEachParentBeforeItsSubUnitsWhateverTheInputOrder() {
    var city = unit(1, "CN-0001", "청렴시", "Cheongnam City", null);
    var audit = unit(2, "CN-0002", "감사위원회", "Audit Committee", city);
    var integrity = unit(3, "CN-0003", "청렴담당관", "Integrity Office", audit);
    var welfare = unit(4, "CN-0004", "복지국", "Welfare Bureau", city);
    var team = unit(5, "CN-0005", "청렴팀", "Integrity Team", integrity);

    var options = UnitOption.of(List.of(team, integrity, audit, welfare, city));

    assertEquals(
        List.of("CN-0001", "CN-0002", "CN-0003", "CN-0005", "CN-0004"),
        options.stream().map(UnitOption::code).toList());
    assertEquals(List.of(0, 1, 2, 3, 1), options.stream().map(UnitOption::depth).toList());
  }

  @Test
  void subUnitsOfOneParentKeepTheOrderTheyCameIn() {
    var city = unit(1, "CN-0001", "청렴시", "Cheongnam City", null);
    var welfare = unit(4, "CN-0004", "복지국", "Welfare Bureau", city);
    var audit = unit(2, "CN-0002", "감사위원회", "Audit Committee", city);

    var options = UnitOption.of(List.of(welfare, city, audit));

    assertEquals(
        List.of("CN-0001", "CN-0004", "CN-0002"), options.stream().map(UnitOption::code).toList());
  }

  @Test
  void keepsEachUnitsIdAndNames() {
    var city = unit(10, "CN-0001", "청렴시", "Cheongnam City", null);

    var option = UnitOption.of(List.of(city)).get(0);

    assertEquals(new UnitOption(10, "CN-0001", new Bilingual("청렴시", "Cheongnam City"), 0), option);
  }

  @Test
  void listsSeveralRootsEachWithItsOwnSubUnits() {
    var city = unit(1, "CN-0001", "청렴시", "Cheongnam City", null);
    var corporation = unit(2, "PC-0001", "공사", "Public Corporation", null);
    var cityTeam = unit(3, "CN-0002", "감사팀", "Audit Team", city);
    var corporationTeam = unit(4, "PC-0002", "경영팀", "Management Team", corporation);

    var options = UnitOption.of(List.of(corporationTeam, cityTeam, corporation, city));

    assertEquals(
        List.of("PC-0001", "PC-0002", "CN-0001", "CN-0002"),
        options.stream().map(UnitOption::code).toList());
  }

  @Test
  void noUnitsGiveNoOptions() {
    assertEquals(List.of(), UnitOption.of(List.of()));
  }

  @Test
  void labelIsIndentedByDepthInTheRequestedLanguage() {
    var option = new UnitOption(3, "CN-0003", new Bilingual("청렴담당관", "Integrity Office"), 2);

    assertEquals("\u00a0\u00a0\u00a0\u00a0청렴담당관 (CN-0003)", option.label(Locale.KOREAN));
    assertEquals(
        "\u00a0\u00a0\u00a0\u00a0Integrity Office (CN-0003)", option.label(Locale.ENGLISH));
    assertEquals("\u00a0\u00a0\u00a0\u00a0Integrity Office (CN-0003)", option.label(Locale.FRENCH));
  }

  @Test
  void rootLabelIsNotIndented() {
    var option = new UnitOption(1, "CN-0001", new Bilingual("청렴시", "Cheongnam City"), 0);

    assertEquals("청렴시 (CN-0001)", option.label(Locale.KOREA));
  }
}
