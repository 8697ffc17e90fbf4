package kr.cheongnabi.learning.control;

import java.io.Serializable;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * A module's final quiz as its page shows it. The module takes the quiz's own pass mark, so a
 * module passes exactly when the quiz does, and the quiz page tells the learner the same.
 *
 * @param passed whether the learner passed it this training year
 */
public record FinalQuiz(String key, Bilingual title, int passMarkPercent, boolean passed)
    implements Serializable {

  FinalQuiz asPassed() {
    return new FinalQuiz(key, title, passMarkPercent, true);
  }
}
