package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RichTextTest {

  @ParameterizedTest
  @EnumSource(TextFormat.class)
  void scriptIsInertInEveryFormat(TextFormat format) {
    String html = new RichText("가 <script>alert(1)</script> 나", format).html();

    assertFalse(html.contains("<script"), html);
  }

  @ParameterizedTest
  @EnumSource(TextFormat.class)
  void eventHandlersAndStylesNeverReachThePage(TextFormat format) {
    String html =
        new RichText(
                "<img src=x onerror=alert(1)><p style=\"x\" onclick=\"y\">a</p><style>p{}</style>",
                format)
            .html();

    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("onclick=\""), html);
    assertFalse(html.contains("<style"), html);
  }

  @Test
  void javascriptLinksLoseTheirTarget() {
    String html = new RichText("<a href=\"javascript:alert(1)\">x</a>", TextFormat.HTML).html();
    String markdown = new RichText("[x](javascript:alert(1))", TextFormat.MARKDOWN).html();

    assertFalse(html.contains("javascript"), html);
    assertFalse(markdown.contains("javascript"), markdown);
  }

  @Test
  void webLinksStayAndOpenNothingBehindThem() {
    String html = new RichText("[법령](https://www.law.go.kr)", TextFormat.MARKDOWN).html();

    assertTrue(html.contains("href=\"https://www.law.go.kr\""), html);
    assertTrue(html.contains("noopener"), html);
  }

  @Test
  void rendersMarkdownEmphasisAndLists() {
    String html = new RichText("**굵게** *기울임*\n\n- 하나\n- 둘", TextFormat.MARKDOWN).html();

    assertTrue(html.contains("<strong>굵게</strong>"), html);
    assertTrue(html.contains("<em>기울임</em>"), html);
    assertTrue(html.contains("<ul>"), html);
    assertTrue(html.contains("<li>하나</li>"), html);
  }

  @Test
  void keepsBasicHtmlFormattingAndTables() {
    String html =
        new RichText(
                "<p><b>a</b></p><ol><li>b</li></ol><table><tr><td>c</td></tr></table>",
                TextFormat.HTML)
            .html();

    assertTrue(html.contains("<b>a</b>"), html);
    assertTrue(html.contains("<li>b</li>"), html);
    assertTrue(html.contains("<td>c</td>"), html);
  }

  @Test
  void escapesPlainAndMoodleTextKeepingLineBreaks() {
    assertEquals("a &lt;b&gt; &amp;<br>\nc", new RichText("a <b> &\nc", TextFormat.PLAIN).html());
    assertEquals("a &lt;b&gt; &amp;<br>\nc", RichText.of("a <b> &\r\nc").html());
  }

  @Test
  void dropsSurroundingWhiteSpaceAndRefusesBlankText() {
    assertEquals("가", RichText.of("  가\n").source());
    assertThrows(IllegalArgumentException.class, () -> RichText.of(" \n "));
  }
}
