package kr.cheongnabi.alert.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import kr.cheongnabi.platform.entity.Role;

/**
 * When the integrity alerts go out: every morning at 09:00 Korea time on every instance (the claims
 * make that safe), and when HR asks.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntegrityAlerts {

  static final String SCHEDULER = "scheduler";
  private static final Logger LOG = Logger.getLogger(IntegrityAlerts.class.getName());

  @EJB AlertSender sender;
  @Resource SessionContext context;

  @Schedule(hour = "9", minute = "0", timezone = "Asia/Seoul", persistent = false)
  @PermitAll
  public void everyMorning() {
    var run = sender.run(SCHEDULER);
    LOG.info(() -> "Integrity alerts: " + run);
  }

  /** HR sends the alerts due today now, without waiting for the morning. */
  @RolesAllowed(Role.HR_NAME)
  public AlertRun sendDueNow() {
    return sender.run(context.getCallerPrincipal().getName());
  }
}
