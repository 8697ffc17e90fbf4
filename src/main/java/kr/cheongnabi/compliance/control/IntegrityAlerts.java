package kr.cheongnabi.compliance.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.cheongnabi.platform.control.MailServer;
import kr.cheongnabi.platform.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the integrity alerts that are due: every morning at 09:00 Korea time on every instance, and
 * when HR asks. Each alert is claimed before it is sent (see {@link AlertClaims}), so instances
 * that run at the same moment send it once between them; the mail goes out outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntegrityAlerts {

  static final String SCHEDULER = "scheduler";
  private static final Logger LOG = Logger.getLogger(IntegrityAlerts.class.getName());

  @EJB DueAlerts due;
  @EJB AlertClaims claims;
  @EJB FollowUpStates states;
  @Inject MailServer mail;
  @Inject Clock clock;
  @Resource SessionContext context;

  @Inject
  @ConfigProperty(name = "public.url")
  Optional<String> publicUrl;

  @Schedule(hour = "9", minute = "0", timezone = "Asia/Seoul", persistent = false)
  @PermitAll
  public void everyMorning() {
    var run = run(SCHEDULER);
    LOG.info(() -> "Integrity alerts: " + run);
  }

  /** HR sends the alerts due today now, without waiting for the morning. */
  @RolesAllowed(Role.HR_NAME)
  public AlertRun sendDueNow() {
    return run(context.getCallerPrincipal().getName());
  }

  private AlertRun run(String requestedBy) {
    var total = new AlertRun(0, 0, 0);
    for (var alert : due.on(states.today())) {
      total = total.plus(deliver(alert, requestedBy));
    }
    return total;
  }

  private AlertRun deliver(DueAlert alert, String requestedBy) {
    var claimed = claims.claim(alert, requestedBy, clock.instant());
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
  static String failureText(Throwable e) {
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
