package kr.cheongnabi.learning.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import kr.cheongnabi.learning.control.LessonDraft;
import kr.cheongnabi.learning.control.ModuleSettings;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.control.TextFormat;

/**
 * A training module: its texts, the minutes it credits, its lessons in order, its final quiz, when
 * and for whom it is open. Known by a key that never changes, as a quiz is.
 */
@Entity
@Table(name = "training_module")
@NamedQuery(name = TrainingModule.ALL, query = "SELECT m FROM TrainingModule m ORDER BY m.key")
@NamedQuery(
    name = TrainingModule.BY_KEY,
    query = "SELECT m FROM TrainingModule m WHERE m.key = :key")
@NamedQuery(
    name = TrainingModule.PUBLISHED,
    query =
        "SELECT DISTINCT m FROM TrainingModule m LEFT JOIN FETCH m.audienceUnitIds"
            + " WHERE m.published = TRUE ORDER BY m.key")
public class TrainingModule {

  public static final String ALL = "TrainingModule.all";
  public static final String BY_KEY = "TrainingModule.byKey";
  public static final String PUBLISHED = "TrainingModule.published";

  /** Lower-case letters, digits and hyphens, as in the addresses of its pages. */
  public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "module_key")
  private String key;

  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "title_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  private Bilingual title;

  @Enumerated(EnumType.STRING)
  @Column(name = "description_format")
  private TextFormat descriptionFormat = TextFormat.MARKDOWN;

  /** Null until the trainer writes one. */
  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "description_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "description_en"))
  private Bilingual description;

  @Column(name = "credit_minutes")
  private int creditMinutes;

  @Column(name = "quiz_id")
  private Long quizId;

  @Column(name = "available_from")
  private LocalDate availableFrom;

  @Column(name = "available_until")
  private LocalDate availableUntil;

  private boolean published;

  @Column(name = "audience_all")
  private boolean audienceAll = true;

  @ElementCollection
  @CollectionTable(name = "module_audience_unit", joinColumns = @JoinColumn(name = "module_id"))
  @Column(name = "org_unit_id")
  private Set<Long> audienceUnitIds = new HashSet<>();

  @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Lesson> lessons = new ArrayList<>();

  @Version private long version;

  protected TrainingModule() {}

  public TrainingModule(String key, Bilingual title) {
    Objects.requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a module key: " + key);
    }
    this.key = key;
    this.title = Objects.requireNonNull(title, "title");
  }

  /** Takes settings that have no problems (see {@link ModuleSettings#problems()}). */
  public void change(ModuleSettings settings) {
    title = new Bilingual(settings.titleKo(), settings.titleEn());
    descriptionFormat = settings.descriptionFormat();
    description = new Bilingual(settings.descriptionKo(), settings.descriptionEn());
    creditMinutes = settings.creditMinutes();
    quizId = settings.quizId();
    availableFrom = settings.availableFrom();
    availableUntil = settings.availableUntil();
    audienceAll = settings.audienceAll();
    audienceUnitIds.clear();
    if (!audienceAll) {
      audienceUnitIds.addAll(settings.audienceUnitIds());
    }
  }

  public ModuleSettings settings() {
    return new ModuleSettings(
        title.ko(),
        title.en(),
        descriptionFormat,
        description == null ? null : description.ko(),
        description == null ? null : description.en(),
        creditMinutes,
        quizId,
        availableFrom,
        availableUntil,
        audienceAll,
        Set.copyOf(audienceUnitIds));
  }

  public void publish(boolean published) {
    this.published = published;
  }

  /** Whether the module can be taken on the given day (in Korea). */
  public boolean isOpenOn(LocalDate day) {
    return (availableFrom == null || !day.isBefore(availableFrom))
        && (availableUntil == null || !day.isAfter(availableUntil));
  }

  /**
   * Whether an employee is in the audience, given their unit and its ancestors: everyone is, or one
   * of those units was chosen (a unit includes its sub-units).
   */
  public boolean isFor(Collection<Long> unitAndAncestors) {
    return audienceAll || !Collections.disjoint(audienceUnitIds, unitAndAncestors);
  }

  public Lesson addLesson(LessonDraft draft) {
    var lesson = new Lesson(this, lessons.size(), draft);
    lessons.add(lesson);
    return lesson;
  }

  public void removeLesson(Lesson lesson) {
    lessons.remove(lesson);
    renumber();
  }

  /** Moves the lesson one place earlier ({@code -1}) or later ({@code +1}), if it can. */
  public void move(Lesson lesson, int step) {
    int from = lessons.indexOf(lesson);
    int to = from + Integer.signum(step);
    if (from < 0 || to < 0 || to >= lessons.size()) {
      return;
    }
    Collections.swap(lessons, from, to);
    renumber();
  }

  private void renumber() {
    for (int i = 0; i < lessons.size(); i++) {
      lessons.get(i).placeAt(i);
    }
  }

  public Long getId() {
    return id;
  }

  public String getKey() {
    return key;
  }

  public Bilingual getTitle() {
    return title;
  }

  public TextFormat getDescriptionFormat() {
    return descriptionFormat;
  }

  /** The description, or null before the trainer writes one. */
  public Bilingual getDescription() {
    return description;
  }

  public int getCreditMinutes() {
    return creditMinutes;
  }

  public Long getQuizId() {
    return quizId;
  }

  public LocalDate getAvailableFrom() {
    return availableFrom;
  }

  public LocalDate getAvailableUntil() {
    return availableUntil;
  }

  public boolean isPublished() {
    return published;
  }

  public boolean isAudienceAll() {
    return audienceAll;
  }

  public Set<Long> getAudienceUnitIds() {
    return Collections.unmodifiableSet(audienceUnitIds);
  }

  public List<Lesson> getLessons() {
    return Collections.unmodifiableList(lessons);
  }

  public long getVersion() {
    return version;
  }
}
