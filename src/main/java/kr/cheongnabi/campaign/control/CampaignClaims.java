package kr.cheongnabi.campaign.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;
import kr.cheongnabi.campaign.entity.MailStage;

/**
 * The campaign_mail rows that make each campaign mail go out once, however many instances run, as
 * the integrity alerts' claims do: a mail is claimed by inserting its row (the unique key of
 * recipient and stage lets one insert win) or, after a failure, by turning FAILED back into CLAIMED
 * (one update wins). Each claim also takes one of the day's mails from the daily limit, in the same
 * short transaction: a claim that loses gives its place back by rolling back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CampaignClaims {

  /** How often a mail is tried before it is left FAILED for HR to see. */
  static final int MAX_ATTEMPTS = 5;

  static final int FAILURE_LENGTH = 1000;

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;

  /**
   * @return the mail's id when this instance must send it; empty when another instance has it, it
   *     was tried enough, or the day's limit is reached
   */
  public OptionalLong claim(
      long recipientId, MailStage stage, LocalDate day, int dailyLimit, Instant now) {
    if (!takeFromDailyLimit(day, dailyLimit)) {
      return OptionalLong.empty();
    }
    // Native: INSERT IGNORE makes a row that exists already no error but 0 rows.
    var inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO campaign_mail (recipient_id, stage, state, attempts,"
                    + " claimed_at) VALUES (?, ?, 'CLAIMED', 1, ?)")
            .setParameter(1, recipientId)
            .setParameter(2, stage.name())
            .setParameter(3, Timestamp.from(now))
            .executeUpdate();
    if (inserted == 1) {
      return idOf(recipientId, stage);
    }
    var reclaimed =
        em.createNativeQuery(
                "UPDATE campaign_mail SET state = 'CLAIMED', attempts = attempts + 1,"
                    + " claimed_at = ?, failure = NULL WHERE recipient_id = ? AND stage = ?"
                    + " AND state = 'FAILED' AND attempts < ?")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, recipientId)
            .setParameter(3, stage.name())
            .setParameter(4, MAX_ATTEMPTS)
            .executeUpdate();
    if (reclaimed == 1) {
      return idOf(recipientId, stage);
    }
    // Nothing to send: the day's count goes back.
    context.setRollbackOnly();
    return OptionalLong.empty();
  }

  /**
   * Makes the day's row before the claims of a run take from it, so that their upserts only ever
   * find it (two first inserts of one row at once can deadlock in InnoDB).
   */
  public void openDay(LocalDate day) {
    em.createNativeQuery("INSERT IGNORE INTO campaign_daily_volume (day, claimed) VALUES (?, 0)")
        .setParameter(1, Date.valueOf(day))
        .executeUpdate();
  }

  /**
   * One conditional update on the day's row: several instances count exactly, since each waits for
   * the row's lock of the one before.
   */
  private boolean takeFromDailyLimit(LocalDate day, int dailyLimit) {
    // Native: an upsert, which JPQL cannot say.
    em.createNativeQuery(
            "INSERT INTO campaign_daily_volume (day, claimed) VALUES (?, 0)"
                + " ON DUPLICATE KEY UPDATE claimed = claimed")
        .setParameter(1, Date.valueOf(day))
        .executeUpdate();
    return em.createNativeQuery(
                "UPDATE campaign_daily_volume SET claimed = claimed + 1 WHERE day = ?"
                    + " AND claimed < ?")
            .setParameter(1, Date.valueOf(day))
            .setParameter(2, dailyLimit)
            .executeUpdate()
        == 1;
  }

  private OptionalLong idOf(long recipientId, MailStage stage) {
    return OptionalLong.of(
        ((Number)
                em.createNativeQuery(
                        "SELECT id FROM campaign_mail WHERE recipient_id = ? AND stage = ?")
                    .setParameter(1, recipientId)
                    .setParameter(2, stage.name())
                    .getSingleResult())
            .longValue());
  }

  public void sent(long mailId, Instant at) {
    em.createNativeQuery(
            "UPDATE campaign_mail SET state = 'SENT', sent_at = ? WHERE id = ?"
                + " AND state = 'CLAIMED'")
        .setParameter(1, Timestamp.from(at))
        .setParameter(2, mailId)
        .executeUpdate();
  }

  public void failed(long mailId, String failure) {
    var text = failure == null || failure.isBlank() ? "unknown failure" : failure.strip();
    em.createNativeQuery(
            "UPDATE campaign_mail SET state = 'FAILED', failure = ? WHERE id = ?"
                + " AND state = 'CLAIMED'")
        .setParameter(1, text.length() > FAILURE_LENGTH ? text.substring(0, FAILURE_LENGTH) : text)
        .setParameter(2, mailId)
        .executeUpdate();
  }
}
