package kr.cheongnabi.quiz.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the quiz tables can hold (V2__quizzes.sql). The format itself has no limits, so a quiz that
 * reads well can still be too long to store; it is then refused like any other problem of a file.
 */
public final class QuizStorageLimits {

  /** VARCHAR(255): titles and the category, in characters. */
  static final int LINE_CHARACTERS = 255;

  /** TEXT: each text of a statement, in UTF-8 bytes. */
  static final int TEXT_BYTES = 65_535;

  /** MEDIUMTEXT: the whole file as loaded, in UTF-8 bytes. */
  static final int SOURCE_BYTES = 16_777_215;

  private QuizStorageLimits() {}

  /**
   * Every part of {@code quiz} or its {@code source} that does not fit, as problems of the file.
   */
  public static List<GiftProblem> problems(String fileName, String source, QuizFile quiz) {
    var problems = new ArrayList<GiftProblem>();
    var check =
        new Object() {
          void line(String name, String value) {
            int length = value == null ? 0 : value.codePointCount(0, value.length());
            if (length > LINE_CHARACTERS) {
              problems.add(
                  new GiftProblem(
                      fileName,
                      0,
                      "store.tooLong",
                      name,
                      length + " characters",
                      LINE_CHARACTERS + " characters"));
            }
          }

          void bytes(String name, String value, int limit) {
            int length = value == null ? 0 : value.getBytes(StandardCharsets.UTF_8).length;
            if (length > limit) {
              problems.add(
                  new GiftProblem(
                      fileName, 0, "store.tooLong", name, length + " bytes", limit + " bytes"));
            }
          }

          void text(String name, RichText text) {
            bytes(name, text == null ? null : text.source(), TEXT_BYTES);
          }
        };
    check.bytes(fileName, source, SOURCE_BYTES);
    check.line("// @title.ko", quiz.settings().titleKo());
    check.line("// @title.en", quiz.settings().titleEn());
    check.line("$CATEGORY:", quiz.category());
    for (Statement statement : quiz.statements()) {
      String id = "::" + statement.id() + "::";
      check.text(id, statement.textKo());
      check.text(id + " // @en", statement.textEn());
      check.text(id + " wrong", statement.wrongKo());
      check.text(id + " // @en.wrong", statement.wrongEn());
      check.text(id + " right", statement.rightKo());
      check.text(id + " // @en.right", statement.rightEn());
      check.text(id + " explanation", statement.explanationKo());
      check.text(id + " // @en.explanation", statement.explanationEn());
    }
    return List.copyOf(problems);
  }
}
