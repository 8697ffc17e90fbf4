package kr.cheongnabi.learning.control;

import java.io.Serializable;
import java.time.LocalDate;
import kr.cheongnabi.learning.entity.EvidenceClaim;

/** A claim waiting for HR, with the submitter's number and name. */
public record PendingClaim(
    long id,
    long employeeId,
    String employeeNumber,
    String employeeName,
    String title,
    String provider,
    LocalDate takenOn,
    int minutes,
    String certificateName)
    implements Serializable {

  static PendingClaim of(EvidenceClaim claim, String employeeNumber, String employeeName) {
    return new PendingClaim(
        claim.getId(),
        claim.getEmployeeId(),
        employeeNumber,
        employeeName,
        claim.getTitle(),
        claim.getProvider(),
        claim.getTakenOn(),
        claim.getMinutes(),
        claim.getCertificateName());
  }
}
