package kr.cheongnabi.ledger.control;

import java.io.Serializable;
import java.time.Instant;
import kr.cheongnabi.ledger.entity.LedgerTotal;

/** An employee's credited minutes in a training year, by kind; online is modules plus quizzes. */
public record YearTotal(
    int year,
    int total,
    int modules,
    int quizzes,
    int inPerson,
    int external,
    int corrections,
    int entries,
    Instant lastCreditAt)
    implements Serializable {

  public static YearTotal none(int year) {
    return new YearTotal(year, 0, 0, 0, 0, 0, 0, 0, null);
  }

  public static YearTotal of(LedgerTotal t) {
    return new YearTotal(
        t.getTrainingYear(),
        t.getTotalMinutes(),
        t.getModuleMinutes(),
        t.getQuizMinutes(),
        t.getInPersonMinutes(),
        t.getExternalMinutes(),
        t.getCorrectionMinutes(),
        t.getEntryCount(),
        t.getLastCreditAt());
  }

  public int online() {
    return modules + quizzes;
  }
}
