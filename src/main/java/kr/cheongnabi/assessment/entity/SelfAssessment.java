package kr.cheongnabi.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * The senior officials' self-integrity assessment of one year: the bank it draws from (an
 * assigned-only quiz), its due date and what a pass credits. It is open from the moment HR opens it
 * until HR closes it; the attempts at its bank started in that window are its results.
 */
@Entity
@Table(name = "self_assessment")
@NamedQuery(
    name = SelfAssessment.BY_YEAR,
    query = "SELECT s FROM SelfAssessment s WHERE s.year = :year")
@NamedQuery(
    name = SelfAssessment.ALL,
    query = "SELECT s FROM SelfAssessment s ORDER BY s.year DESC")
@NamedQuery(
    name = SelfAssessment.OPEN_ON,
    query = "SELECT s FROM SelfAssessment s WHERE s.openQuizKey = :quizKey")
@NamedQuery(
    name = SelfAssessment.OF_BANKS_AT,
    query =
        "SELECT s FROM SelfAssessment s WHERE s.quizKey IN :quizKeys AND s.openedAt <= :at"
            + " AND (s.closedAt IS NULL OR s.closedAt > :at)")
public class SelfAssessment {

  public static final String BY_YEAR = "SelfAssessment.byYear";
  public static final String ALL = "SelfAssessment.all";

  /** The assessment still open on a bank ({@code :quizKey}): at most one. */
  public static final String OPEN_ON = "SelfAssessment.openOn";

  /** The assessments on one of the banks {@code :quizKeys} whose window holds {@code :at}. */
  public static final String OF_BANKS_AT = "SelfAssessment.ofBanksAt";

  /** The most training minutes a pass may credit: a working day. */
  public static final int MAX_CREDIT_MINUTES = 480;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "assessment_year")
  private int year;

  @Column(name = "quiz_key")
  private String quizKey;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "credit_minutes")
  private int creditMinutes;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "opened_by")
  private String openedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "open_quiz_key")
  private String openQuizKey;

  @Version private long version;

  protected SelfAssessment() {}

  public SelfAssessment(
      TrainingYear year,
      String quizKey,
      LocalDate dueDate,
      int creditMinutes,
      String openedBy,
      Instant openedAt) {
    this.year = year.value();
    this.quizKey = Objects.requireNonNull(quizKey, "quizKey");
    this.openedBy = Objects.requireNonNull(openedBy, "openedBy");
    this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    this.openQuizKey = quizKey;
    change(dueDate, creditMinutes);
  }

  /**
   * Sets the due date and the minutes a pass credits (0 for none). A pass finished from now on
   * credits the new minutes; passes credited before keep theirs, for the ledger is never edited.
   */
  public void change(LocalDate dueDate, int creditMinutes) {
    if (creditMinutes < 0 || creditMinutes > MAX_CREDIT_MINUTES) {
      throw new IllegalArgumentException("credit minutes must be 0 to 480: " + creditMinutes);
    }
    this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
    this.creditMinutes = creditMinutes;
  }

  /** From now on it is offered to nobody; its results stay, and an attempt open may be finished. */
  public void close(Instant at) {
    if (closedAt == null) {
      closedAt = at;
      openQuizKey = null;
    }
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  /** Whether a pass credits training minutes. */
  public boolean credits() {
    return creditMinutes > 0;
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public String getQuizKey() {
    return quizKey;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public int getCreditMinutes() {
    return creditMinutes;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  /** When HR closed it, or null while it is open. */
  public Instant getClosedAt() {
    return closedAt;
  }

  public long getVersion() {
    return version;
  }
}
