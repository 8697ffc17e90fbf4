package kr.cheongnabi.learning.entity;

import jakarta.persistence.AttributeOverride;
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
import jakarta.persistence.Table;
import java.util.Objects;
import kr.cheongnabi.learning.control.LessonDraft;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.control.TextFormat;

/** One lesson of a module, at its place in the module's order. */
@Entity
@Table(name = "module_lesson")
public class Lesson {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "module_id")
  private TrainingModule module;

  private int position;

  @Enumerated(EnumType.STRING)
  private LessonKind kind;

  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "title_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  private Bilingual title;

  @Enumerated(EnumType.STRING)
  @Column(name = "body_format")
  private TextFormat bodyFormat;

  /** A TEXT lesson's body; null for the other kinds. */
  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "body_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "body_en"))
  private Bilingual body;

  @Column(name = "file_id")
  private Long fileId;

  private String url;

  /** The integrity case the lesson offers to read; null for none. */
  @Column(name = "case_key")
  private String caseKey;

  protected Lesson() {}

  Lesson(TrainingModule module, int position, LessonDraft draft) {
    this.module = Objects.requireNonNull(module, "module");
    this.position = position;
    this.kind = draft.kind();
    change(draft);
  }

  /** Takes the draft's texts; the kind of a lesson never changes. */
  public void change(LessonDraft draft) {
    if (draft.kind() != kind) {
      throw new IllegalArgumentException("a " + kind + " lesson cannot become " + draft.kind());
    }
    title = new Bilingual(draft.titleKo(), draft.titleEn());
    bodyFormat = kind == LessonKind.TEXT ? draft.bodyFormat() : null;
    body = kind == LessonKind.TEXT ? new Bilingual(draft.bodyKo(), draft.bodyEn()) : null;
    url = kind == LessonKind.LINK ? draft.url() : null;
    caseKey = draft.caseKey();
  }

  /** The lesson's file from now on; the id of the one it replaces, if any. */
  public Long attach(long storedFileId) {
    if (kind != LessonKind.FILE) {
      throw new IllegalStateException("only a file lesson has a file");
    }
    var replaced = fileId;
    fileId = storedFileId;
    return replaced;
  }

  public LessonDraft draft() {
    return new LessonDraft(
        kind,
        title.ko(),
        title.en(),
        bodyFormat,
        body == null ? null : body.ko(),
        body == null ? null : body.en(),
        url,
        caseKey);
  }

  void placeAt(int position) {
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public TrainingModule getModule() {
    return module;
  }

  public int getPosition() {
    return position;
  }

  /** The lesson's number as people count, from 1. */
  public int number() {
    return position + 1;
  }

  public LessonKind getKind() {
    return kind;
  }

  public Bilingual getTitle() {
    return title;
  }

  public TextFormat getBodyFormat() {
    return bodyFormat;
  }

  /** A TEXT lesson's body; null for the other kinds. */
  public Bilingual getBody() {
    return body;
  }

  public Long getFileId() {
    return fileId;
  }

  public String getUrl() {
    return url;
  }

  /** The integrity case the lesson offers to read; null for none. */
  public String getCaseKey() {
    return caseKey;
  }
}
