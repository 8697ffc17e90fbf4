package kr.cheongnabi.quiz.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.JsonBuilders;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.control.AttemptView;
import kr.cheongnabi.quiz.control.AttemptView.StatementView;

/**
 * An attempt as the learner's quiz page draws it (quiz.js): the page carries it as data, the
 * answers call replies with one statement of it, the finish call with all of it. Texts come in one
 * language, the page's, as a page shows them: a statement's number line, its text (sanitised HTML)
 * and the language it is in, the outcome once answered, and once finished the score line and each
 * statement's verdict. What {@link AttemptView} does not reveal (the answer to a statement not yet
 * answered) is not here either.
 *
 * @param locale the page's language
 * @param contextPath the application's address prefix, for the links to cases
 */
record AttemptJson(Locale locale, String contextPath) {

  /**
   * The whole attempt: {@code attempt}, {@code quiz}, {@code finished}, {@code total}, {@code
   * answered}, {@code allAnswered}, {@code remainingSeconds} (-1 without a limit), {@code shown}
   * (from 0: the statement a page opened now shows), {@code statements}, and once finished {@code
   * result} ({@code passed}, {@code timeRanOut}, {@code score} as a sentence, {@code retry}: the
   * learner may start the quiz again).
   */
  JsonObject of(AttemptView view, boolean retry) {
    var statements = JsonBuilders.array();
    view.statements().forEach(s -> statements.add(statement(view, s)));
    var json =
        progress(view)
            .add("attempt", view.attemptId())
            .add("quiz", view.quizKey())
            .add("finished", view.finished())
            .add("remainingSeconds", view.finished() ? -1 : view.remainingSeconds())
            .add("shown", view.shownOnOpening())
            .add("statements", statements);
    if (view.finished()) {
      json.add(
          "result",
          JsonBuilders.object()
              .add("passed", Boolean.TRUE.equals(view.passed()))
              .add("timeRanOut", view.timeRanOut())
              .add(
                  "score",
                  Messages.format(
                      locale,
                      "quiz.score",
                      view.rightCount() == null ? 0 : view.rightCount(),
                      view.total(),
                      view.passMarkPercent()))
              .add("retry", retry));
    }
    return json.build();
  }

  /**
   * The reply to an answer: the statement answered with its outcome, and the progress ({@code
   * answered}, {@code total}, {@code allAnswered}); {@code {"finished": true}} when the attempt is
   * over.
   */
  JsonObject answered(AttemptView view, StatementView statement) {
    if (view.finished()) {
      return finished();
    }
    var json = statement(view, statement).add("finished", false);
    progress(view).build().forEach(json::add);
    return json.build();
  }

  static JsonObject finished() {
    return JsonBuilders.object().add("finished", true).build();
  }

  private static JsonObjectBuilder progress(AttemptView view) {
    return JsonBuilders.object()
        .add("answered", view.answeredCount())
        .add("total", view.statements().size())
        .add("allAnswered", view.allAnswered());
  }

  /**
   * One statement: {@code key}, {@code number}, {@code heading}, {@code text}, {@code lang}, {@code
   * answered}; once its answer may be shown {@code correct}, {@code right}, {@code feedback},
   * {@code explanation}; on a finished attempt {@code verdict} (the learner's answer and the
   * correct one); {@code caseAddress} when it links to an integrity case.
   */
  private JsonObjectBuilder statement(AttemptView view, StatementView s) {
    var json =
        JsonBuilders.object()
            .add("key", s.key())
            .add("number", s.number())
            .add(
                "heading",
                Messages.format(locale, "quiz.statementNumber", s.number(), view.total()))
            .add("text", s.text().in(locale))
            .add("lang", s.text().languageIn(locale.getLanguage()))
            .add("answered", s.isAnswered());
    if (s.correct() != null) {
      json.add("correct", s.correct()).add("right", s.isRight());
      text(json, "feedback", s.feedback());
      text(json, "explanation", s.explanation());
    }
    if (view.finished()) {
      json.add(
          "verdict",
          Messages.format(locale, "quiz.reviewLine", letter(s.given()), letter(s.correct())));
    }
    if (s.caseKey() != null) {
      json.add(
          "caseAddress",
          contextPath
              + "/me/case.xhtml?case="
              + URLEncoder.encode(s.caseKey(), StandardCharsets.UTF_8));
    }
    return json;
  }

  private static String letter(Boolean answer) {
    return answer == null ? "–" : (answer ? "O" : "X");
  }

  private void text(JsonObjectBuilder json, String name, Bilingual html) {
    var shown = html == null ? null : html.in(locale);
    if (shown != null) {
      json.add(name, shown);
    }
  }
}
