package kr.cheongnabi.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import kr.cheongnabi.platform.entity.Bilingual;
import org.junit.jupiter.api.Test;

class OrgUnitTest {

  @Test
  void unitCannotMoveUnderItself() {
    var city = new OrgUnit("CN-0001", new Bilingual("청렴시", "Cheongnam City"), null);

    assertThrows(IllegalArgumentException.class, () -> city.moveUnder(city));
  }

  @Test
  void unitCannotMoveUnderItsOwnDescendant() {
    var city = new OrgUnit("CN-0001", new Bilingual("청렴시", "Cheongnam City"), null);
    var bureau = new OrgUnit("CN-0002", new Bilingual("감사위원회", "Audit Committee"), city);
    var team = new OrgUnit("CN-0003", new Bilingual("청렴팀", "Integrity Team"), bureau);

    assertThrows(IllegalArgumentException.class, () -> bureau.moveUnder(team));
    assertThrows(IllegalArgumentException.class, () -> city.moveUnder(team));
    assertSame(city, bureau.getParent());
  }

  @Test
  void unitMovesUnderAnUnrelatedUnit() {
    var city = new OrgUnit("CN-0001", new Bilingual("청렴시", "Cheongnam City"), null);
    var audit = new OrgUnit("CN-0002", new Bilingual("감사위원회", "Audit Committee"), city);
    var welfare = new OrgUnit("CN-0004", new Bilingual("복지국", "Welfare Bureau"), city);
    var team = new OrgUnit("CN-0003", new Bilingual("청렴팀", "Integrity Team"), audit);

    team.moveUnder(welfare);

    assertSame(welfare, team.getParent());
  }

  @Test
  void rootMovesUnderAnotherRoot() {
    var city = new OrgUnit("CN-0001", new Bilingual("청렴시", "Cheongnam City"), null);
    var other = new OrgUnit("CN-0100", new Bilingual("공사", "Public Corporation"), null);

    other.moveUnder(city);

    assertSame(city, other.getParent());
  }

  @Test
  void namesItselfInKoreanForKorean() {
    var unit = new OrgUnit("CN-0002", new Bilingual("감사위원회", "Audit Committee"), null);

    assertEquals("감사위원회", unit.getName().in(Locale.KOREAN));
    assertEquals("감사위원회", unit.getName().in(Locale.KOREA));
  }

  @Test
  void namesItselfInEnglishForEnglish() {
    var unit = new OrgUnit("CN-0002", new Bilingual("감사위원회", "Audit Committee"), null);

    assertEquals("Audit Committee", unit.getName().in(Locale.ENGLISH));
  }

  @Test
  void namesItselfInEnglishForAnyOtherLanguage() {
    var unit = new OrgUnit("CN-0002", new Bilingual("감사위원회", "Audit Committee"), null);

    assertEquals("Audit Committee", unit.getName().in(Locale.FRENCH));
    assertEquals("Audit Committee", unit.getName().in(Locale.JAPANESE));
  }
}
