package kr.cheongnabi.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import kr.cheongnabi.learning.entity.LessonKind;
import kr.cheongnabi.platform.entity.Bilingual;
import org.junit.jupiter.api.Test;

class ModuleViewTest {

  private static final FinalQuiz QUIZ_NOT_PASSED =
      new FinalQuiz("graft-act", new Bilingual("청탁금지법", "Graft Act"), 60, false);

  private static LessonView lesson(int number, boolean seen) {
    return new LessonView(
        number,
        number,
        LessonKind.TEXT,
        new Bilingual("강의 " + number, "Lesson " + number),
        null,
        null,
        null,
        null,
        0,
        seen,
        null);
  }

  private static ModuleView module(Completion completion, boolean... seen) {
    var lessons = new ArrayList<LessonView>();
    for (var i = 0; i < seen.length; i++) {
      lessons.add(lesson(i + 1, seen[i]));
    }
    return new ModuleView(
        "ethics", new Bilingual("윤리", "Ethics"), null, 90, lessons, QUIZ_NOT_PASSED, completion);
  }

  @Test
  void aCompletedModuleShowsEveryLessonSeenAndItsQuizPassedWhateverWasRecorded() {
    var view =
        module(
            new Completion(7, 2026, 90, Instant.parse("2026-03-02T01:00:00Z"), false),
            false,
            false,
            false);
    assertEquals(3, view.seenCount());
    assertEquals(100, view.percent());
    assertTrue(view.lessons().stream().allMatch(LessonView::seen));
    assertTrue(view.quiz().passed(), "no 'pass the final quiz to finish' beside 'completed on'");
    assertFalse(view.canComplete(), "it is completed already");
  }

  @Test
  void aModuleNotCompletedShowsWhatWasSeen() {
    var view = module(null, true, false, false);
    assertEquals(1, view.seenCount());
    assertEquals(33, view.percent());
    assertFalse(view.quiz().passed());
    assertEquals(1, view.resumeIndex());
  }

  @Test
  void aLinkIsShownDecodedAndOpenedAsStored() {
    var link =
        new LessonView(
            1,
            1,
            LessonKind.LINK,
            new Bilingual("권익위", "ACRC"),
            null,
            "https://www.acrc.go.kr/%EC%B2%AD%EB%A0%B4?q=a+b%20c",
            null,
            null,
            0,
            false,
            null);
    assertEquals("https://www.acrc.go.kr/청렴?q=a+b c", link.readableUrl());
    assertEquals("https://www.acrc.go.kr/%EC%B2%AD%EB%A0%B4?q=a+b%20c", link.url());
  }

  @Test
  void aLinkThatIsNotWellEncodedIsShownAsItIs() {
    var link =
        new LessonView(
            1,
            1,
            LessonKind.LINK,
            null,
            null,
            "https://example.kr/100%",
            null,
            null,
            0,
            false,
            null);
    assertEquals("https://example.kr/100%", link.readableUrl());
  }
}
