package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.quiz.control.VersionTally.StatementTally;
import kr.cheongnabi.quiz.entity.Origin;
import kr.cheongnabi.quiz.entity.Quiz;
import kr.cheongnabi.quiz.entity.QuizVersion;
import org.junit.jupiter.api.Test;

class StatisticsViewTest {

  private static final String GIFT =
      """
      // @quiz stats
      // @title.ko 통계 시험
      // @title.en A statistics test

      // @en Meals up to 50,000 won are allowed.
      ::stats-01::식사는 5만 원까지 허용된다.{T}

      // @en Gift certificates are allowed gifts.
      ::stats-02::상품권은 허용되는 선물이다.{F}

      // @en A private interest is reported within 14 days.
      ::stats-03::사적이해관계는 14일 안에 신고한다.{T}

      // @en 3 < 5 is true.
      ::stats-04::3 < 5는 참이다.{T}
      """;

  private final Quiz quiz = new Quiz("stats");
  private final QuizVersion first = version(1, "2026-01-05T03:00:00Z");
  private final QuizVersion second = version(2, "2026-02-28T16:30:00Z");

  private QuizVersion version(int number, String createdAt) {
    var file = new GiftReader().read("stats.gift", GIFT).quiz();
    return new QuizVersion(
        quiz, number, file, Origin.UPLOAD, GIFT, "0".repeat(64), Instant.parse(createdAt));
  }

  private StatisticsView view() {
    quiz.makeCurrent(second);
    var tally =
        new VersionTally(
            14,
            12,
            9,
            Map.of(
                "stats-01", new StatementTally(12, 3, 0),
                "stats-02", new StatementTally(10, 7, 2),
                "stats-03", new StatementTally(0, 0, 12),
                "stats-04", new StatementTally(12, 0, 0)));
    return StatisticsView.of(second, List.of(second, first), tally);
  }

  @Test
  void theStatementsMostOftenAnsweredWronglyComeFirstAndThoseWithoutAnswersLast() {
    var rows = view().statements();
    assertEquals(
        List.of(2, 1, 4, 3), rows.stream().map(StatisticsView.StatementRow::number).toList());
    assertEquals(new Share(7, 10), rows.get(0).wrong());
    assertEquals(2, rows.get(0).unanswered());
    assertFalse(rows.get(0).correct());
    assertTrue(rows.get(3).wrong().isEmpty());
  }

  @Test
  void theAttemptsArePassedOfFinishedWithTheOpenOnesApart() {
    var view = view();
    assertEquals(12, view.finished());
    assertEquals(9, view.passed());
    assertEquals(75, view.passRate().percent());
    assertEquals(2, view.open());
  }

  @Test
  void statementTextsAreSafeHtmlInBothLanguages() {
    var row = view().statements().get(2);
    assertEquals("3 &lt; 5는 참이다.", row.text().ko());
    assertEquals("3 &lt; 5 is true.", row.text().en());
  }

  @Test
  void theVersionsToChooseFromSayWhichIsCurrentAndTheDayInKorea() {
    var versions = view().versions();
    assertEquals(
        List.of(2, 1), versions.stream().map(StatisticsView.VersionOption::number).toList());
    assertTrue(versions.get(0).current());
    assertFalse(versions.get(1).current());
    assertEquals(
        LocalDate.of(2026, 3, 1), versions.get(0).storedOn(), "16:30 UTC is 01:30 in Seoul");
  }
}
