package kr.cheongnabi.survey.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.cheongnabi.people.control.EmployeeRecords;
import kr.cheongnabi.platform.control.MailServer;
import kr.cheongnabi.platform.control.PublicAddress;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.survey.entity.SurveyRound;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invites the employees asked by an open internal round, and reminds those who have not answered,
 * by mail with the link to the survey, at most once per stage ({@link ReminderStage}); every
 * morning at 10:00 Korea time on every instance (the claims make that safe). A reminder whose mail
 * fails is not sent again: a missed reminder is better than two.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SurveyReminders {

  private static final Logger LOG = Logger.getLogger(SurveyReminders.class.getName());
  private static final int PAGE = 500;

  @EJB Rounds rounds;
  @EJB ReminderClaims claims;
  @EJB EmployeeRecords employees;
  @Inject MailServer mail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "public.url")
  Optional<String> publicUrl;

  @Schedule(hour = "10", minute = "0", timezone = "Asia/Seoul", persistent = false)
  @PermitAll
  public void everyMorning() {
    if (!mail.configured()) {
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(TrainingYear.KOREA));
    for (SurveyRound round : rounds.all()) {
      if (!round.isClosed()) {
        ReminderStage.dueOn(today, round.getStartsOn(), round.getEndsOn())
            .ifPresent(stage -> LOG.info(() -> remind(round, stage) + " survey reminders sent"));
      }
    }
  }

  /** Sends the stage's reminders of a round; how many this instance sent. */
  public int remind(SurveyRound round, int stage) {
    int sent = 0;
    List<Long> pending;
    do {
      pending = claims.pending(round.getId(), stage, PAGE);
      var addresses = employees.identitiesOf(pending);
      for (long employeeId : pending) {
        if (!claims.claim(round.getId(), employeeId, stage)) {
          continue;
        }
        var identity = addresses.get(employeeId);
        if (identity == null || identity.email() == null) {
          continue;
        }
        try {
          mail.send(identity.email(), subject(round), body(round, stage), clock.instant());
          sent++;
        } catch (MessagingException | RuntimeException e) {
          LOG.log(Level.WARNING, "Survey reminder not sent to employee " + employeeId, e);
        }
      }
    } while (pending.size() == PAGE);
    return sent;
  }

  private static String subject(SurveyRound round) {
    var title = round.getSurveyVersion().getTitle();
    return "[청렴나비] " + title.ko() + " / " + title.en();
  }

  private String body(SurveyRound round, int stage) {
    String link =
        publicUrl
            .map(base -> PublicAddress.of(base, "me/survey.xhtml?round=" + round.getId()))
            .orElse("");
    String korean =
        stage == ReminderStage.INVITATION
            ? "%s에 응답해 주세요. 응답은 익명으로 처리되며 %s까지 받습니다.%n%s%n%n"
            : "아직 %s에 응답하지 않으셨습니다. 응답은 익명으로 처리되며 %s까지 받습니다.%n%s%n%n";
    String english =
        stage == ReminderStage.INVITATION
            ? "Please answer the %s. Answers are anonymous; the survey is open until %s.%n%s%n"
            : "You have not answered the %s yet. Answers are anonymous; the survey is open until"
                + " %s.%n%s%n";
    var title = round.getSurveyVersion().getTitle();
    return (korean + english)
        .formatted(title.ko(), round.getEndsOn(), link, title.en(), round.getEndsOn(), link);
  }
}
