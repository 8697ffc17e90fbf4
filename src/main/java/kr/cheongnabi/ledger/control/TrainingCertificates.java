package kr.cheongnabi.ledger.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import kr.cheongnabi.ledger.entity.TrainingCertificate;
import kr.cheongnabi.platform.control.BusinessException;

/**
 * Issues training certificates and finds them by code. A certificate states the minutes of the
 * moment it was issued; asking again with the same minutes gives the same certificate, whatever
 * number of clicks, tabs or instances ask at once (the unique key on employee, year and minutes
 * decides).
 */
@Stateless
public class TrainingCertificates {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The certificate of the employee's minutes in the year, issued now if there is none yet. */
  public TrainingCertificate issue(
      long employeeId, YearTotal total, YearTarget target, Locale locale) {
    if (!target.isMetBy(total.total())) {
      throw new BusinessException(
          "training.certificateNotYet",
          Hours.of(total.total()).text(locale),
          Hours.of(target.targetMinutes()).text(locale));
    }
    em.createNativeQuery(
            "INSERT INTO certificate (code, employee_id, training_year, total_minutes,"
                + " online_minutes, in_person_minutes, external_minutes, target_minutes, issued_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id")
        .setParameter(1, VerificationCode.random().value())
        .setParameter(2, employeeId)
        .setParameter(3, total.year())
        .setParameter(4, total.total())
        .setParameter(5, total.online())
        .setParameter(6, total.inPerson())
        .setParameter(7, total.external())
        .setParameter(8, target.targetMinutes())
        .setParameter(9, Timestamp.from(clock.instant()))
        .executeUpdate();
    return em.createNamedQuery(TrainingCertificate.OF_TOTAL, TrainingCertificate.class)
        .setParameter("employeeId", employeeId)
        .setParameter("year", total.year())
        .setParameter("minutes", total.total())
        .getSingleResult();
  }

  public Optional<TrainingCertificate> byCode(VerificationCode code) {
    return em.createNamedQuery(TrainingCertificate.BY_CODE, TrainingCertificate.class)
        .setParameter("code", code.value())
        .getResultStream()
        .findFirst();
  }
}
