package kr.cheongnabi.quiz.control;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How each statement an attempt drew was answered, by statement key in ascending order: the order
 * in which finishing updates the statistics of the statements.
 */
record StatementOutcomes(SortedMap<String, Outcome> byKey) {

  enum Outcome {
    RIGHT,
    WRONG,
    UNANSWERED
  }

  StatementOutcomes {
    if (byKey.isEmpty()) {
      throw new IllegalArgumentException("an attempt draws at least one statement");
    }
    byKey = Collections.unmodifiableSortedMap(new TreeMap<>(byKey));
  }

  /**
   * @param drawn the keys of the statements the attempt drew
   * @param answers the answers given, by statement key
   * @param correct the correct answer of every statement of the version, by statement key
   */
  static StatementOutcomes of(
      List<String> drawn, Map<String, Boolean> answers, Map<String, Boolean> correct) {
    var byKey = new TreeMap<String, Outcome>();
    for (var key : drawn) {
      var given = answers.get(key);
      if (!correct.containsKey(key)) {
        throw new IllegalArgumentException("the version has no statement " + key);
      }
      byKey.put(
          key,
          given == null
              ? Outcome.UNANSWERED
              : given.equals(correct.get(key)) ? Outcome.RIGHT : Outcome.WRONG);
    }
    return new StatementOutcomes(byKey);
  }

  int count(Outcome outcome) {
    return (int) byKey.values().stream().filter(outcome::equals).count();
  }

  /** The keys with one of the outcomes, in ascending order. */
  List<String> keys(Outcome... outcomes) {
    var wanted = List.of(outcomes);
    return byKey.entrySet().stream()
        .filter(e -> wanted.contains(e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }
}
