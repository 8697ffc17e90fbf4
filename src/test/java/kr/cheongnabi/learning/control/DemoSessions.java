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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.logging.Logger;
import kr.cheongnabi.learning.entity.AttendanceMethod;
import kr.cheongnabi.learning.entity.SessionDetails;
import kr.cheongnabi.learning.entity.TrainingSession;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * Demo sessions for the developer run: a face-to-face session for new hires next week, and one last
 * week that the demo employee attended. Loaded once, into a database without sessions, after the
 * demo organisation.
 */
@Startup
@Singleton
@DependsOn("DemoOrganisation")
public class DemoSessions {

  private static final Logger LOG = Logger.getLogger(DemoSessions.class.getName());
  private static final ZoneId KOREA = TrainingYear.KOREA;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Registrations registrations;
  @Inject Attendances attendances;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void load() {
    if (!em.createNativeQuery("SELECT 1 FROM training_session")
        .setMaxResults(1)
        .getResultList()
        .isEmpty()) {
      return;
    }
    var today = LocalDate.now(clock.withZone(KOREA));
    session(
        new SessionDetails(
            "신규 임용자 청렴 대면교육",
            "Face-to-face integrity training for new hires",
            today.plusDays(7).atTime(LocalTime.of(14, 0)).atZone(KOREA).toInstant(),
            120,
            "시청 별관 3층 대회의실",
            40,
            true,
            true));
    session(
        new SessionDetails(
            "승진자 청렴 리더십 과정",
            "Integrity leadership for newly promoted officials",
            today.plusDays(14).atTime(LocalTime.of(10, 0)).atZone(KOREA).toInstant(),
            180,
            "청렴연수원 2강의실",
            25,
            true,
            true));
    var past =
        session(
            new SessionDetails(
                "청탁금지법 사례 교육",
                "Improper Solicitation Act: cases",
                today.minusDays(7).atTime(LocalTime.of(15, 0)).atZone(KOREA).toInstant(),
                90,
                "시청 본관 대강당",
                100,
                false,
                true));
    var employee =
        em.createNativeQuery("SELECT employee_id FROM account WHERE username = 'employee'")
            .getResultList();
    if (!employee.isEmpty() && employee.get(0) != null) {
      long id = ((Number) employee.get(0)).longValue();
      registrations.register(past.getId(), id, "trainer");
      attendances.record(past, id, AttendanceMethod.CHECKLIST, "trainer");
    }
    LOG.info("Demo sessions loaded");
  }

  private TrainingSession session(SessionDetails details) {
    var session = TrainingSession.schedule(details);
    em.persist(session);
    em.flush();
    return session;
  }
}
