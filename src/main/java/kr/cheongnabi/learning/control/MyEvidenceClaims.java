package kr.cheongnabi.learning.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import kr.cheongnabi.learning.entity.EvidenceClaim;
import kr.cheongnabi.learning.entity.EvidenceFile;
import kr.cheongnabi.learning.entity.EvidenceForm;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.platform.entity.Role;

/**
 * An employee's external evidence, and the certificates: whose they are comes from the signed-in
 * caller; a certificate is shown only to its owner and to HR.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_NAME)
public class MyEvidenceClaims {

  /** A certificate to send to the browser. */
  public record CertificateFile(String fileName, String mediaType, byte[] content) {}

  @Inject SignedInEmployee signedIn;
  @Inject EvidenceClaims claims;

  public long submit(EvidenceForm form, EvidenceFile certificate) {
    return claims.submit(me(), form, certificate);
  }

  public List<EvidenceClaim> mine() {
    return claims.of(me());
  }

  public CertificateFile certificate(long claimId) {
    var claim = claims.find(claimId);
    if (!signedIn.isInRole(Role.HR_NAME) && claim.getEmployeeId() != me()) {
      throw new BusinessException("evidence.notFound", claimId);
    }
    return new CertificateFile(
        claim.getCertificateName(), claim.getCertificateType(), claims.certificate(claimId));
  }

  /** The signed-in employee; a sign-in without an employee record cannot take part. */
  private long me() {
    return signedIn.employeeId("session.noEmployeeRecord");
  }
}
