package kr.cheongnabi.learning.boundary;

import java.time.LocalDate;
import java.util.Set;
import kr.cheongnabi.learning.control.ModuleSettings;
import kr.cheongnabi.quiz.control.TextFormat;

/** The settings fields of trainer/module.xhtml, as the form edits them. */
public class ModuleForm extends TitlesForm {

  private static final long serialVersionUID = 1L;

  private TextFormat descriptionFormat;
  private String descriptionKo;
  private String descriptionEn;
  private Integer creditMinutes;
  private Long quizId;
  private LocalDate availableFrom;
  private LocalDate availableUntil;
  private boolean audienceAll;

  static ModuleForm of(ModuleSettings settings) {
    var form = new ModuleForm();
    form.setTitleKo(settings.titleKo());
    form.setTitleEn(settings.titleEn());
    form.descriptionFormat = settings.descriptionFormat();
    form.descriptionKo = settings.descriptionKo();
    form.descriptionEn = settings.descriptionEn();
    form.creditMinutes = settings.creditMinutes() == 0 ? null : settings.creditMinutes();
    form.quizId = settings.quizId();
    form.availableFrom = settings.availableFrom();
    form.availableUntil = settings.availableUntil();
    form.audienceAll = settings.audienceAll();
    return form;
  }

  ModuleSettings toSettings(Set<Long> audienceUnitIds) {
    return new ModuleSettings(
        getTitleKo(),
        getTitleEn(),
        descriptionFormat,
        descriptionKo,
        descriptionEn,
        creditMinutes == null ? 0 : creditMinutes,
        quizId,
        availableFrom,
        availableUntil,
        audienceAll,
        audienceUnitIds);
  }

  public TextFormat getDescriptionFormat() {
    return descriptionFormat;
  }

  public void setDescriptionFormat(TextFormat descriptionFormat) {
    this.descriptionFormat = descriptionFormat;
  }

  public String getDescriptionKo() {
    return descriptionKo;
  }

  public void setDescriptionKo(String descriptionKo) {
    this.descriptionKo = descriptionKo;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public void setDescriptionEn(String descriptionEn) {
    this.descriptionEn = descriptionEn;
  }

  public Integer getCreditMinutes() {
    return creditMinutes;
  }

  public void setCreditMinutes(Integer creditMinutes) {
    this.creditMinutes = creditMinutes;
  }

  public Long getQuizId() {
    return quizId;
  }

  public void setQuizId(Long quizId) {
    this.quizId = quizId;
  }

  public LocalDate getAvailableFrom() {
    return availableFrom;
  }

  public void setAvailableFrom(LocalDate availableFrom) {
    this.availableFrom = availableFrom;
  }

  public LocalDate getAvailableUntil() {
    return availableUntil;
  }

  public void setAvailableUntil(LocalDate availableUntil) {
    this.availableUntil = availableUntil;
  }

  public boolean isAudienceAll() {
    return audienceAll;
  }

  public void setAudienceAll(boolean audienceAll) {
    this.audienceAll = audienceAll;
  }
}
