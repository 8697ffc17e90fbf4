package kr.cheongnabi.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The learner's quiz page (me/quiz.xhtml) as a program reads it, for the load benchmark and the
 * fail-over test: the page carries its attempt as JSON in the {@code data-attempt} attribute, which
 * its script draws (see AttemptJson in the application).
 */
public record TakingPage(JsonObject attempt) {

  private static final Pattern DATA_ATTEMPT = Pattern.compile("\\bdata-attempt=\"([^\"]*)\"");

  /** The attempt the page carries, if it carries one. */
  public static Optional<TakingPage> in(String html) {
    var data = DATA_ATTEMPT.matcher(html);
    if (!data.find()) {
      return Optional.empty();
    }
    try (var reader = Json.createReader(new StringReader(unescaped(data.group(1))))) {
      return Optional.of(new TakingPage(reader.readObject()));
    }
  }

  public long attemptId() {
    return attempt.getJsonNumber("attempt").longValue();
  }

  public boolean finished() {
    return attempt.getBoolean("finished");
  }

  /**
   * The keys of the statements not answered yet, in the order the page offers them: the one on
   * show, then the others in the attempt's order, as "Next" brings them (quiz.js).
   */
  public List<String> unanswered() {
    var statements = attempt.getJsonArray("statements").getValuesAs(JsonObject.class);
    var shown = attempt.getInt("shown");
    var keys = new ArrayList<String>();
    if (!statements.get(shown).getBoolean("answered")) {
      keys.add(statements.get(shown).getString("key"));
    }
    for (int i = 0; i < statements.size(); i++) {
      if (i != shown && !statements.get(i).getBoolean("answered")) {
        keys.add(statements.get(i).getString("key"));
      }
    }
    return keys;
  }

  /** An attribute's value as the page's HTML writer escaped it, back as it was. */
  private static String unescaped(String value) {
    return value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
