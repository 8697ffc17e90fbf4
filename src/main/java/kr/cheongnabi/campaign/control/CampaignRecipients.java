package kr.cheongnabi.campaign.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.cheongnabi.campaign.control.RecipientSelection.Member;
import kr.cheongnabi.campaign.entity.Campaign;
import kr.cheongnabi.campaign.entity.MailStage;
import kr.cheongnabi.campaign.entity.RecipientKind;

/**
 * Fixes who a round of a campaign reaches, once, when the round starts: the employees its selection
 * reaches (with their unit and duty areas then, for the tracking) and its external recipients.
 * Several instances may do it at once: the unique key of campaign, round and address keeps one row
 * per recipient.
 *
 * <p>Reads {@code employee}, {@code account}, {@code org_unit}, {@code org_unit_duty_area} and
 * {@code employee_duty_area} directly (a documented read-only exception): one pass over all active
 * employees rather than a call per employee.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CampaignRecipients {

  @PersistenceContext EntityManager em;

  /** Whether the round has its recipients already. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean fixed(long campaignId, int round) {
    return ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM campaign_recipient WHERE campaign_id = ?"
                            + " AND round = ?")
                    .setParameter(1, campaignId)
                    .setParameter(2, round)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  /** Adds the round's recipients; those there already stay as they are. */
  public void fix(Campaign campaign, int round) {
    var selection =
        new RecipientSelection(
            campaign.getDutyAreas(), campaign.getUnitIds(), campaign.isSeniorOfficials());
    if (!selection.isEmpty()) {
      for (var reached : selection.select(members(), parents(), unitAreas())) {
        insert(
            campaign.getId(),
            round,
            reached.email(),
            reached.name(),
            RecipientKind.EMPLOYEE.name(),
            reached.employeeId(),
            reached.unitId(),
            String.join(",", reached.areas()),
            reached.locale());
      }
    }
    // Native: INSERT IGNORE … SELECT copies the external recipients, skipping any there already.
    em.createNativeQuery(
            "INSERT IGNORE INTO campaign_recipient (campaign_id, round, email, name, kind, locale)"
                + " SELECT campaign_id, ?, email, name, kind, locale FROM campaign_external"
                + " WHERE campaign_id = ?")
        .setParameter(1, round)
        .setParameter(2, campaign.getId())
        .executeUpdate();
  }

  private void insert(
      long campaignId,
      int round,
      String email,
      String name,
      String kind,
      long employeeId,
      long unitId,
      String areas,
      String locale) {
    // Native: INSERT IGNORE, so that a second instance fixing the same round adds nothing.
    em.createNativeQuery(
            "INSERT IGNORE INTO campaign_recipient (campaign_id, round, email, name, kind,"
                + " employee_id, org_unit_id, duty_areas, locale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, campaignId)
        .setParameter(2, round)
        .setParameter(3, email)
        .setParameter(4, name)
        .setParameter(5, kind)
        .setParameter(6, employeeId)
        .setParameter(7, unitId)
        .setParameter(8, areas)
        .setParameter(9, locale)
        .executeUpdate();
  }

  private List<Member> members() {
    var own = new HashMap<Long, Set<String>>();
    for (var row : rows("SELECT employee_id, duty_area_code FROM employee_duty_area")) {
      own.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashSet<>())
          .add((String) row[1]);
    }
    return rows(
            "SELECT e.id, e.name, e.email, e.org_unit_id, e.senior_official,"
                + " COALESCE((SELECT MAX(a.preferred_locale) FROM account a"
                + " WHERE a.employee_id = e.id), 'ko')"
                + " FROM employee e WHERE e.status = 'ACTIVE' ORDER BY e.id")
        .stream()
        .map(
            row -> {
              var id = ((Number) row[0]).longValue();
              return new Member(
                  id,
                  (String) row[1],
                  (String) row[2],
                  ((Number) row[3]).longValue(),
                  truth(row[4]),
                  "en".equals(row[5]) ? "en" : "ko",
                  own.getOrDefault(id, Set.of()));
            })
        .toList();
  }

  private Map<Long, Long> parents() {
    var parents = new HashMap<Long, Long>();
    for (var row : rows("SELECT id, parent_id FROM org_unit WHERE parent_id IS NOT NULL")) {
      parents.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return parents;
  }

  private Map<Long, Set<String>> unitAreas() {
    var areas = new HashMap<Long, Set<String>>();
    for (var row : rows("SELECT org_unit_id, duty_area_code FROM org_unit_duty_area")) {
      areas
          .computeIfAbsent(((Number) row[0]).longValue(), id -> new HashSet<>())
          .add((String) row[1]);
    }
    return areas;
  }

  private static boolean truth(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return em.createNativeQuery(sql).getResultList();
  }

  /** A recipient a stage of a round is still to be sent to. */
  public record Pending(long id, String email, String name, String locale) {}

  /**
   * The round's recipients still to be sent the stage: never claimed, or failed and not yet tried
   * enough; for the reminder, only those who got the message by the given moment and have not
   * pledged.
   *
   * <p>In a transaction of its own, so that it reads the database as it is now: a run that has just
   * fixed the round's recipients (a transaction that committed) sends to them at once. The
   * scheduled run reads in no transaction, and on the developer run's MariaDB its reads kept the
   * view from before the fix, so the mails waited for the next run, five minutes on.
   */
  public List<Pending> pending(long campaignId, int round, MailStage stage, Instant sentBy) {
    var reminder =
        stage == MailStage.REMINDER
            ? " AND r.pledged_at IS NULL AND EXISTS (SELECT 1 FROM campaign_mail s"
                + " WHERE s.recipient_id = r.id AND s.stage = 'MESSAGE' AND s.state = 'SENT'"
                + " AND s.sent_at <= ?5)"
            : "";
    var query =
        em.createNativeQuery(
                "SELECT r.id, r.email, r.name, r.locale FROM campaign_recipient r"
                    + " LEFT JOIN campaign_mail m ON m.recipient_id = r.id AND m.stage = ?1"
                    + " WHERE r.campaign_id = ?2 AND r.round = ?3 AND (m.id IS NULL"
                    + " OR (m.state = 'FAILED' AND m.attempts < ?4))"
                    + reminder
                    + " ORDER BY r.id")
            .setParameter(1, stage.name())
            .setParameter(2, campaignId)
            .setParameter(3, round)
            .setParameter(4, CampaignClaims.MAX_ATTEMPTS);
    if (sentBy != null) {
      query.setParameter(5, Timestamp.from(sentBy));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            row ->
                new Pending(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3]))
        .toList();
  }
}
