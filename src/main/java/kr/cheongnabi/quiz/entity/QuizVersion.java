package kr.cheongnabi.quiz.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.control.QuizFile;
import kr.cheongnabi.quiz.control.QuizSettings;
import kr.cheongnabi.quiz.control.Statement;

/**
 * One version of a quiz: its settings and statements as they were when the version was written. It
 * is never changed afterwards, so an attempt that refers to it always shows what was asked.
 */
@Entity
@Table(name = "quiz_version")
@NamedQuery(
    name = QuizVersion.OF_QUIZ_NEWEST_FIRST,
    query = "SELECT v FROM QuizVersion v WHERE v.quiz = :quiz ORDER BY v.number DESC")
@NamedQuery(
    name = QuizVersion.CURRENT_BY_KEY,
    query = "SELECT v FROM Quiz q JOIN q.currentVersion v WHERE q.key = :key")
@NamedQuery(
    name = QuizVersion.ALL_CURRENT,
    query = "SELECT v FROM Quiz q JOIN q.currentVersion v ORDER BY q.key")
public class QuizVersion {

  public static final String OF_QUIZ_NEWEST_FIRST = "QuizVersion.ofQuizNewestFirst";
  public static final String CURRENT_BY_KEY = "QuizVersion.currentByKey";
  public static final String ALL_CURRENT = "QuizVersion.allCurrent";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "quiz_id")
  private Quiz quiz;

  @Column(name = "version_no")
  private int number;

  @Column(name = "content_sha256")
  private String contentSha256;

  private String source;

  @Enumerated(EnumType.STRING)
  private Origin origin;

  private String category;

  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "title_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  private Bilingual title;

  @Column(name = "pass_mark_percent")
  private int passMarkPercent;

  @Column(name = "credit_minutes")
  private int creditMinutes;

  @Column(name = "attempts_allowed")
  private int attemptsAllowed;

  @Column(name = "draw_count")
  private int drawCount;

  private boolean shuffle;

  @Column(name = "time_limit_minutes")
  private int timeLimitMinutes;

  @Column(name = "available_from")
  private LocalDate availableFrom;

  @Column(name = "available_until")
  private LocalDate availableUntil;

  @Column(name = "assigned_only")
  private boolean assignedOnly;

  @Column(name = "created_at")
  private Instant createdAt;

  @OneToMany(mappedBy = "quizVersion", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<QuizStatement> statements = new ArrayList<>();

  protected QuizVersion() {}

  /**
   * A version of {@code quiz} holding {@code file}.
   *
   * @param source the text the version was read from, kept as the author wrote it
   * @param contentSha256 the hash that tells whether a later text is the same quiz
   */
  public QuizVersion(
      Quiz quiz,
      int number,
      QuizFile file,
      Origin origin,
      String source,
      String contentSha256,
      Instant createdAt) {
    this.quiz = Objects.requireNonNull(quiz, "quiz");
    if (!quiz.getKey().equals(file.settings().id())) {
      throw new IllegalArgumentException(
          "the file is quiz " + file.settings().id() + ", not " + quiz.getKey());
    }
    if (number < 1) {
      throw new IllegalArgumentException("versions are numbered from 1: " + number);
    }
    this.number = number;
    this.origin = Objects.requireNonNull(origin, "origin");
    this.source = Objects.requireNonNull(source, "source");
    this.contentSha256 = Objects.requireNonNull(contentSha256, "contentSha256");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.category = file.category();
    QuizSettings settings = file.settings();
    this.title = Bilingual.englishOptional(settings.titleKo(), settings.titleEn());
    this.passMarkPercent = settings.passMarkPercent();
    this.creditMinutes = settings.creditMinutes();
    this.attemptsAllowed = settings.attemptsAllowed();
    this.drawCount = settings.draw();
    this.shuffle = settings.shuffle();
    this.timeLimitMinutes = settings.timeLimitMinutes();
    this.availableFrom = settings.availableFrom();
    this.availableUntil = settings.availableUntil();
    this.assignedOnly = settings.assignedOnly();
    List<Statement> bank = file.statements();
    for (int i = 0; i < bank.size(); i++) {
      statements.add(new QuizStatement(this, i, bank.get(i)));
    }
  }

  /** The quiz as its file held it, e.g. to write it out again with the GIFT writer. */
  public QuizFile toQuizFile() {
    return new QuizFile(
        settings(), category, statements.stream().map(QuizStatement::statement).toList());
  }

  public QuizSettings settings() {
    return new QuizSettings(
        quiz.getKey(),
        title.ko(),
        title.en(),
        passMarkPercent,
        creditMinutes,
        attemptsAllowed,
        drawCount,
        shuffle,
        timeLimitMinutes,
        availableFrom,
        availableUntil,
        assignedOnly);
  }

  public Long getId() {
    return id;
  }

  public Quiz getQuiz() {
    return quiz;
  }

  public int getNumber() {
    return number;
  }

  public String getContentSha256() {
    return contentSha256;
  }

  public String getSource() {
    return source;
  }

  public Origin getOrigin() {
    return origin;
  }

  public String getCategory() {
    return category;
  }

  public Bilingual getTitle() {
    return title;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The statements in file order. */
  public List<QuizStatement> getStatements() {
    return Collections.unmodifiableList(statements);
  }
}
