package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A question bank as Moodle's GIFT export writes it (question/format/gift/format.php): a comment
 * before each question, the category as a question of its own, names that are free text, texts in
 * {@code [html]}, {@code TRUE}/{@code FALSE} with feedback, and other kinds mixed in.
 */
class MoodleExportTest {

  static final String EXPORT =
      """
      // question: 0  name: Switch category to $course$/top/청렴교육/청탁금지법
      $CATEGORY: $course$/top/청렴교육/청탁금지법


      // question: 101  name: 음식물 한도
      ::음식물 한도::[html]<p>공직자에게 제공할 수 있는 음식물 가액 한도는 5만 원이다.</p>{TRUE#<p>2024년 8월 27일부터 5만 원입니다.</p>#<p>맞습니다.</p>####<p>예전에는 3만 원이었습니다.</p>}


      // question: 102  name: 경조사비
      ::경조사비::[html]<p>거래업체가 보낸 현금 축의금 10만 원은 받아도 된다.</p>{FALSE#<p>현금은 5만 원까지입니다.</p>}


      // question: 103  name: 신고 기한
      ::신고 기한::[html]<p>사적이해관계는 며칠 안에 신고해야 하나요?</p>{
      \t=%100%14일#
      }


      // question: 104  name: 선물
      ::선물::[html]<p>허용되지 않는 선물은?</p>{
      \t~<p>농수산물</p>
      \t=<p>상품권</p>
      }


      // question: 105  name: gift-card
      ::gift-card::[html]<p>상품권은 선물로 받을 수 없다.</p>{TRUE}

      """;

  private final GiftReader reader = new GiftReader();

  @Test
  void readsTheTrueFalseQuestionsWithTheirFeedbackTitledAfterTheCategory() {
    GiftResult result = reader.read("questions-청렴-청탁금지법-20261207-1523.txt", EXPORT);

    assertTrue(result.isValid(), () -> result.problems().toString());
    QuizFile quiz = result.quiz();
    assertEquals("청탁금지법", quiz.settings().titleKo());
    assertNull(quiz.settings().titleEn());
    assertEquals("$course$/top/청렴교육/청탁금지법", quiz.category());
    assertEquals(GiftNames.quizId("$course$/top/청렴교육/청탁금지법", ""), quiz.settings().id());
    assertEquals(
        List.of(GiftNames.fromName("음식물 한도"), GiftNames.fromName("경조사비"), "gift-card"),
        quiz.statements().stream().map(Statement::id).toList());
    Statement meals = quiz.statements().get(0);
    assertTrue(meals.correct());
    assertEquals(TextFormat.HTML, meals.textKo().format());
    assertEquals("<p>공직자에게 제공할 수 있는 음식물 가액 한도는 5만 원이다.</p>", meals.textKo().source());
    assertEquals(new RichText("<p>2024년 8월 27일부터 5만 원입니다.</p>", TextFormat.HTML), meals.wrongKo());
    assertEquals(new RichText("<p>맞습니다.</p>", TextFormat.HTML), meals.rightKo());
    assertEquals(new RichText("<p>예전에는 3만 원이었습니다.</p>", TextFormat.HTML), meals.explanationKo());
    assertEquals(
        List.of("14 SHORT_ANSWER", "20 MULTIPLE_CHOICE"),
        result.skipped().stream().map(s -> s.line() + " " + s.kind()).toList());
  }

  @Test
  void anEditedExportKeepsTheIdsOfTheQuestionsThatStayedAndAnExportOfTheQuizReadsBackTheSame() {
    QuizFile first = reader.read("a.txt", EXPORT).quiz();
    String edited = EXPORT.replace("거래업체가 보낸", "협력업체가 보낸").replace("::음식물 한도::", "::음식물 한도 2024::");

    QuizFile second = reader.read("b.txt", edited).quiz();

    assertEquals(first.settings().id(), second.settings().id());
    assertEquals(first.statements().get(1).id(), second.statements().get(1).id());
    assertEquals(first.statements().get(2).id(), second.statements().get(2).id());
    assertEquals(first, reader.read("again.gift", new GiftWriter().write(first)).quiz());
  }
}
