package kr.cheongnabi.quiz.control;

import java.io.Serializable;
import java.util.Objects;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * A text of a quiz as its author wrote it, with the format that says how to show it. The source is
 * kept (it is what the GIFT file holds); {@link #html()} is the only way to put it in a page.
 *
 * @param source the text, with line breaks as {@code \n}; surrounding white space is dropped, as
 *     Moodle drops it
 * @param format how the source is to be read
 */
public record RichText(String source, TextFormat format) implements Serializable {

  // Quiz files come from authors, not from the application: even HTML is cleaned, never trusted.
  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("pre", "hr", "br")
                  .allowElements("a")
                  .allowAttributes("href", "title")
                  .onElements("a")
                  .allowUrlProtocols("http", "https")
                  .requireRelsOnLinks("noopener", "noreferrer")
                  .toFactory());

  private static final Parser MARKDOWN = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

  public RichText {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    source = source.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (source.isEmpty()) {
      throw new IllegalArgumentException("a text must not be blank");
    }
  }

  /** The text in Moodle's default format. */
  public static RichText of(String source) {
    return new RichText(source, TextFormat.MOODLE);
  }

  /** Safe HTML to put into a page as it is: rendered, sanitized or escaped as the format says. */
  public String html() {
    return switch (format) {
      case MARKDOWN -> POLICY.sanitize(RENDERER.render(MARKDOWN.parse(source)));
      case HTML -> POLICY.sanitize(source);
      // Moodle's auto-format is, for the texts of a quiz, plain text whose line breaks count.
      case PLAIN, MOODLE -> escapeKeepingLineBreaks(source);
    };
  }

  private static String escapeKeepingLineBreaks(String text) {
    var html = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&#34;");
        case '\'' -> html.append("&#39;");
        case '\n' -> html.append("<br>\n");
        default -> html.append(c);
      }
    }
    return html.toString();
  }
}
