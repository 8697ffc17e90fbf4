package kr.cheongnabi.learning.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kr.cheongnabi.learning.entity.ClaimState;
import kr.cheongnabi.learning.entity.EvidenceClaim;
import kr.cheongnabi.learning.entity.EvidenceFile;
import kr.cheongnabi.learning.entity.EvidenceForm;
import kr.cheongnabi.ledger.control.Credit;
import kr.cheongnabi.ledger.control.Ledger;
import kr.cheongnabi.people.control.EmployeeRecords;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.SeparationOfDuties;
import kr.cheongnabi.platform.entity.SecurityEvent;

/**
 * Training taken elsewhere: submitted with a certificate, decided once by HR. The decision is a
 * conditional update from SUBMITTED, so of two HR people approving at once exactly one wins and
 * only that one credits the minutes; a decided claim never changes again. Nobody decides their own
 * claim: an HR officer's goes to another HR officer. Pages reach it through {@link
 * MyEvidenceClaims} and {@link EvidenceReview}, which know who asks.
 */
@Stateless
public class EvidenceClaims {

  public static final int MAX_REASON = 1000;

  @PersistenceContext EntityManager em;
  @Inject Ledger ledger;
  @Inject Clock clock;
  @Inject EmployeeRecords employees;
  @Inject SeparationOfDuties duties;

  /** A new claim with its certificate; the caller names the employee from the signed-in person. */
  public long submit(long employeeId, @Valid EvidenceForm form, EvidenceFile certificate) {
    requirePossibleDate(employeeId, form.takenOn());
    var claim = new EvidenceClaim(employeeId, form, form.minutes(), certificate, clock.instant());
    em.persist(claim);
    em.flush();
    em.createNativeQuery("INSERT INTO evidence_certificate (claim_id, content) VALUES (?, ?)")
        .setParameter(1, claim.getId())
        .setParameter(2, certificate.content())
        .executeUpdate();
    return claim.getId();
  }

  /**
   * Training counts only if taken while the person worked here: not before their hire date, nor
   * before {@link EvidenceForm#EARLIEST_TAKEN_ON}, nor after today (in Korea).
   */
  private void requirePossibleDate(long employeeId, LocalDate takenOn) {
    if (takenOn.isAfter(LocalDate.now(clock.withZone(Attendances.KOREA)))) {
      throw new BusinessException("evidence.future");
    }
    if (takenOn.isBefore(EvidenceForm.EARLIEST_TAKEN_ON)) {
      throw new BusinessException("evidence.tooEarly", EvidenceForm.EARLIEST_TAKEN_ON.toString());
    }
    var hired = employees.hireDateOf(employeeId);
    if (hired.isPresent() && takenOn.isBefore(hired.get())) {
      throw new BusinessException("evidence.beforeHire", hired.get().toString());
    }
  }

  public List<EvidenceClaim> of(long employeeId) {
    return em.createNamedQuery(EvidenceClaim.OF_EMPLOYEE, EvidenceClaim.class)
        .setParameter("employeeId", employeeId)
        .getResultList();
  }

  /** The claims waiting for a decision, oldest first, with who submitted them. */
  public List<PendingClaim> pending(int first, int max) {
    var claims =
        em.createQuery(
                "SELECT c FROM EvidenceClaim c WHERE c.state = :state"
                    + " ORDER BY c.submittedAt, c.id",
                EvidenceClaim.class)
            .setParameter("state", ClaimState.SUBMITTED)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    var names = employees.namesOf(claims.stream().map(EvidenceClaim::getEmployeeId).toList());
    return claims.stream()
        .map(
            c -> {
              var who = names.get(c.getEmployeeId());
              return PendingClaim.of(c, who.employeeNumber(), who.name());
            })
        .toList();
  }

  public int countPending() {
    return em.createNamedQuery(EvidenceClaim.COUNT_IN_STATE, Long.class)
        .setParameter("state", ClaimState.SUBMITTED)
        .getSingleResult()
        .intValue();
  }

  /**
   * Approves the claim and credits its minutes, once.
   *
   * @return whether this call approved it; false when the same approval had already been made
   */
  public boolean approve(long claimId, String approver) {
    var claim = find(claimId);
    refuseOwn(claim, approver);
    int won = decide(claimId, ClaimState.APPROVED, approver, null);
    if (won == 1) {
      // Last of the writes: the ledger keeps its chain locked until the commit.
      ledger.append(
          Credit.external(
              claim.getEmployeeId(),
              claim.getTrainingYear(),
              claim.getMinutes(),
              claimId,
              claim.getTakenOn().atStartOfDay(Credit.KOREA).toInstant()),
          approver);
      return true;
    }
    return alreadyDecided(claimId, ClaimState.APPROVED, claim);
  }

  /** Rejects the claim with the reason the employee will read. */
  public boolean reject(long claimId, String approver, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("evidence.reasonRequired");
    }
    if (reason.strip().length() > MAX_REASON) {
      throw new BusinessException("evidence.reasonTooLong", MAX_REASON);
    }
    var claim = find(claimId);
    refuseOwn(claim, approver);
    if (decide(claimId, ClaimState.REJECTED, approver, reason.strip()) == 1) {
      return true;
    }
    return alreadyDecided(claimId, ClaimState.REJECTED, claim);
  }

  /** The certificate's bytes, for the claim's owner or HR; the caller checks who asks. */
  public byte[] certificate(long claimId) {
    var found =
        em.createNativeQuery("SELECT content FROM evidence_certificate WHERE claim_id = ?")
            .setParameter(1, claimId)
            .getResultList();
    if (found.isEmpty()) {
      throw new BusinessException("evidence.notFound", claimId);
    }
    return (byte[]) found.get(0);
  }

  public EvidenceClaim find(long claimId) {
    var claim = em.find(EvidenceClaim.class, claimId);
    if (claim == null) {
      throw new BusinessException("evidence.notFound", claimId);
    }
    return claim;
  }

  private void refuseOwn(EvidenceClaim claim, String approver) {
    duties.refuseOwn(
        approver,
        claim.getEmployeeId(),
        SecurityEvent.Kind.OWN_CLAIM_REFUSED,
        "claim=" + claim.getId() + " minutes=" + claim.getMinutes(),
        "evidence.ownClaim");
  }

  private int decide(long claimId, ClaimState state, String by, String reason) {
    return em.createNativeQuery(
            "UPDATE evidence_claim SET state = ?, decided_at = ?, decided_by = ?, reason = ?"
                + " WHERE id = ? AND state = 'SUBMITTED'")
        .setParameter(1, state.name())
        .setParameter(2, Timestamp.from(clock.instant()))
        .setParameter(3, by)
        .setParameter(4, reason)
        .setParameter(5, claimId)
        .executeUpdate();
  }

  // A lost race to the same decision is no error; a different decision already made is.
  private boolean alreadyDecided(long claimId, ClaimState wanted, EvidenceClaim claim) {
    em.refresh(claim);
    if (claim.getState() == wanted) {
      return false;
    }
    throw new BusinessException("evidence.alreadyDecided." + claim.getState());
  }
}
