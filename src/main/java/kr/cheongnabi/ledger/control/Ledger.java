package kr.cheongnabi.ledger.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.cheongnabi.ledger.entity.ChainHead;
import kr.cheongnabi.ledger.entity.EntryContent;
import kr.cheongnabi.ledger.entity.EntryKind;
import kr.cheongnabi.ledger.entity.LedgerEntry;
import kr.cheongnabi.ledger.entity.LedgerTotal;
import kr.cheongnabi.people.control.EmployeeRecords;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.SeparationOfDuties;
import kr.cheongnabi.platform.entity.SecurityEvent;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * The hours ledger, for the components that credit time (quizzes, modules, sessions, external
 * evidence, HR's corrections). An append joins the caller's transaction, so a credit is recorded
 * exactly when the caller's own change is, and keeps the chain head locked until that transaction
 * ends: callers append last and keep the rest of the transaction short.
 */
@Stateless
public class Ledger {

  /** Who records what the application credits on its own. */
  public static final String SYSTEM = "system";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject EmployeeRecords employees;
  @Inject Event<HoursCredited> credited;
  @Inject SeparationOfDuties duties;

  /**
   * Records the credit as the next entry of the chain and adds it to the employee's yearly total. A
   * source that has credited the employee already is not recorded again: its entry is returned,
   * whatever number of retries, tabs or instances ask at the same moment.
   *
   * <p>A correction of one's own hours is refused, whatever one's roles.
   *
   * @param recordedBy the account name of the person who recorded it, or {@link #SYSTEM}
   */
  public LedgerEntry append(Credit credit, String recordedBy) {
    if (credit.kind() == EntryKind.CORRECTION) {
      duties.refuseOwn(
          recordedBy,
          credit.employeeId(),
          SecurityEvent.Kind.OWN_CORRECTION_REFUSED,
          "employee="
              + credit.employeeId()
              + " year="
              + credit.trainingYear()
              + " minutes="
              + credit.minutes(),
          "ledger.ownRecord");
    }
    var existing = entryOf(credit, LockModeType.NONE);
    if (existing.isPresent()) {
      return existing.get();
    }
    var unit = employees.hold(credit.employeeId());
    if (unit.isEmpty()) {
      throw new BusinessException("ledger.noSuchEmployee", credit.employeeId());
    }
    var head = em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    // Under the lock a locking read sees what others committed while this one waited.
    existing = entryOf(credit, LockModeType.PESSIMISTIC_WRITE);
    if (existing.isPresent()) {
      return existing.get();
    }
    if (credit.minutes() < 0) {
      requireTotalStaysAtOrAboveZero(credit);
    }
    var entry =
        new LedgerEntry(
            new EntryContent(
                head.getSequence() + 1,
                credit.employeeId(),
                credit.trainingYear(),
                credit.minutes(),
                credit.kind(),
                credit.source(),
                credit.occurredAt(),
                clock.instant(),
                recordedBy,
                credit.reason(),
                head.getHash()));
    em.persist(entry);
    head.advance(entry);
    addToTotal(entry);
    addToMonth(entry, unit.getAsLong());
    // Whoever keeps a copy of the yearly total adds the entry to it in this transaction.
    credited.fire(
        new HoursCredited(entry.getEmployeeId(), entry.getTrainingYear(), entry.getMinutes()));
    em.flush();
    return entry;
  }

  /** The employee's entries of a training year, in the order they were recorded. */
  public List<LedgerEntry> entriesOf(long employeeId, int year) {
    return em.createNamedQuery(LedgerEntry.OF_EMPLOYEE_YEAR, LedgerEntry.class)
        .setParameter("employeeId", employeeId)
        .setParameter("year", year)
        .getResultList();
  }

  public YearTotal totalOf(long employeeId, int year) {
    return em.createNamedQuery(LedgerTotal.OF_EMPLOYEE_YEAR, LedgerTotal.class)
        .setParameter("employeeId", employeeId)
        .setParameter("year", year)
        .getResultStream()
        .findFirst()
        .map(YearTotal::of)
        .orElseGet(() -> YearTotal.none(year));
  }

  /** Those of the credits that are not recorded yet (their source for their employee). */
  public List<Credit> notRecorded(List<Credit> credits) {
    if (credits.isEmpty()) {
      return List.of();
    }
    var recorded =
        em.createNamedQuery(LedgerEntry.SOURCES_IN, Object[].class)
            .setParameter(
                "sources", credits.stream().map(c -> c.source().toString()).distinct().toList())
            .getResultStream()
            .map(row -> row[0] + " " + row[1])
            .collect(Collectors.toSet());
    return credits.stream()
        .filter(c -> !recorded.contains(c.source() + " " + c.employeeId()))
        .toList();
  }

  private Optional<LedgerEntry> entryOf(Credit credit, LockModeType lock) {
    return em.createNamedQuery(LedgerEntry.OF_SOURCE, LedgerEntry.class)
        .setParameter("source", credit.source().toString())
        .setParameter("employeeId", credit.employeeId())
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  private void requireTotalStaysAtOrAboveZero(Credit credit) {
    // Native: a locking read (FOR UPDATE), so that corrections of one total take turns.
    var rows =
        em.createNativeQuery(
                "SELECT total_minutes FROM ledger_total WHERE employee_id = ? AND training_year = ?"
                    + " FOR UPDATE")
            .setParameter(1, credit.employeeId())
            .setParameter(2, credit.trainingYear())
            .getResultList();
    var total = rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    if (total + credit.minutes() < 0) {
      throw new BusinessException("ledger.belowZero", credit.trainingYear(), total);
    }
  }

  /** Adds the entry to the total of its kind in SQL, so that concurrent appends add up. */
  private void addToTotal(LedgerEntry entry) {
    var column = entry.getKind().totalColumn();
    var at = Timestamp.from(entry.getOccurredAt());
    // Native: an upsert of counters (ON DUPLICATE KEY UPDATE), which JPA cannot express.
    em.createNativeQuery(
            "INSERT INTO ledger_total (employee_id, training_year, total_minutes, "
                + column
                + ", entry_count, last_credit_at) VALUES (?, ?, ?, ?, 1, ?)"
                + " ON DUPLICATE KEY UPDATE total_minutes = total_minutes + ?, "
                + column
                + " = "
                + column
                + " + ?, entry_count = entry_count + 1,"
                + " last_credit_at = GREATEST(last_credit_at, ?)")
        .setParameter(1, entry.getEmployeeId())
        .setParameter(2, entry.getTrainingYear())
        .setParameter(3, entry.getMinutes())
        .setParameter(4, entry.getMinutes())
        .setParameter(5, at)
        .setParameter(6, entry.getMinutes())
        .setParameter(7, entry.getMinutes())
        .setParameter(8, at)
        .executeUpdate();
  }

  /**
   * Adds the entry to its month (Korea time) and the employee's current unit, for the progress
   * chart. An entry dated outside its training year counts in the year's first or last month.
   */
  private void addToMonth(LedgerEntry entry, long unitId) {
    var occurred = LocalDate.ofInstant(entry.getOccurredAt(), TrainingYear.KOREA);
    var month =
        occurred.getYear() < entry.getTrainingYear()
            ? 1
            : occurred.getYear() > entry.getTrainingYear() ? 12 : occurred.getMonthValue();
    // Native: an upsert of a counter (ON DUPLICATE KEY UPDATE), which JPA cannot express.
    em.createNativeQuery(
            "INSERT INTO ledger_month_total (training_year, month_no, org_unit_id, minutes)"
                + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE minutes = minutes + ?")
        .setParameter(1, entry.getTrainingYear())
        .setParameter(2, month)
        .setParameter(3, unitId)
        .setParameter(4, entry.getMinutes())
        .setParameter(5, entry.getMinutes())
        .executeUpdate();
  }
}
