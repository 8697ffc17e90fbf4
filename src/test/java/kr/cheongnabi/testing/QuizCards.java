package kr.cheongnabi.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The quiz cards of My quizzes as a program reads them, for the load benchmark and the fail-over
 * test: each card carries its quiz's key ({@code data-quiz}) and state ({@code data-state}), and
 * one that can start has a button that posts {@code quiz=KEY} to its {@code formaction}.
 */
public final class QuizCards {

  private static final Pattern TAG = Pattern.compile("<(section|input|button|div)\\b[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*\"([^\"]*)\"");

  private QuizCards() {}

  /** The quiz's card, from its tag to the next card, if the page has one. */
  public static Optional<String> card(String page, String quizKey) {
    int at = page.indexOf("data-quiz=\"" + quizKey + "\"");
    if (at < 0) {
      return Optional.empty();
    }
    int start = page.lastIndexOf('<', at);
    int next = page.indexOf("data-quiz=\"", at + 1);
    return Optional.of(
        page.substring(start, next < 0 ? page.length() : page.lastIndexOf('<', next)));
  }

  /** Where the start button on the quiz's card posts, if the card has one. */
  public static Optional<String> startAddress(String page, String quizKey) {
    var card = card(page, quizKey);
    if (card.isEmpty()) {
      return Optional.empty();
    }
    var tags = TAG.matcher(card.get());
    while (tags.find()) {
      var a = attributes(tags.group());
      if ("quiz".equals(a.get("name")) && quizKey.equals(a.get("value"))) {
        return Optional.ofNullable(a.get("formaction"));
      }
    }
    return Optional.empty();
  }

  /** The state a card says it is in ({@code data-state} of its first tag), "?" without one. */
  public static String state(String card) {
    int end = card.indexOf('>');
    return attributes(end < 0 ? card : card.substring(0, end + 1)).getOrDefault("data-state", "?");
  }

  private static Map<String, String> attributes(String tag) {
    var attributes = new HashMap<String, String>();
    var m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      attributes.put(m.group(1), m.group(2));
    }
    return attributes;
  }
}
