package kr.cheongnabi.quiz.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import kr.cheongnabi.quiz.control.QuizSettings;

/**
 * An OX quiz, known by the id of its file ({@code // @quiz}). Its content lives in its versions;
 * the quiz itself only says which version is current and who may see it.
 */
@Entity
@Table(name = "quiz")
@NamedQuery(name = Quiz.BY_KEY, query = "SELECT q FROM Quiz q WHERE q.key = :key")
@NamedQuery(
    name = Quiz.PUBLISHED,
    query =
        "SELECT q.id, q.key, q.audienceAll, q.currentVersion.id FROM Quiz q"
            + " WHERE q.published = TRUE AND q.currentVersion IS NOT NULL ORDER BY q.key")
@NamedQuery(
    name = Quiz.FOR_UNITS,
    query = "SELECT DISTINCT q.id FROM Quiz q JOIN q.audienceUnits u WHERE u IN :units")
@NamedQuery(
    name = Quiz.AUDIENCE_UNITS,
    query = "SELECT q.key, u FROM Quiz q JOIN q.audienceUnits u WHERE q.audienceAll = FALSE")
public class Quiz {

  public static final String PUBLISHED = "Quiz.published";
  public static final String BY_KEY = "Quiz.byKey";

  /** The ids of the quizzes whose chosen units include one of {@code :units}. */
  public static final String FOR_UNITS = "Quiz.forUnits";

  /** Pairs of quiz key and chosen unit id, of every quiz not open to everyone. */
  public static final String AUDIENCE_UNITS = "Quiz.audienceUnits";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "quiz_key")
  private String key;

  @OneToOne
  @JoinColumn(name = "current_version_id")
  private QuizVersion currentVersion;

  private boolean published = true;

  @Column(name = "audience_all")
  private boolean audienceAll = true;

  /** The units, each with all its sub-units, whose employees see the quiz unless it is for all. */
  @ElementCollection
  @CollectionTable(name = "quiz_audience_unit", joinColumns = @JoinColumn(name = "quiz_id"))
  @Column(name = "org_unit_id")
  private Set<Long> audienceUnits = new HashSet<>();

  @Version private long version;

  protected Quiz() {}

  public Quiz(String key) {
    Objects.requireNonNull(key, "key");
    if (!QuizSettings.ID.matcher(key).matches()) {
      throw new IllegalArgumentException("not a quiz id: " + key);
    }
    this.key = key;
  }

  /** From now on new attempts are taken on this version; earlier attempts keep theirs. */
  public void makeCurrent(QuizVersion next) {
    if (next.getQuiz() != this) {
      throw new IllegalArgumentException(
          "version " + next.getNumber() + " belongs to another quiz than " + key);
    }
    this.currentVersion = next;
  }

  public void publish(boolean published) {
    this.published = published;
  }

  /** Every employee sees the quiz. */
  public void openToEveryone() {
    audienceAll = true;
    audienceUnits.clear();
  }

  /** Only employees of these units or of units below them see the quiz. */
  public void restrictTo(Collection<Long> unitIds) {
    if (unitIds.isEmpty()) {
      throw new IllegalArgumentException("an audience of chosen units needs at least one unit");
    }
    audienceAll = false;
    audienceUnits.retainAll(unitIds);
    audienceUnits.addAll(unitIds);
  }

  /**
   * Whether an employee is in the audience, given their unit and the units above it: the audience
   * is everyone, or one of those units was chosen.
   */
  public boolean admits(Collection<Long> unitChain) {
    return audienceAll || unitChain.stream().anyMatch(audienceUnits::contains);
  }

  public Long getId() {
    return id;
  }

  public String getKey() {
    return key;
  }

  public QuizVersion getCurrentVersion() {
    return currentVersion;
  }

  public boolean isPublished() {
    return published;
  }

  public boolean isAudienceAll() {
    return audienceAll;
  }

  public Set<Long> getAudienceUnits() {
    return Set.copyOf(audienceUnits);
  }

  public long getVersion() {
    return version;
  }
}
