package kr.cheongnabi.cases.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kr.cheongnabi.cases.control.CaseDraft;
import kr.cheongnabi.cases.entity.Law;
import kr.cheongnabi.quiz.control.TextFormat;

/** The case being written in trainer/case.xhtml: the strings the trainer types and ticks. */
public class CaseForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String key;
  private TextFormat format = TextFormat.MARKDOWN;
  private String titleKo;
  private String titleEn;
  private String situationKo;
  private String situationEn;
  private String ruleKo;
  private String ruleEn;
  private String conductKo;
  private String conductEn;
  private String lawKo;
  private String lawEn;
  private List<String> dutyAreas = new ArrayList<>();
  private List<String> laws = new ArrayList<>();

  static CaseForm of(CaseDraft draft) {
    var form = new CaseForm();
    form.key = draft.key();
    form.format = draft.format();
    form.titleKo = draft.titleKo();
    form.titleEn = draft.titleEn();
    form.situationKo = draft.situationKo();
    form.situationEn = draft.situationEn();
    form.ruleKo = draft.ruleKo();
    form.ruleEn = draft.ruleEn();
    form.conductKo = draft.conductKo();
    form.conductEn = draft.conductEn();
    form.lawKo = draft.lawKo();
    form.lawEn = draft.lawEn();
    form.dutyAreas = new ArrayList<>(draft.dutyAreas());
    form.laws = new ArrayList<>(draft.laws().stream().map(Law::name).toList());
    return form;
  }

  CaseDraft toDraft() {
    var chosen = EnumSet.noneOf(Law.class);
    laws.forEach(name -> chosen.add(Law.valueOf(name)));
    return new CaseDraft(
        key,
        format,
        titleKo,
        titleEn,
        situationKo,
        situationEn,
        ruleKo,
        ruleEn,
        conductKo,
        conductEn,
        lawKo,
        lawEn,
        Set.copyOf(dutyAreas),
        chosen);
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public TextFormat getFormat() {
    return format;
  }

  public void setFormat(TextFormat format) {
    this.format = format;
  }

  public String getTitleKo() {
    return titleKo;
  }

  public void setTitleKo(String titleKo) {
    this.titleKo = titleKo;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getSituationKo() {
    return situationKo;
  }

  public void setSituationKo(String situationKo) {
    this.situationKo = situationKo;
  }

  public String getSituationEn() {
    return situationEn;
  }

  public void setSituationEn(String situationEn) {
    this.situationEn = situationEn;
  }

  public String getRuleKo() {
    return ruleKo;
  }

  public void setRuleKo(String ruleKo) {
    this.ruleKo = ruleKo;
  }

  public String getRuleEn() {
    return ruleEn;
  }

  public void setRuleEn(String ruleEn) {
    this.ruleEn = ruleEn;
  }

  public String getConductKo() {
    return conductKo;
  }

  public void setConductKo(String conductKo) {
    this.conductKo = conductKo;
  }

  public String getConductEn() {
    return conductEn;
  }

  public void setConductEn(String conductEn) {
    this.conductEn = conductEn;
  }

  public String getLawKo() {
    return lawKo;
  }

  public void setLawKo(String lawKo) {
    this.lawKo = lawKo;
  }

  public String getLawEn() {
    return lawEn;
  }

  public void setLawEn(String lawEn) {
    this.lawEn = lawEn;
  }

  /** Codes of the duty areas ticked. */
  public List<String> getDutyAreas() {
    return dutyAreas;
  }

  public void setDutyAreas(List<String> dutyAreas) {
    this.dutyAreas = dutyAreas == null ? new ArrayList<>() : new ArrayList<>(dutyAreas);
  }

  /** Names of the laws ticked ({@link Law#name()}). */
  public List<String> getLaws() {
    return laws;
  }

  public void setLaws(List<String> laws) {
    this.laws = laws == null ? new ArrayList<>() : new ArrayList<>(laws);
  }
}
