package kr.cheongnabi.platform.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a background job is seen to die with the instance that ran it (roster imports, obligation
 * runs). The instance holds the jobs it runs here; every {@link #BEAT} it fires a {@link
 * Heartbeat}, on which each component stamps its running jobs' rows and marks failed, with the
 * reason {@link #STOPPED}, any job whose stamp is older than {@link #LEASE}. Every instance beats,
 * so while one is down the others find its jobs; the marking is a conditional update, so two
 * instances mark a job once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobHeartbeat {

  public static final Duration BEAT = Duration.ofSeconds(15);

  /** Eight missed beats: long enough for a busy instance, short enough for HR waiting. */
  public static final Duration LEASE = Duration.ofMinutes(2);

  /** The failure of a job whose instance stopped beating, as stored in its row. */
  public static final String STOPPED = "the server running it stopped";

  /** A job of a kind (each component names its own) and its id there. */
  public record Job(String kind, String id) {}

  private final Set<Job> running = ConcurrentHashMap.newKeySet();

  @Inject Event<Heartbeat> heartbeats;
  @Inject Clock clock;

  /** From now on this instance beats for the job, until {@link #finished}. */
  public void started(String kind, Object id) {
    running.add(new Job(kind, String.valueOf(id)));
  }

  public void finished(String kind, Object id) {
    running.remove(new Job(kind, String.valueOf(id)));
  }

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  void everyBeat() {
    beat();
  }

  /** Stamps this instance's jobs and marks failed those whose lease has run out, now. */
  public void beat() {
    var now = clock.instant();
    heartbeats.fire(new Heartbeat(now, now.minus(LEASE), Set.copyOf(running)));
  }
}
