package kr.cheongnabi.campaign.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import kr.cheongnabi.campaign.entity.Campaign;
import kr.cheongnabi.cases.control.CaseBook;
import kr.cheongnabi.cases.entity.IntegrityCase;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.control.RichText;
import kr.cheongnabi.quiz.control.TextFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The page behind a campaign mail's link, for anyone holding a valid token and nobody else: opening
 * it records "opened" once, pressing the pledge button records "pledged" once.
 */
@Stateless
@PermitAll
public class Pledges {

  @PersistenceContext EntityManager em;
  @EJB CaseBook cases;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "campaign.link.secret")
  Optional<String> secret;

  /** The message behind the token, recording that it was opened; empty for a bad token. */
  public Optional<PledgeView> open(String token) {
    var recipient = recipient(token);
    if (recipient.isEmpty()) {
      return Optional.empty();
    }
    em.createNativeQuery(
            "UPDATE campaign_recipient SET opened_at = ? WHERE id = ? AND opened_at IS NULL")
        .setParameter(1, Timestamp.from(clock.instant()))
        .setParameter(2, recipient.getAsLong())
        .executeUpdate();
    return view(recipient.getAsLong());
  }

  /** Records the pledge once (a second press changes nothing); empty for a bad token. */
  public Optional<PledgeView> pledge(String token) {
    var recipient = recipient(token);
    if (recipient.isEmpty()) {
      return Optional.empty();
    }
    var now = Timestamp.from(clock.instant());
    em.createNativeQuery(
            "UPDATE campaign_recipient SET pledged_at = ?, opened_at = COALESCE(opened_at, ?)"
                + " WHERE id = ? AND pledged_at IS NULL")
        .setParameter(1, now)
        .setParameter(2, now)
        .setParameter(3, recipient.getAsLong())
        .executeUpdate();
    return view(recipient.getAsLong());
  }

  private OptionalLong recipient(String token) {
    if (secret.isEmpty()) {
      return OptionalLong.empty();
    }
    return PledgeLink.verify(secret.get(), token, clock.instant());
  }

  private Optional<PledgeView> view(long recipientId) {
    var rows =
        em.createNativeQuery(
                "SELECT campaign_id, name, locale, pledged_at FROM campaign_recipient"
                    + " WHERE id = ?")
            .setParameter(1, recipientId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    var row = (Object[]) rows.get(0);
    var campaign = em.find(Campaign.class, ((Number) row[0]).longValue());
    var language = (String) row[2];
    var pledgedAt = CampaignTracking.instant(row[3]);
    var included =
        campaign.getCaseKey() == null ? null : cases.published(campaign.getCaseKey()).orElse(null);
    return Optional.of(
        new PledgeView(
            language,
            (String) row[1],
            campaign.getTitle(),
            html(campaign.getMessage().in(language)),
            campaign.getPledge().in(language),
            html(campaign.getChannels().in(language)),
            included == null
                ? null
                : inLanguage(included.getTitle().in(language), included.getTitle().ko()),
            included == null ? null : caseHtml(included, included.getSituation(), language),
            included == null ? null : caseHtml(included, included.getConduct(), language),
            included == null
                ? null
                : inLanguage(
                    included.getLawReference().in(language), included.getLawReference().ko()),
            pledgedAt));
  }

  /** A text of the case in the reader's language, Korean when it has no English. */
  private static String caseHtml(IntegrityCase included, Bilingual text, String language) {
    return new RichText(inLanguage(text.in(language), text.ko()), included.getFormat()).html();
  }

  private static String inLanguage(String text, String korean) {
    return text == null ? korean : text;
  }

  private static String html(String richText) {
    return new RichText(richText, TextFormat.HTML).html();
  }
}
