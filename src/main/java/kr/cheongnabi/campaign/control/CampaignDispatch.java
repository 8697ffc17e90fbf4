package kr.cheongnabi.campaign.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.cheongnabi.alert.control.AlertSender;
import kr.cheongnabi.campaign.entity.Campaign;
import kr.cheongnabi.campaign.entity.MailStage;
import kr.cheongnabi.cases.control.CaseBook;
import kr.cheongnabi.platform.control.MailServer;
import kr.cheongnabi.platform.control.PublicAddress;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.TrainingYear;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the campaigns whose day has come, every five minutes on every instance and when HR presses
 * "send now": fixes each round's recipients, claims each mail (see {@link CampaignClaims}) and only
 * when this instance won the claim sends it through the application's SMTP server ({@link
 * MailServer}, as the integrity alerts do) and marks it sent or failed. The reminder to those who
 * have not pledged goes out the same way, once, the set number of days after their message.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignDispatch {

  private static final Logger LOG = Logger.getLogger(CampaignDispatch.class.getName());

  @PersistenceContext EntityManager em;
  @EJB CampaignRecipients recipients;
  @EJB CampaignClaims claims;
  @EJB CaseBook cases;
  @Inject MailServer mail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "public.url")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "campaign.link.secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "campaign.daily.limit", defaultValue = "2000")
  int dailyLimit;

  @Inject
  @ConfigProperty(name = "campaign.link.days", defaultValue = "60")
  int linkDays;

  @Schedule(hour = "*", minute = "*/5", persistent = false)
  @PermitAll
  public void everyFiveMinutes() {
    var run = run();
    if (!run.equals(CampaignRun.NONE)) {
      LOG.info(() -> "Campaign mails: " + run);
    }
  }

  /** Sends what is due of every campaign. */
  @PermitAll
  public CampaignRun run() {
    var total = CampaignRun.NONE;
    for (var campaign : em.createNamedQuery(Campaign.OPEN, Campaign.class).getResultList()) {
      total = total.plus(run(campaign));
    }
    return total;
  }

  /** Sends what is due of one campaign now (HR's "send now" does not wait for the schedule). */
  @PermitAll
  public CampaignRun run(long campaignId) {
    var campaign = em.find(Campaign.class, campaignId);
    return campaign == null || campaign.getCancelledAt() != null ? CampaignRun.NONE : run(campaign);
  }

  private CampaignRun run(Campaign campaign) {
    var today = today();
    var day = Rounds.dayOf(campaign, today, createdOn(campaign));
    if (day.isEmpty()) {
      return CampaignRun.NONE;
    }
    var round = day.get().getYear();
    if (!recipients.fixed(campaign.getId(), round)) {
      try {
        recipients.fix(campaign, round);
      } catch (RuntimeException e) {
        // Another instance fixing the same round at the same moment: the next run goes on.
        LOG.log(Level.WARNING, "Recipients of campaign " + campaign.getId() + " not fixed", e);
        return CampaignRun.NONE;
      }
    }
    openDay(today);
    var caseTitle = caseTitle(campaign);
    var total = CampaignRun.NONE;
    for (var recipient : recipients.pending(campaign.getId(), round, MailStage.MESSAGE, null)) {
      total = total.plus(deliver(campaign, recipient, MailStage.MESSAGE, today, caseTitle));
    }
    var remind = campaign.getRemindAfterDays();
    if (remind != null) {
      var sentBy = clock.instant().minus(Duration.ofDays(remind));
      for (var recipient :
          recipients.pending(campaign.getId(), round, MailStage.REMINDER, sentBy)) {
        total = total.plus(deliver(campaign, recipient, MailStage.REMINDER, today, caseTitle));
      }
    }
    return total;
  }

  private CampaignRun deliver(
      Campaign campaign,
      CampaignRecipients.Pending recipient,
      MailStage stage,
      LocalDate today,
      Bilingual caseTitle) {
    OptionalLong claimed;
    try {
      claimed = claims.claim(recipient.id(), stage, today, dailyLimit, clock.instant());
    } catch (RuntimeException e) {
      // E.g. chosen as a deadlock victim: another instance has the mail, or the next run will.
      LOG.log(Level.WARNING, "Campaign mail not claimed: " + recipient.id() + " " + stage, e);
      return new CampaignRun(0, 0, 1);
    }
    if (claimed.isEmpty()) {
      return new CampaignRun(0, 0, 1);
    }
    var id = claimed.getAsLong();
    try {
      var letter =
          CampaignLetter.of(
              campaign,
              stage,
              recipient.name(),
              recipient.locale(),
              link(recipient.id()),
              caseTitle);
      mail.send(recipient.email(), letter.subject(), letter.body(), clock.instant());
    } catch (MessagingException | RuntimeException e) {
      var failure = AlertSender.failureText(e);
      LOG.warning(() -> "Campaign mail " + id + " was not sent: " + failure);
      claims.failed(id, failure);
      return new CampaignRun(0, 1, 0);
    }
    try {
      claims.sent(id, clock.instant());
    } catch (RuntimeException e) {
      // The mail went out: the row stays CLAIMED rather than FAILED, which would send it again.
      LOG.log(Level.SEVERE, "Campaign mail " + id + " was sent but not marked sent", e);
    }
    return new CampaignRun(1, 0, 0);
  }

  private String link(long recipientId) {
    var base =
        publicUrl
            .filter(url -> !url.isBlank())
            .orElseThrow(() -> new IllegalStateException("PUBLIC_URL is not set"));
    var token =
        PledgeLink.sign(
            secret.orElse(null), recipientId, clock.instant().plus(Duration.ofDays(linkDays)));
    return PublicAddress.of(
        base, "pledge.xhtml?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
  }

  private Bilingual caseTitle(Campaign campaign) {
    return campaign.getCaseKey() == null
        ? null
        : cases.published(campaign.getCaseKey()).map(c -> c.getTitle()).orElse(null);
  }

  private void openDay(LocalDate today) {
    for (int attempt = 1; ; attempt++) {
      try {
        claims.openDay(today);
        return;
      } catch (RuntimeException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(TrainingYear.KOREA));
  }

  private LocalDate createdOn(Campaign campaign) {
    return campaign.getCreatedAt().atZone(TrainingYear.KOREA).toLocalDate();
  }
}
