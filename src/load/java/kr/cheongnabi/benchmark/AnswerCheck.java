package kr.cheongnabi.benchmark;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * After the run: is every acknowledged answer a row of {@code quiz_answer}? Rows without an
 * acknowledgement are no fault (the server stored an answer whose response failed or came too
 * late), but they are counted too.
 */
record AnswerCheck(
    int acknowledged,
    int stored,
    int storedAndAcknowledged,
    List<AcknowledgedAnswers.Answer> lost) {

  static AnswerCheck run(DataSource pool, LoadData data, AcknowledgedAnswers acknowledged)
      throws SQLException {
    Set<AcknowledgedAnswers.Answer> rows = new HashSet<>();
    try (var connection = pool.getConnection();
        var select =
            connection.prepareStatement(
                "SELECT a.attempt_id, a.statement_key FROM quiz_answer a"
                    + " JOIN quiz_attempt t ON t.id = a.attempt_id WHERE t.quiz_id IN (?, ?)")) {
      select.setLong(1, data.taking().id());
      select.setLong(2, data.startBurst().id());
      try (var result = select.executeQuery()) {
        while (result.next()) {
          rows.add(new AcknowledgedAnswers.Answer(result.getLong(1), result.getString(2)));
        }
      }
    }
    var promised = acknowledged.all();
    var lost =
        promised.stream()
            .filter(a -> !rows.contains(a))
            .sorted(Comparator.comparing(AcknowledgedAnswers.Answer::attempt))
            .toList();
    return new AnswerCheck(promised.size(), rows.size(), promised.size() - lost.size(), lost);
  }

  boolean passed() {
    return lost.isEmpty();
  }
}
