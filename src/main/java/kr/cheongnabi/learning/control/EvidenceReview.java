package kr.cheongnabi.learning.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.platform.entity.Role;

/**
 * HR's side of external evidence: the claims waiting, and deciding them as the signed-in person.
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class EvidenceReview {

  @Inject EvidenceClaims claims;
  @Inject SignedInEmployee signedIn;

  public List<PendingClaim> pending(int first, int max) {
    return claims.pending(first, max);
  }

  public int countPending() {
    return claims.countPending();
  }

  public boolean approve(long claimId) {
    return claims.approve(claimId, signedIn.username());
  }

  public boolean reject(long claimId, String reason) {
    return claims.reject(claimId, signedIn.username(), reason);
  }
}
