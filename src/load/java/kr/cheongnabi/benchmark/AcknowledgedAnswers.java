package kr.cheongnabi.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answers the server acknowledged: their response passed every check, so the person saw them
 * stored. Each of them must be a row of {@code quiz_answer} after the run. Virtual users add to it
 * from Gatling's threads.
 */
final class AcknowledgedAnswers {

  record Answer(long attempt, String statementKey) {}

  private final Set<Answer> answers = ConcurrentHashMap.newKeySet();

  void add(long attempt, String statementKey) {
    answers.add(new Answer(attempt, statementKey));
  }

  Set<Answer> all() {
    return Set.copyOf(answers);
  }

  /** attempt,statement_key per line, for a look at a run afterwards. */
  void writeTo(Path csv) throws IOException {
    var lines =
        answers.stream()
            .sorted(Comparator.comparing(Answer::attempt).thenComparing(Answer::statementKey))
            .map(a -> a.attempt() + "," + a.statementKey())
            .toList();
    Files.createDirectories(csv.getParent());
    Files.write(csv, lines);
  }
}
