package kr.cheongnabi.learning.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import kr.cheongnabi.learning.entity.AttendanceMethod;
import kr.cheongnabi.learning.entity.SessionDetails;
import kr.cheongnabi.learning.entity.TrainingModule;
import kr.cheongnabi.learning.entity.TrainingSession;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * Training history for the demo organisation (developer run only), so the compliance report has
 * something to show: last year and this year so far, module completions and attended sessions on
 * dates across the months, credited through the ledger. About four in ten people meet the target,
 * three reach only the legal floor, two fall below it and one has nothing (not the same people each
 * year). Loaded once: the sessions it adds mark it done, and every credit has a stable source (a
 * completion, a session).
 */
@Startup
@Singleton
@DependsOn({"DemoModules", "DemoSessions"})
public class DemoCredits {

  private static final Logger LOG = Logger.getLogger(DemoCredits.class.getName());
  static final String MARK = "청렴 연례교육";

  /** The year's sessions: month, day, minutes, face to face. */
  private static final int[][] SESSIONS = {{3, 12, 120, 1}, {6, 18, 90, 0}, {9, 9, 60, 0}};

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Attendances attendances;
  @Inject ModuleCompletions completions;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void load() {
    if (!em.createNativeQuery("SELECT 1 FROM training_session WHERE title_ko LIKE ?")
        .setParameter(1, MARK + "%")
        .setMaxResults(1)
        .getResultList()
        .isEmpty()) {
      return;
    }
    var now = clock.instant();
    var thisYear = TrainingYear.of(now).value();
    var modules =
        em.createNamedQuery(TrainingModule.ALL, TrainingModule.class).getResultList().stream()
            .filter(m -> m.isPublished() && m.getCreditMinutes() > 0)
            .toList();
    @SuppressWarnings("unchecked")
    List<Number> employees =
        em.createNativeQuery("SELECT id FROM employee WHERE status = 'ACTIVE' ORDER BY id")
            .getResultList();
    var credits = 0;
    for (var year : List.of(thisYear - 1, thisYear)) {
      var sessions = sessions(year, now);
      for (var number : employees) {
        credits += credit(number.longValue(), year, now, modules, sessions);
      }
    }
    LOG.info("Demo training history loaded: " + credits + " credits");
  }

  /** What the employee did in the year, by the employee's profile that year (0 to 9). */
  private int credit(
      long employee,
      int year,
      Instant now,
      List<TrainingModule> modules,
      List<TrainingSession> sessions) {
    var profile = (int) ((employee * 7 + year * 3L) % 10);
    var moduleCount = profile < 4 ? modules.size() : profile < 9 ? Math.min(1, modules.size()) : 0;
    var sessionCount =
        profile < 4 ? sessions.size() : profile < 7 ? Math.min(1, sessions.size()) : 0;
    var credits = 0;
    for (var i = 0; i < moduleCount; i++) {
      var month = 1 + (int) ((employee + year + 4L * i) % 11);
      var at =
          LocalDate.of(year, month, 10 + i)
              .atTime(LocalTime.of(11, 0))
              .atZone(TrainingYear.KOREA)
              .toInstant();
      if (at.isBefore(now) && completions.record(employee, modules.get(i), year, at)) {
        credits++;
      }
    }
    for (var i = 0; i < sessionCount; i++) {
      if (attendances.record(sessions.get(i), employee, AttendanceMethod.CHECKLIST, "trainer")) {
        credits++;
      }
    }
    return credits;
  }

  /** The year's annual sessions that have taken place by now. */
  private List<TrainingSession> sessions(int year, Instant now) {
    var held = new ArrayList<TrainingSession>();
    for (var s : SESSIONS) {
      var startsAt =
          LocalDate.of(year, s[0], s[1])
              .atTime(LocalTime.of(14, 0))
              .atZone(TrainingYear.KOREA)
              .toInstant();
      if (!startsAt.plusSeconds(s[2] * 60L).isBefore(now)) {
        continue;
      }
      var session =
          TrainingSession.schedule(
              new SessionDetails(
                  MARK + " " + year + "-" + s[0],
                  "Annual integrity training " + year + "-" + s[0],
                  startsAt,
                  s[2],
                  "시청 본관 대강당",
                  300,
                  s[3] == 1,
                  true));
      em.persist(session);
      em.flush();
      held.add(session);
    }
    return held;
  }
}
