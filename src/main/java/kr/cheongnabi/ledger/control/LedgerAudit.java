package kr.cheongnabi.ledger.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import kr.cheongnabi.ledger.entity.ChainHead;
import kr.cheongnabi.platform.entity.Role;

/**
 * The ledger's audit for administrators, on their page and by REST: verifying the chain, and taking
 * and checking digests of its head.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerAudit {

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
