package kr.cheongnabi.learning.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kr.cheongnabi.learning.control.LessonDraft;
import kr.cheongnabi.learning.control.ModuleSettings;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.control.TextFormat;
import org.junit.jupiter.api.Test;

class TrainingModuleTest {

  @Test
  void lessonsMoveAndCloseUpWithoutGaps() {
    var module = new TrainingModule("order", new Bilingual("순서", "Order"));
    var first = module.addLesson(text("하나"));
    var second = module.addLesson(text("둘"));
    var third = module.addLesson(text("셋"));

    module.move(third, -1);
    assertEquals(List.of(first, third, second), module.getLessons());
    module.move(first, -1);
    assertEquals(0, first.getPosition(), "the first cannot move up");
    module.removeLesson(first);
    assertEquals(List.of(0, 1), module.getLessons().stream().map(Lesson::getPosition).toList());
    assertEquals(1, third.number());
  }

  @Test
  void aUnitAudienceReachesThoseBelowTheChosenUnits() {
    var module = new TrainingModule("audience", new Bilingual("대상", "Audience"));
    module.change(settings(null, null, false, Set.of(10L)));
    assertTrue(module.isFor(List.of(12L, 10L, 1L)), "a sub-unit of unit 10");
    assertFalse(module.isFor(List.of(11L, 1L)), "a unit beside it");
    module.change(settings(null, null, true, Set.of(10L)));
    assertTrue(module.isFor(List.of(11L)));
    assertTrue(module.getAudienceUnitIds().isEmpty(), "everyone means no unit list");
  }

  @Test
  void aModuleIsOpenFromItsFirstToItsLastDay() {
    var module = new TrainingModule("dates", new Bilingual("기간", "Dates"));
    module.change(settings(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), true, Set.of()));
    assertFalse(module.isOpenOn(LocalDate.of(2026, 2, 28)));
    assertTrue(module.isOpenOn(LocalDate.of(2026, 3, 1)));
    assertTrue(module.isOpenOn(LocalDate.of(2026, 3, 31)));
    assertFalse(module.isOpenOn(LocalDate.of(2026, 4, 1)));
  }

  @Test
  void aKeyIsLowerCaseLettersDigitsAndHyphens() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TrainingModule("Graft Act", new Bilingual("a", "b")));
    assertThrows(
        IllegalArgumentException.class, () -> new TrainingModule("-lead", new Bilingual("a", "b")));
  }

  @Test
  void aLessonKeepsItsKind() {
    var module = new TrainingModule("kind", new Bilingual("종류", "Kind"));
    var lesson = module.addLesson(text("하나"));
    var link = new LessonDraft(LessonKind.LINK, "링크", "Link", null, null, null, "https://a.kr");
    assertThrows(IllegalArgumentException.class, () -> lesson.change(link));
    assertThrows(IllegalStateException.class, () -> lesson.attach(5));
  }

  private static LessonDraft text(String title) {
    return new LessonDraft(LessonKind.TEXT, title, title, TextFormat.MARKDOWN, "본문", "Body", null);
  }

  private static ModuleSettings settings(
      LocalDate from, LocalDate until, boolean all, Set<Long> units) {
    return new ModuleSettings(
        "제목", "Title", TextFormat.MARKDOWN, "소개", "About", 30, null, from, until, all, units);
  }
}
