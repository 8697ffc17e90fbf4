package kr.cheongnabi.followup.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.JobHeartbeat;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.report.control.EmployeeGap;
import kr.cheongnabi.report.control.GapReport;
import kr.cheongnabi.report.control.StandingTree;

/**
 * Confirms follow-up training for many people in the background, {@value #BATCH} people per
 * transaction, recording progress as it goes. The people of a whole unit are streamed from the gap
 * report, never all held at once; each batch's proposals are computed afresh from the same offer
 * (GapFill is deterministic), so they are what HR was shown, less training assigned meanwhile.
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FollowUpConfirmations {

  public static final int BATCH = 500;
  private static final int TRIES = 3;
  private static final Logger LOG = Logger.getLogger(FollowUpConfirmations.class.getName());

  @Inject GapReport gaps;
  @Inject FollowUps followUps;
  @Inject FollowUpJobs jobs;
  @Inject JobHeartbeat heartbeat;
  @Resource SessionContext context;

  /** Opens the job and starts it; returns the job's id for the page to follow. */
  public long start(ConfirmRequest request) {
    var tree = gaps.tree(request.year());
    var people =
        request.everyone() ? (int) gaps.count(request.query(), tree) : request.chosen().size();
    var by = context.getCallerPrincipal().getName();
    var id = jobs.open(request.year(), request.unitId(), people, by);
    context.getBusinessObject(FollowUpConfirmations.class).run(id, request, by);
    return id;
  }

  /** The job itself; the caller's identity goes with it, so its services see HR. */
  @Asynchronous
  public void run(long id, ConfirmRequest request, String by) {
    heartbeat.started(FollowUpJobLease.KIND, id);
    try {
      var tree = gaps.tree(request.year());
      var offer = followUps.offer(request.year(), request.dueDate());
      var batch = new ArrayList<EmployeeGap>(BATCH);
      Runnable flush =
          () -> {
            confirm(id, request, tree, offer, List.copyOf(batch), by);
            batch.clear();
          };
      if (request.everyone()) {
        gaps.forEach(
            request.query(),
            tree,
            gap -> {
              batch.add(gap);
              if (batch.size() == BATCH) {
                flush.run();
              }
            });
      } else {
        for (var gap : request.chosen()) {
          batch.add(gap);
          if (batch.size() == BATCH) {
            flush.run();
          }
        }
      }
      flush.run();
      jobs.done(id);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "follow-up confirmation " + id + " failed", e);
      jobs.failed(id, e.toString());
    } finally {
      heartbeat.finished(FollowUpJobLease.KIND, id);
    }
  }

  private void confirm(
      long id,
      ConfirmRequest request,
      StandingTree tree,
      TrainingOffer offer,
      List<EmployeeGap> people,
      String by) {
    if (people.isEmpty()) {
      return;
    }
    for (var attempt = 1; ; attempt++) {
      try {
        var confirmed = followUps.confirm(request, offer, tree, people, by);
        jobs.progressed(id, people.size(), confirmed);
        return;
      } catch (EJBException | BusinessException e) {
        // A deadlock with another confirmation, or a seat taken by the employee at that moment:
        // the batch rolled back whole and is safe to run again.
        if (attempt == TRIES) {
          throw e;
        }
        LOG.log(Level.INFO, "follow-up batch retried", e);
      }
    }
  }
}
