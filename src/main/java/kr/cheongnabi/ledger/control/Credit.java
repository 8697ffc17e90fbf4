package kr.cheongnabi.ledger.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import kr.cheongnabi.ledger.entity.EntryKind;
import kr.cheongnabi.ledger.entity.SourceKey;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * What a component asks the ledger to record: minutes for an employee in a training year, of a
 * kind, from a source, at a time. Credits are positive; a correction adds or subtracts and says
 * why.
 */
public record Credit(
    long employeeId,
    int trainingYear,
    int minutes,
    EntryKind kind,
    SourceKey source,
    Instant occurredAt,
    String reason) {

  /** No single entry credits or takes away more than 100 hours. */
  public static final int MAX_MINUTES = 100 * 60;

  public static final int MAX_REASON = 1000;

  /** Training years follow the calendar where the officials work. */
  public static final ZoneId KOREA = TrainingYear.KOREA;

  public Credit {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(occurredAt);
    if (!source.type().equals(kind.sourceType())) {
      throw new IllegalArgumentException("A " + kind + " entry cannot come from " + source);
    }
    if (trainingYear < 2000 || trainingYear > 2100) {
      throw new IllegalArgumentException("Not a training year: " + trainingYear);
    }
    if (kind == EntryKind.CORRECTION) {
      if (minutes == 0 || Math.abs(minutes) > MAX_MINUTES) {
        throw new BusinessException("ledger.correctionMinutes", MAX_MINUTES);
      }
      reason = reason == null ? "" : reason.strip();
      if (reason.isEmpty()) {
        throw new BusinessException("ledger.reasonRequired");
      }
      if (reason.length() > MAX_REASON) {
        throw new BusinessException("ledger.reasonTooLong", MAX_REASON);
      }
    } else {
      if (minutes <= 0 || minutes > MAX_MINUTES) {
        throw new IllegalArgumentException("A credit is 1 to " + MAX_MINUTES + " minutes");
      }
      if (reason != null) {
        throw new IllegalArgumentException("Only a correction carries a reason");
      }
    }
  }

  /** A passed quiz that credits minutes on its own (a row of quiz_credit). */
  public static Credit quiz(long employeeId, int year, int minutes, long quizCreditId, Instant at) {
    return of(employeeId, year, minutes, EntryKind.QUIZ, quizCreditId, at);
  }

  /** A completed online training module. */
  public static Credit module(long employeeId, int year, int minutes, long moduleId, Instant at) {
    return of(employeeId, year, minutes, EntryKind.ONLINE_MODULE, moduleId, at);
  }

  /** Attendance at an in-person session: each attendee is credited by the same source. */
  public static Credit session(long employeeId, int year, int minutes, long sessionId, Instant at) {
    return of(employeeId, year, minutes, EntryKind.IN_PERSON, sessionId, at);
  }

  /** Approved evidence of training taken elsewhere. */
  public static Credit external(
      long employeeId, int year, int minutes, long evidenceId, Instant at) {
    return of(employeeId, year, minutes, EntryKind.EXTERNAL, evidenceId, at);
  }

  /**
   * A correction by HR. The request id is made once per form, so sending the same form twice (a
   * double click, a retry) records it once.
   */
  public static Credit correction(
      long employeeId, int year, int minutes, String reason, UUID request, Instant at) {
    return new Credit(
        employeeId, year, minutes, EntryKind.CORRECTION, SourceKey.correction(request), at, reason);
  }

  /** The training year of a moment: its calendar year in Korea. */
  public static int trainingYearOf(Instant moment) {
    return TrainingYear.of(moment).value();
  }

  private static Credit of(
      long employeeId, int year, int minutes, EntryKind kind, long sourceId, Instant at) {
    return new Credit(employeeId, year, minutes, kind, SourceKey.of(kind, sourceId), at, null);
  }
}
