package kr.cheongnabi.quiz.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import kr.cheongnabi.people.control.UnitEntry;
import kr.cheongnabi.platform.entity.Bilingual;
import org.junit.jupiter.api.Test;

class AudienceLabelTest {

  private static UnitEntry unit(long id, String ko, String en) {
    return new UnitEntry(id, "U" + id, new Bilingual(ko, en), null, true);
  }

  @Test
  void noChosenUnitIsEveryone() {
    assertEquals("전체 직원", AudienceLabel.of(List.of(), Locale.KOREAN));
    assertEquals("Everyone", AudienceLabel.of(List.of(), Locale.ENGLISH));
  }

  @Test
  void aFewUnitsAreNamedInThePageLanguage() {
    var units = List.of(unit(1, "감사관", "Inspector General"), unit(2, "복지국", "Welfare"));
    assertEquals("감사관, 복지국", AudienceLabel.of(units, Locale.KOREAN));
    assertEquals("Inspector General, Welfare", AudienceLabel.of(units, Locale.ENGLISH));
  }

  @Test
  void manyUnitsAreShortenedToTheFirstThreeAndACount() {
    var units =
        List.of(
            unit(1, "가과", "A"),
            unit(2, "나과", "B"),
            unit(3, "다과", "C"),
            unit(4, "라과", "D"),
            unit(5, "마과", "E"));
    assertEquals("가과, 나과, 다과 외 2개", AudienceLabel.of(units, Locale.KOREAN));
    assertEquals("A, B, C and 2 more", AudienceLabel.of(units, Locale.ENGLISH));
  }
}
