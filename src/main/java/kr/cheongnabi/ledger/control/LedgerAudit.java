package kr.cheongnabi.ledger.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import kr.cheongnabi.ledger.entity.ChainHead;
import kr.cheongnabi.platform.control.SecurityEvents;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.platform.entity.SecurityEvent;
import kr.cheongnabi.platform.entity.SecurityEvent.Kind;

/**
 * The ledger's audit for administrators, on their page and by REST: verifying the chain and the
 * totals, taking and checking digests of its head, and the refused attempts to credit or correct
 * one's own hours.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerAudit {

  /** How many refused attempts the page shows. */
  public static final int REFUSALS_SHOWN = 20;

  @Inject ChainVerification chain;
  @Inject SecurityEvents events;

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

  /** The latest refused attempts to decide one's own claim or correct one's own hours. */
  public List<SecurityEvent> refusals() {
    return events.latest(
        EnumSet.of(Kind.OWN_CLAIM_REFUSED, Kind.OWN_CORRECTION_REFUSED), REFUSALS_SHOWN);
  }
}
