package kr.cheongnabi.learning.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import kr.cheongnabi.learning.entity.AttendanceMethod;
import kr.cheongnabi.learning.entity.TrainingSession;
import kr.cheongnabi.ledger.control.Credit;
import kr.cheongnabi.ledger.control.Ledger;
import kr.cheongnabi.people.control.EmployeeRecords;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * Attendance at sessions, credited exactly once: the unique key on (session, employee) lets one
 * INSERT win, however many checklists, files and check-ins say the same. Attendance is never undone
 * here; a correction belongs to HR, in the ledger.
 */
@Stateless
public class Attendances {

  /** Training years follow the calendar where the officials work. */
  static final ZoneId KOREA = TrainingYear.KOREA;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Ledger ledger;
  @Inject Registrations registrations;
  @Inject EmployeeRecords employees;

  /** What recording several people did: newly recorded, and already recorded before. */
  public record Recorded(int added, int already) {}

  /** A check-in: whether this one recorded the attendance or it had been recorded before. */
  public enum CheckIn {
    CHECKED_IN,
    ALREADY
  }

  /**
   * Records the attendance once and credits the session's duration.
   *
   * @return whether this call recorded it (false: it had been recorded already)
   */
  public boolean record(
      TrainingSession session, long employeeId, AttendanceMethod method, String by) {
    var now = clock.instant();
    // Native: INSERT IGNORE tells the one request that recorded it (1) from the others (0).
    int won =
        em.createNativeQuery(
                "INSERT IGNORE INTO session_attendance (session_id, employee_id, training_year,"
                    + " minutes, method, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .setParameter(1, session.getId())
            .setParameter(2, employeeId)
            .setParameter(3, session.getStartsAt().atZone(KOREA).getYear())
            .setParameter(4, session.getDurationMinutes())
            .setParameter(5, method.name())
            .setParameter(6, by)
            .setParameter(7, Timestamp.from(now))
            .executeUpdate();
    if (won == 1) {
      // Last of the writes: the ledger keeps its chain locked until the commit.
      ledger.append(
          Credit.session(
              employeeId,
              session.getStartsAt().atZone(KOREA).getYear(),
              session.getDurationMinutes(),
              session.getId(),
              session.getStartsAt()),
          by);
      return true;
    }
    return false;
  }

  /** The trainer's checklist: the ticked registrations, in one transaction. */
  public Recorded checklist(long sessionId, Collection<Long> employeeIds, String by) {
    var session = openForAttendance(sessionId);
    var registered = new java.util.HashSet<>(registeredIds(sessionId));
    int added = 0;
    for (var employeeId : employeeIds) {
      if (!registered.contains(employeeId)) {
        throw new BusinessException("session.notRegistered");
      }
      added += record(session, employeeId, AttendanceMethod.CHECKLIST, by) ? 1 : 0;
    }
    return new Recorded(added, employeeIds.size() - added);
  }

  /**
   * An attendance file, all or nothing: every line is checked first, and a single problem leaves
   * the file unrecorded with every problem named by line and column. Employees who did not register
   * are accepted: people walk in, and the trainer's record of who was there stands.
   */
  public FileOutcome importFile(long sessionId, byte[] content, String by) {
    var session = openForAttendance(sessionId);
    var file = AttendanceFile.read(content);
    var problems = new ArrayList<>(file.problems());
    var known =
        employees.byNumbers(
            file.lines().stream().map(AttendanceFile.Line::employeeNumber).distinct().toList());
    var seen = new HashMap<String, Integer>();
    var ids = new ArrayList<Long>();
    for (var line : file.lines()) {
      var first = seen.putIfAbsent(line.employeeNumber(), line.line());
      var employee = known.get(line.employeeNumber());
      if (first != null) {
        problems.add(
            AttendanceProblem.of(
                line.line(),
                AttendanceFile.NUMBER,
                "session.csv.duplicate",
                line.employeeNumber(),
                first.toString()));
      } else if (employee == null) {
        problems.add(
            AttendanceProblem.of(
                line.line(), AttendanceFile.NUMBER, "session.csv.unknown", line.employeeNumber()));
      } else if (!line.name().isBlank() && !line.name().equals(employee.name())) {
        problems.add(
            AttendanceProblem.of(
                line.line(),
                AttendanceFile.NAME,
                "session.csv.nameMismatch",
                line.name(),
                line.employeeNumber(),
                employee.name()));
      } else {
        ids.add(employee.id());
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(java.util.Comparator.comparingInt(AttendanceProblem::line));
      return new FileOutcome(new Recorded(0, 0), problems);
    }
    int added = 0;
    for (var id : ids) {
      added += record(session, id, AttendanceMethod.CSV, by) ? 1 : 0;
    }
    return new FileOutcome(new Recorded(added, ids.size() - added), List.of());
  }

  /** What became of an attendance file: the counts when recorded, or why nothing was. */
  public record FileOutcome(Recorded recorded, List<AttendanceProblem> problems) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  /**
   * An employee checks in with the code shown at the venue, while check-in is open. An employee who
   * did not register takes a seat if one is left.
   */
  public CheckIn checkIn(long sessionId, long employeeId, String code, String by) {
    var session = em.find(TrainingSession.class, sessionId);
    if (session == null || !session.isPublished()) {
      throw new BusinessException("session.notFound", sessionId);
    }
    var now = clock.instant();
    if (!session.isCheckInOpen(now)) {
      throw new BusinessException("session.checkInClosed");
    }
    if (!CheckInCode.accepts(session.getCheckInSecret(), sessionId, code, now)) {
      throw new BusinessException("session.codeWrong");
    }
    if (hasAttended(sessionId, employeeId)) {
      return CheckIn.ALREADY;
    }
    registrations.register(sessionId, employeeId, by);
    return record(session, employeeId, AttendanceMethod.CHECK_IN, by)
        ? CheckIn.CHECKED_IN
        : CheckIn.ALREADY;
  }

  public boolean hasAttended(long sessionId, long employeeId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM session_attendance WHERE session_id = ? AND employee_id = ?")
        .setParameter(1, sessionId)
        .setParameter(2, employeeId)
        .getResultList()
        .isEmpty();
  }

  private TrainingSession openForAttendance(long sessionId) {
    var session = em.find(TrainingSession.class, sessionId);
    if (session == null) {
      throw new BusinessException("session.notFound", sessionId);
    }
    if (!session.isAttendanceOpen(clock.instant())) {
      throw new BusinessException("session.attendanceNotOpen");
    }
    return session;
  }

  private List<Long> registeredIds(long sessionId) {
    return em.createQuery(
            "SELECT r.employeeId FROM SessionRegistration r WHERE r.sessionId = :s", Long.class)
        .setParameter("s", sessionId)
        .getResultList();
  }
}
