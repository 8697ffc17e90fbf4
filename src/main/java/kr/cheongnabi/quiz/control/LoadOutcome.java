package kr.cheongnabi.quiz.control;

import java.util.List;
import java.util.Objects;

/**
 * What loading one quiz text did.
 *
 * @param quizKey the quiz's id, or null when the text was rejected
 * @param versionNo the version that is current after loading, or 0 when rejected
 * @param versionId the database id of that version, or null when rejected
 * @param statements the statements of that version, or 0 when rejected
 * @param problems why the text was rejected, the first ones at most; empty otherwise
 * @param problemCount how many problems the text has, kept or not
 * @param skipped how many questions that are not true/false the stored text left out
 */
public record LoadOutcome(
    Kind kind,
    String quizKey,
    int versionNo,
    Long versionId,
    int statements,
    List<GiftProblem> problems,
    int problemCount,
    int skipped) {

  public enum Kind {
    /** A quiz not known before, stored as its version 1. */
    CREATED,
    /** The text differs from the current version: it is stored as the next version. */
    NEW_VERSION,
    /** The text is an earlier version again (a change undone): that version is current again. */
    RESTORED,
    /**
     * A file of the quizzes folder is an earlier version, but a trainer has changed the quiz since
     * (editor or upload): the trainer's version stays current.
     */
    KEPT,
    /** The text is the current version, up to white space and the order of header lines. */
    UNCHANGED,
    /** The text has problems; nothing was stored. */
    REJECTED
  }

  public LoadOutcome {
    Objects.requireNonNull(kind, "kind");
    problems = List.copyOf(problems);
    if ((kind == Kind.REJECTED) == problems.isEmpty()) {
      throw new IllegalArgumentException("only a rejected text has problems, and it has some");
    }
    if (kind != Kind.REJECTED && (quizKey == null || versionNo < 1 || versionId == null)) {
      throw new IllegalArgumentException("a stored text names its quiz and version");
    }
  }

  public static LoadOutcome rejected(List<GiftProblem> problems) {
    return new LoadOutcome(Kind.REJECTED, null, 0, null, 0, problems, problems.size(), 0);
  }

  public static LoadOutcome rejected(GiftResult result) {
    return new LoadOutcome(
        Kind.REJECTED, null, 0, null, 0, result.problems(), result.problemCount(), 0);
  }

  public static LoadOutcome stored(
      Kind kind, String quizKey, int versionNo, long versionId, int statements) {
    return new LoadOutcome(kind, quizKey, versionNo, versionId, statements, List.of(), 0, 0);
  }

  /** The same outcome, saying how many questions the text left out. */
  public LoadOutcome withSkipped(int count) {
    return new LoadOutcome(
        kind, quizKey, versionNo, versionId, statements, problems, problemCount, count);
  }
}
