package kr.cheongnabi.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kr.cheongnabi.learning.entity.LessonKind;
import kr.cheongnabi.quiz.control.TextFormat;
import org.junit.jupiter.api.Test;

class LessonDraftTest {

  @Test
  void aMissingTextIsNamedByLessonNumberAndField() {
    var draft = new LessonDraft(LessonKind.TEXT, "제목", "  ", TextFormat.MARKDOWN, "본문", null, null);
    assertEquals(
        List.of(
            new ModuleProblem(3, "titleEn", "required"),
            new ModuleProblem(3, "bodyEn", "required")),
        draft.problems(3));
  }

  @Test
  void aLinkMustBeAnHttpAddress() {
    assertEquals(List.of(), link("https://www.law.go.kr/법령/공직자의이해충돌방지법").problems(1));
    assertEquals(List.of(), link("http://example.org/guide").problems(1));
    for (var bad :
        List.of("javascript:alert(1)", "ftp://example.org/x", "www.law.go.kr", "https://")) {
      assertEquals(
          List.of(new ModuleProblem(2, "url", "notWebAddress")), link(bad).problems(2), bad);
    }
  }

  @Test
  void aFileLessonNeedsOnlyItsTitlesAndKeepsNoText() {
    var draft = new LessonDraft(LessonKind.FILE, "안내서", "Guide", null, "ignored", null, "x");
    assertTrue(draft.problems(1).isEmpty());
  }

  @Test
  void aTitleLongerThanTheColumnIsRefused() {
    var draft =
        new LessonDraft(
            LessonKind.LINK, "가".repeat(201), "Title", null, null, null, "https://a.kr");
    assertEquals(List.of(new ModuleProblem(1, "titleKo", "tooLong")), draft.problems(1));
  }

  private static LessonDraft link(String url) {
    return new LessonDraft(LessonKind.LINK, "법령", "The act", null, null, null, url);
  }
}
