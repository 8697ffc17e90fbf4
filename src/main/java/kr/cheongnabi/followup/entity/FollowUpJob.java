package kr.cheongnabi.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One confirmation of follow-up training for many people: its progress while it runs and its
 * outcome. In the database, so any instance of a cluster can show a job another instance runs.
 */
@Entity
@Table(name = "follow_up_job")
public class FollowUpJob {

  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "training_year")
  private int year;

  @Column(name = "org_unit_id")
  private long unitId;

  @Column(name = "requested_by")
  private String requestedBy;

  @Enumerated(EnumType.STRING)
  private State state;

  @Column(name = "total_people")
  private int totalPeople;

  @Column(name = "done_people")
  private int donePeople;

  @Column(name = "created_count")
  private int createdCount;

  @Column(name = "full_count")
  private int fullCount;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** Stamped by the instance running the job; see {@code JobHeartbeat}. */
  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  private String failure;

  protected FollowUpJob() {}

  public FollowUpJob(int year, long unitId, int totalPeople, String requestedBy, Instant now) {
    this.year = year;
    this.unitId = unitId;
    this.totalPeople = totalPeople;
    this.requestedBy = requestedBy;
    this.state = State.RUNNING;
    this.startedAt = now;
    this.heartbeatAt = now;
  }

  /** A batch of people is confirmed: so many assignments created, so many session seats missed. */
  public void progressed(int people, int created, int full) {
    donePeople += people;
    createdCount += created;
    fullCount += full;
  }

  public void done(Instant now) {
    state = State.DONE;
    finishedAt = now;
  }

  public void failed(String reason, Instant now) {
    state = State.FAILED;
    failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
    finishedAt = now;
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public State getState() {
    return state;
  }

  public int getTotalPeople() {
    return totalPeople;
  }

  public int getDonePeople() {
    return donePeople;
  }

  public int getCreatedCount() {
    return createdCount;
  }

  public int getFullCount() {
    return fullCount;
  }

  public String getFailure() {
    return failure;
  }
}
