package kr.cheongnabi.cases.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import kr.cheongnabi.cases.control.CaseDraft;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.control.TextFormat;

/**
 * A short integrity case: a situation from the work of a city's staff, what the rule says, the
 * right conduct and the law referenced. Korean is required; English is optional, part by part, and
 * a reader of English sees the Korean part where there is none. Tagged by duty area and by law.
 * Employees see it once it is published.
 */
@Entity
@Table(name = "integrity_case")
@NamedQuery(name = IntegrityCase.BY_KEY, query = "SELECT c FROM IntegrityCase c WHERE c.key = :key")
@NamedQuery(
    name = IntegrityCase.ALL,
    query = "SELECT c FROM IntegrityCase c ORDER BY c.published, c.title.ko")
@NamedQuery(
    name = IntegrityCase.KEY_EXISTS,
    query = "SELECT COUNT(c) FROM IntegrityCase c WHERE c.key = :key")
public class IntegrityCase {

  public static final String BY_KEY = "IntegrityCase.byKey";
  public static final String ALL = "IntegrityCase.all";
  public static final String KEY_EXISTS = "IntegrityCase.keyExists";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_key")
  private String key;

  @Enumerated(EnumType.STRING)
  @Column(name = "text_format")
  private TextFormat format;

  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "title_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  private Bilingual title;

  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "situation_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "situation_en"))
  private Bilingual situation;

  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "rule_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "rule_en"))
  private Bilingual rule;

  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "conduct_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "conduct_en"))
  private Bilingual conduct;

  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "law_reference_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "law_reference_en"))
  private Bilingual lawReference;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "integrity_case_duty_area", joinColumns = @JoinColumn(name = "case_id"))
  @Column(name = "duty_area_code")
  private Set<String> dutyAreas = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "integrity_case_law", joinColumns = @JoinColumn(name = "case_id"))
  @Column(name = "law")
  @Enumerated(EnumType.STRING)
  private Set<Law> laws = new HashSet<>();

  private boolean published;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Enumerated(EnumType.STRING)
  private CaseOrigin origin;

  @Column(name = "file_sha256")
  private String fileSha256;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private long version;

  protected IntegrityCase() {}

  /** A new case, not yet published. */
  public IntegrityCase(CaseDraft draft, CaseOrigin origin, String by, Instant at) {
    this.key = draft.key();
    change(draft, origin, by, at);
  }

  /** Takes the draft's texts and tags; the key never changes. */
  public void change(CaseDraft draft, CaseOrigin origin, String by, Instant at) {
    if (!draft.key().equals(key)) {
      throw new IllegalArgumentException("case " + key + " cannot become " + draft.key());
    }
    format = draft.format();
    title = Bilingual.optional(draft.titleKo(), draft.titleEn());
    situation = Bilingual.optional(draft.situationKo(), draft.situationEn());
    rule = Bilingual.optional(draft.ruleKo(), draft.ruleEn());
    conduct = Bilingual.optional(draft.conductKo(), draft.conductEn());
    lawReference = Bilingual.optional(draft.lawKo(), draft.lawEn());
    dutyAreas.clear();
    dutyAreas.addAll(draft.dutyAreas());
    laws.clear();
    laws.addAll(draft.laws());
    this.origin = origin;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /**
   * Records the case file last loaded into the case. Edits in the browser keep it, so that the same
   * file, unchanged, does not undo them at the next start.
   */
  public void loadedFrom(String sha256) {
    this.fileSha256 = sha256;
  }

  public void publish(boolean published, Instant at) {
    if (published && !this.published) {
      publishedAt = at;
    }
    this.published = published;
  }

  /** The case as the editor holds it. */
  public CaseDraft draft() {
    return new CaseDraft(
        key,
        format,
        title.ko(),
        title.en(),
        situation.ko(),
        situation.en(),
        rule.ko(),
        rule.en(),
        conduct.ko(),
        conduct.en(),
        lawReference.ko(),
        lawReference.en(),
        new TreeSet<>(dutyAreas),
        laws.isEmpty() ? EnumSet.noneOf(Law.class) : EnumSet.copyOf(laws));
  }

  public Long getId() {
    return id;
  }

  public String getKey() {
    return key;
  }

  public TextFormat getFormat() {
    return format;
  }

  public Bilingual getTitle() {
    return title;
  }

  public Bilingual getSituation() {
    return situation;
  }

  public Bilingual getRule() {
    return rule;
  }

  public Bilingual getConduct() {
    return conduct;
  }

  public Bilingual getLawReference() {
    return lawReference;
  }

  public Set<String> getDutyAreas() {
    return Set.copyOf(dutyAreas);
  }

  public Set<Law> getLaws() {
    return Set.copyOf(laws);
  }

  public boolean isPublished() {
    return published;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public CaseOrigin getOrigin() {
    return origin;
  }

  public String getFileSha256() {
    return fileSha256;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
