package kr.cheongnabi.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A survey's round of one year: from its first to its last day (Korean dates), on the version it
 * was opened with, to the employees eligible on its first day (internal) or the holders of its
 * codes (external).
 */
@Entity
@Table(name = "survey_round")
@NamedQuery(
    name = SurveyRound.ALL,
    query =
        "SELECT r FROM SurveyRound r JOIN FETCH r.surveyVersion ORDER BY r.year DESC, r.id DESC")
public class SurveyRound {

  public static final String ALL = "SurveyRound.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "survey_key")
  private String surveyKey;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "survey_version_id")
  private SurveyVersion surveyVersion;

  @Column(name = "survey_year")
  private int year;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "eligible_count")
  private int eligibleCount;

  @Column(name = "opened_by")
  private String openedBy;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected SurveyRound() {}

  public SurveyRound(
      SurveyVersion surveyVersion,
      LocalDate startsOn,
      LocalDate endsOn,
      int eligibleCount,
      String openedBy,
      Instant openedAt) {
    if (endsOn.isBefore(startsOn)) {
      throw new IllegalArgumentException("a round ending " + endsOn + " cannot start " + startsOn);
    }
    this.surveyVersion = surveyVersion;
    this.surveyKey = surveyVersion.getSurveyKey();
    this.year = startsOn.getYear();
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.eligibleCount = eligibleCount;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  /** Whether answers are taken on this day. */
  public boolean isOpenOn(LocalDate day) {
    return closedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  public void close(Instant at) {
    closedAt = at;
  }

  public boolean isClosed() {
    return closedAt != null;
  }

  public Long getId() {
    return id;
  }

  public String getSurveyKey() {
    return surveyKey;
  }

  public SurveyVersion getSurveyVersion() {
    return surveyVersion;
  }

  public int getYear() {
    return year;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public int getEligibleCount() {
    return eligibleCount;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
