package kr.cheongnabi.quiz.control;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.entity.QuizStatement;
import kr.cheongnabi.quiz.entity.QuizVersion;

/**
 * A quiz version as attempts use it: its settings and its statements ready to show. A stored
 * version never changes (a changed quiz is a new version), so one instance serves every attempt on
 * it for as long as the application runs.
 *
 * @param bank the keys of its statements in the author's order, which attempts draw from
 */
public record TakenVersion(
    long versionId,
    String quizKey,
    Bilingual title,
    QuizSettings settings,
    List<String> bank,
    Map<String, StatementHtml> statements) {

  public TakenVersion {
    bank = List.copyOf(bank);
    statements = Map.copyOf(statements);
  }

  static TakenVersion of(QuizVersion version) {
    return new TakenVersion(
        version.getId(),
        version.getQuiz().getKey(),
        version.getTitle(),
        version.settings(),
        version.getStatements().stream().map(QuizStatement::getKey).toList(),
        version.getStatements().stream()
            .map(QuizStatement::statement)
            .map(StatementHtml::of)
            .collect(Collectors.toMap(StatementHtml::key, Function.identity())));
  }

  /** The statements of an attempt, in its order. */
  List<StatementHtml> inOrder(List<String> keys) {
    return keys.stream().map(statements::get).toList();
  }

  /** Whether O is right, per statement key. */
  Map<String, Boolean> correctAnswers() {
    return statements.values().stream()
        .collect(Collectors.toMap(StatementHtml::key, StatementHtml::correct));
  }
}
