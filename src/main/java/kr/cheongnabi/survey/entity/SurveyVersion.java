package kr.cheongnabi.survey.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * One version of a survey as it was loaded from its file: a changed file becomes the next version,
 * and a round keeps the version it was opened with. The definition is kept as the file's text, read
 * again by {@code SurveyReader} when it is needed.
 */
@Entity
@Table(name = "survey_version")
@NamedQuery(
    name = SurveyVersion.LATEST,
    query =
        "SELECT v FROM SurveyVersion v WHERE v.versionNo = (SELECT MAX(w.versionNo) FROM"
            + " SurveyVersion w WHERE w.surveyKey = v.surveyKey) ORDER BY v.surveyKey")
public class SurveyVersion {

  public static final String LATEST = "SurveyVersion.latest";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "survey_key")
  private String surveyKey;

  @Column(name = "version_no")
  private int versionNo;

  @Enumerated(EnumType.STRING)
  private SurveyKind kind;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "ko", column = @Column(name = "title_ko")),
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  })
  private Bilingual title;

  @Column(name = "source_file")
  private String sourceFile;

  private String sha256;

  private String definition;

  @Column(name = "loaded_at")
  private Instant loadedAt;

  protected SurveyVersion() {}

  public SurveyVersion(
      SurveyDefinition survey,
      int versionNo,
      String sourceFile,
      String sha256,
      String definition,
      Instant loadedAt) {
    this.surveyKey = survey.key();
    this.kind = survey.kind();
    this.title = survey.title();
    this.versionNo = versionNo;
    this.sourceFile = sourceFile;
    this.sha256 = sha256;
    this.definition = definition;
    this.loadedAt = loadedAt;
  }

  public Long getId() {
    return id;
  }

  public String getSurveyKey() {
    return surveyKey;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public SurveyKind getKind() {
    return kind;
  }

  public Bilingual getTitle() {
    return title;
  }

  public String getSourceFile() {
    return sourceFile;
  }

  public String getSha256() {
    return sha256;
  }

  public String getDefinition() {
    return definition;
  }
}
