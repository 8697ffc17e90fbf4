package kr.cheongnabi.quiz.control;

import java.io.Serializable;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * A statement with every text already made into safe HTML, once per quiz version rather than once
 * per request: Markdown rendering and HTML sanitizing are the dearest part of showing a statement.
 * The feedback texts are null where the author wrote none; the case key is null where the statement
 * links to no integrity case.
 */
public record StatementHtml(
    String key,
    boolean correct,
    Bilingual text,
    Bilingual right,
    Bilingual wrong,
    Bilingual explanation,
    String caseKey)
    implements Serializable {

  public static StatementHtml of(Statement s) {
    return new StatementHtml(
        s.id(),
        s.correct(),
        html(s.textKo(), s.textEn()),
        html(s.rightKo(), s.rightEn()),
        html(s.wrongKo(), s.wrongEn()),
        html(s.explanationKo(), s.explanationEn()),
        s.caseKey());
  }

  private static Bilingual html(RichText korean, RichText english) {
    return Bilingual.from(korean, english, RichText::html);
  }
}
