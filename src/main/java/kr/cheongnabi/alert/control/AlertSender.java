package kr.cheongnabi.alert.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.cheongnabi.followup.control.FollowUpStates;
import kr.cheongnabi.platform.control.MailServer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One run of the integrity alerts: every alert due today is claimed (see {@link AlertClaims}), and
 * only when this instance won the claim, sent and marked sent or failed. Instances that run at the
 * same moment send each alert once between them; the mail goes out outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertSender {

  private static final Logger LOG = Logger.getLogger(AlertSender.class.getName());

  @EJB DueAlerts due;
  @EJB AlertClaims claims;
  @EJB FollowUpStates states;
  @Inject MailServer mail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "public.url")
  Optional<String> publicUrl;

  /**
   * @param requestedBy who asked: the scheduler or the HR officer, kept with each alert
   */
  public AlertRun run(String requestedBy) {
    var total = new AlertRun(0, 0, 0);
    for (var alert : due.on(states.today())) {
      total = total.plus(deliver(alert, requestedBy));
    }
    return total;
  }

  private AlertRun deliver(DueAlert alert, String requestedBy) {
    OptionalLong claimed;
    try {
      claimed = claims.claim(alert, requestedBy, clock.instant());
      if (claimed.isEmpty() && alert.address() != null) {
        claimed = claims.reclaim(alert, requestedBy, clock.instant());
      }
    } catch (RuntimeException e) {
      // E.g. chosen as a deadlock victim: another instance has the alert, or the next run will.
      LOG.log(Level.WARNING, "Integrity alert not claimed: " + alert, e);
      return new AlertRun(0, 0, 1);
    }
    if (claimed.isEmpty()) {
      return new AlertRun(0, 0, 1);
    }
    var id = claimed.getAsLong();
    try {
      var letter = AlertMail.of(alert, publicUrl);
      mail.send(alert.address(), letter.subject(), letter.body(), clock.instant());
    } catch (MessagingException | RuntimeException e) {
      var failure = failureText(e);
      LOG.warning(() -> "Integrity alert " + id + " was not sent: " + failure);
      claims.failed(id, failure);
      return new AlertRun(0, 1, 0);
    }
    try {
      claims.sent(id, clock.instant());
    } catch (RuntimeException e) {
      // The mail went out: the row stays CLAIMED (shown to HR) rather than FAILED, which a later
      // run would send again.
      LOG.log(Level.SEVERE, "Integrity alert " + id + " was sent but not marked sent", e);
    }
    return new AlertRun(1, 0, 0);
  }

  /** The failure as HR reads it on the alert page: the message and its causes. */
  public static String failureText(Throwable e) {
    var text = new StringBuilder();
    for (var t = e; t != null; t = t.getCause()) {
      if (!text.isEmpty()) {
        text.append(" <- ");
      }
      text.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }
    return text.toString();
  }
}
