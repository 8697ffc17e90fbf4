package kr.cheongnabi.benchmark;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.cheongnabi.testing.QuizCards;
import kr.cheongnabi.testing.TakingPage;

/**
 * Reads what the quiz-taking pages answer, as the load benchmark's virtual users see them: sign-in,
 * My quizzes, the start of an attempt, the taking page, its JSON answers and its JSON finish. Each
 * check gives {@link #OK} or says what is wrong in a few words; Gatling reports those words as the
 * kinds of errors, so they name the problem and never an id that differs from one request to the
 * next.
 */
final class QuizPages {

  static final String OK = "ok";

  private static final Pattern ATTEMPT =
      Pattern.compile("/me/quiz\\.xhtml\\?(?:.*&)?attempt=(\\d+)");
  private static final Pattern FINISHED = Pattern.compile("\"finished\"\\s*:\\s*true");

  private QuizPages() {}

  /** A sign-in succeeded when it sends the person home. */
  static String signedIn(String location) {
    return path(location).endsWith("/index.xhtml") ? OK : "sign-in sent to " + path(location);
  }

  /**
   * Where the start button on the card of the quiz posts (its formaction, with the quiz's key as
   * the button's value), or "" when the card has none.
   */
  static String startAddress(String page, String quizKey) {
    return QuizCards.startAddress(page, quizKey).orElse("");
  }

  /** My quizzes is fine when the quiz's card can be started. */
  static String canStart(String page, String quizKey) {
    var card = QuizCards.card(page, quizKey);
    if (card.isEmpty()) {
      return "My quizzes has no card for quiz " + quizKey;
    }
    if (startAddress(page, quizKey).isEmpty()) {
      return "the card of quiz "
          + quizKey
          + " has no start button ("
          + QuizCards.state(card.get())
          + ")";
    }
    return OK;
  }

  /** The attempt a start sent the person to, or "" when it went elsewhere. */
  static String attempt(String location) {
    Matcher m = ATTEMPT.matcher(location);
    return m.find() ? m.group(1) : "";
  }

  static String started(String location) {
    return attempt(location).isEmpty() ? "start sent to " + path(location) : OK;
  }

  /** The taking page of the attempt, open, as the data it carries says. */
  static String takingPage(String page, String attempt) {
    var taking = TakingPage.in(page);
    if (taking.isEmpty()) {
      return "the quiz page carries no attempt";
    }
    if (!attempt.equals(String.valueOf(taking.get().attemptId()))) {
      return "the quiz page is not the attempt's";
    }
    return taking.get().finished() ? "the attempt is over" : OK;
  }

  /** The statements left to answer, in the page's order ({@link TakingPage#unanswered}). */
  static List<String> unanswered(String page) {
    return TakingPage.in(page).map(TakingPage::unanswered).orElse(List.of());
  }

  /**
   * An answer is acknowledged by the JSON reply of the answers call that names its statement, with
   * the attempt still open.
   */
  static String answerReply(String json, String key) {
    if (FINISHED.matcher(json).find()) {
      return "the attempt was over";
    }
    if (!json.contains("\"key\":\"" + key + "\"")) {
      return json.contains("\"problem\"")
          ? "the answer was refused"
          : "the reply names no statement";
    }
    return OK;
  }

  /** A finish is acknowledged by the JSON reply of the finish call: the attempt with its result. */
  static String finished(String json) {
    if (json.contains("\"problem\"")) {
      return "the finish was refused";
    }
    return FINISHED.matcher(json).find() && json.contains("\"result\"")
        ? OK
        : "the finish shows no result";
  }

  /** The part of a page from the quiz's card up to the next card. */
  /** The path of a URL without its host and query, e.g. {@code /login.xhtml}. */
  static String path(String url) {
    var path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }
}
