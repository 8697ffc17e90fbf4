package kr.cheongnabi.quiz.control;

import java.io.Serializable;

/**
 * A statement with every text already made into safe HTML, once per quiz version rather than once
 * per request: Markdown rendering and HTML sanitizing are the dearest part of showing a statement.
 * The feedback texts are null where the author wrote none.
 */
public record StatementHtml(
    String key,
    boolean correct,
    String textKo,
    String textEn,
    String rightKo,
    String rightEn,
    String wrongKo,
    String wrongEn,
    String explanationKo,
    String explanationEn)
    implements Serializable {

  public static StatementHtml of(Statement s) {
    return new StatementHtml(
        s.id(),
        s.correct(),
        s.textKo().html(),
        s.textEn().html(),
        html(s.rightKo()),
        html(s.rightEn()),
        html(s.wrongKo()),
        html(s.wrongEn()),
        html(s.explanationKo()),
        html(s.explanationEn()));
  }

  private static String html(RichText text) {
    return text == null ? null : text.html();
  }
}
