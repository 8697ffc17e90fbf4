package kr.cheongnabi.ledger.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import kr.cheongnabi.ledger.entity.ChainHead;
import kr.cheongnabi.platform.entity.Role;

/** The ledger's verification for administrators: the admin page and the REST calls. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerAuditService {

  @Inject ChainVerification chain;

  public ChainHead head() {
    return chain.head();
  }

  public Verification verify() {
    return chain.verify();
  }

  public Digest digest() {
    return chain.digest();
  }

  public DigestCheck check(Digest kept) {
    return chain.check(kept);
  }
}
