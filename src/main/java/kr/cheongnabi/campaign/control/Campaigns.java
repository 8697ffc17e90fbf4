package kr.cheongnabi.campaign.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kr.cheongnabi.campaign.entity.Campaign;
import kr.cheongnabi.campaign.entity.CampaignSchedule;
import kr.cheongnabi.cases.control.CaseBook;
import kr.cheongnabi.people.control.DutyAreas;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.platform.entity.TrainingYear;

/** The integrity officer's campaigns (HR): written, checked, saved, listed and cancelled. */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class Campaigns {

  static final int TITLE_MAX = 200;
  static final int PLEDGE_MAX = 500;
  static final int TEXT_MAX = 20_000;

  @PersistenceContext EntityManager em;
  @EJB CaseBook cases;
  @EJB DutyAreas dutyAreas;
  @EJB CampaignTracking tracking;
  @EJB CampaignDispatch dispatch;
  @Inject Clock clock;
  @Resource SessionContext context;

  /**
   * Saves the campaign and its external recipients, or refuses it whole naming the first thing
   * wrong. A campaign sent "now" gets today as its day; the caller then asks the dispatch to send.
   */
  public long create(CampaignDraft draft) {
    require(draft.title(), TITLE_MAX, "campaign.field.title");
    require(draft.messageKo(), TEXT_MAX, "campaign.field.messageKo");
    require(draft.messageEn(), TEXT_MAX, "campaign.field.messageEn");
    require(draft.pledgeKo(), PLEDGE_MAX, "campaign.field.pledgeKo");
    require(draft.pledgeEn(), PLEDGE_MAX, "campaign.field.pledgeEn");
    require(draft.channelsKo(), TEXT_MAX, "campaign.field.channelsKo");
    require(draft.channelsEn(), TEXT_MAX, "campaign.field.channelsEn");
    var caseKey = blankToNull(draft.caseKey());
    if (caseKey != null && cases.published(caseKey).isEmpty()) {
      throw new BusinessException("campaign.caseUnknown", caseKey);
    }
    var known = dutyAreas.all().stream().map(a -> a.getCode()).toList();
    for (var area : draft.dutyAreas()) {
      if (!known.contains(area)) {
        throw new BusinessException("dutyArea.unknown", area);
      }
    }
    if (draft.dutyAreas().isEmpty()
        && draft.unitIds().isEmpty()
        && !draft.seniorOfficials()
        && draft.externals().isEmpty()) {
      throw new BusinessException("campaign.noRecipients");
    }
    var today = LocalDate.now(clock.withZone(TrainingYear.KOREA));
    var sendOn = sendOn(draft, today);
    if (draft.remindAfterDays() != null
        && (draft.remindAfterDays() < 1 || draft.remindAfterDays() > 60)) {
      throw new BusinessException("campaign.remindDays");
    }
    var campaign =
        new Campaign(
            draft.title().strip(),
            new Bilingual(draft.messageKo(), draft.messageEn()),
            new Bilingual(draft.pledgeKo().strip(), draft.pledgeEn().strip()),
            new Bilingual(draft.channelsKo(), draft.channelsEn()),
            caseKey,
            draft.dutyAreas(),
            draft.unitIds(),
            draft.seniorOfficials(),
            draft.schedule(),
            sendOn,
            draft.remindAfterDays(),
            context.getCallerPrincipal().getName(),
            clock.instant());
    em.persist(campaign);
    em.flush();
    for (var external : draft.externals()) {
      // Native: the external recipients are plain rows of the campaign with no entity.
      em.createNativeQuery(
              "INSERT INTO campaign_external (campaign_id, email, name, kind, locale,"
                  + " consent_at, consent_how) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .setParameter(1, campaign.getId())
          .setParameter(2, external.email())
          .setParameter(3, external.name())
          .setParameter(4, external.kind().name())
          .setParameter(5, external.language())
          .setParameter(6, Timestamp.valueOf(external.consentAt()))
          .setParameter(7, external.consentHow())
          .executeUpdate();
    }
    return campaign.getId();
  }

  private static LocalDate sendOn(CampaignDraft draft, LocalDate today) {
    return switch (draft.schedule()) {
      case NOW -> today;
      case ON_DATE -> {
        if (draft.sendOn() == null || draft.sendOn().isBefore(today)) {
          throw new BusinessException("campaign.sendOn");
        }
        yield draft.sendOn();
      }
      case BEFORE_SEOLLAL, BEFORE_CHUSEOK -> {
        if (KoreanHolidays.nextSending(draft.schedule(), today).isEmpty()) {
          throw new BusinessException("campaign.holidayUnknown");
        }
        yield null;
      }
    };
  }

  public List<Campaign> all() {
    return em.createNamedQuery(Campaign.ALL, Campaign.class).getResultList();
  }

  public Optional<Campaign> find(long id) {
    return Optional.ofNullable(em.find(Campaign.class, id));
  }

  /** Stops a campaign: nothing more of it is sent; what was sent and pledged stays. */
  public void cancel(long id) {
    find(id)
        .orElseThrow(() -> new BusinessException("campaign.notFound", id))
        .cancel(clock.instant());
  }

  /** The day of the next sending of a campaign, as the list shows it. */
  public Optional<LocalDate> nextSending(Campaign campaign) {
    if (campaign.getCancelledAt() != null) {
      return Optional.empty();
    }
    if (campaign.getSchedule() != CampaignSchedule.BEFORE_SEOLLAL
        && campaign.getSchedule() != CampaignSchedule.BEFORE_CHUSEOK) {
      return Optional.ofNullable(campaign.getSendOn());
    }
    return KoreanHolidays.nextSending(
        campaign.getSchedule(), LocalDate.now(clock.withZone(TrainingYear.KOREA)));
  }

  /** Sends what is due of the campaign now, without waiting for the next scheduled run. */
  public CampaignRun sendNow(long id) {
    return dispatch.run(id);
  }

  public List<Integer> rounds(long id) {
    return tracking.rounds(id);
  }

  public Tracking tracking(long id, int round) {
    return tracking.of(id, round);
  }

  public void writeCsv(long id, int round, Locale locale, OutputStream out) throws IOException {
    tracking.writeCsv(id, round, locale, out);
  }

  private static void require(String text, int max, String field) {
    if (text == null || text.isBlank()) {
      throw new BusinessException("campaign.required", field);
    }
    if (text.length() > max) {
      throw new BusinessException("campaign.tooLong", field, max);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
