package kr.cheongnabi.ledger.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import kr.cheongnabi.people.entity.Employee;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * The public check of a certificate: anyone holding its code sees what it certifies, and what the
 * ledger says about that year today (a correction after the certificate shows there).
 */
@Stateless
@PermitAll
public class CertificateCheck {

  @PersistenceContext EntityManager em;
  @Inject TrainingCertificates certificates;
  @Inject Ledger ledger;

  /** A certificate as the verification page shows it. */
  public record Checked(
      String code,
      String name,
      String employeeNumber,
      Bilingual unit,
      int year,
      int minutes,
      int targetMinutes,
      LocalDate issuedOn,
      int minutesNow,
      boolean stillMet)
      implements Serializable {}

  public Optional<Checked> check(String typed) {
    var code = VerificationCode.typed(typed);
    if (code == null) {
      return Optional.empty();
    }
    return certificates
        .byCode(code)
        .map(
            c -> {
              var employee = em.find(Employee.class, c.getEmployeeId());
              var unit = employee.getOrgUnit();
              var now = ledger.totalOf(c.getEmployeeId(), c.getTrainingYear()).total();
              return new Checked(
                  code.grouped(),
                  employee.getName(),
                  employee.getEmployeeNumber(),
                  unit == null ? null : unit.getName(),
                  c.getTrainingYear(),
                  c.getTotalMinutes(),
                  c.getTargetMinutes(),
                  LocalDate.ofInstant(c.getIssuedAt(), Credit.KOREA),
                  now,
                  now >= c.getTargetMinutes());
            });
  }
}
