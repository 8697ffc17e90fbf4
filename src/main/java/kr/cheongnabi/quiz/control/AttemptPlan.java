package kr.cheongnabi.quiz.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

/**
 * The statements of one attempt, in the order the learner sees them. Drawn and ordered from a seed
 * that is stored with the attempt, so the same attempt always shows the same statements in the same
 * order: after a reload, on another device, or on another instance.
 */
public record AttemptPlan(List<String> statementIds) {

  public AttemptPlan {
    statementIds = List.copyOf(statementIds);
    if (statementIds.isEmpty()) {
      throw new IllegalArgumentException("An attempt needs at least one statement");
    }
    if (new HashSet<>(statementIds).size() != statementIds.size()) {
      throw new IllegalArgumentException("A statement appears twice in " + statementIds);
    }
  }

  /**
   * @param bank the statement ids of the quiz version, in file order
   * @param draw how many to draw at random; 0 takes the whole bank
   * @param shuffle whether the order is random; otherwise drawn statements keep the file order
   */
  public static AttemptPlan of(List<String> bank, int draw, boolean shuffle, long seed) {
    if (draw < 0 || draw > bank.size()) {
      throw new IllegalArgumentException(
          "Cannot draw " + draw + " statements from a bank of " + bank.size());
    }
    var random = new Random(seed);
    var chosen = new ArrayList<>(bank);
    if (draw > 0 && draw < bank.size()) {
      Collections.shuffle(chosen, random);
      var drawn = new HashSet<>(chosen.subList(0, draw));
      chosen = new ArrayList<>(bank.stream().filter(drawn::contains).toList());
    }
    if (shuffle) {
      Collections.shuffle(chosen, random);
    }
    return new AttemptPlan(chosen);
  }

  public int size() {
    return statementIds.size();
  }
}
