package kr.cheongnabi.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import kr.cheongnabi.quiz.control.QuizSettings;

/**
 * An OX quiz, known by the id of its file ({@code // @quiz}). Its content lives in its versions;
 * the quiz itself only says which version is current and who may see it.
 */
@Entity
@Table(name = "quiz")
@NamedQuery(name = Quiz.BY_KEY, query = "SELECT q FROM Quiz q WHERE q.key = :key")
public class Quiz {

  public static final String BY_KEY = "Quiz.byKey";

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

  public long getVersion() {
    return version;
  }
}
