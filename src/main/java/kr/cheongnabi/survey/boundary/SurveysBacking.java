package kr.cheongnabi.survey.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.survey.control.Rounds.RoundRow;
import kr.cheongnabi.survey.control.SurveyRounds;
import kr.cheongnabi.survey.entity.RespondentGroup;
import kr.cheongnabi.survey.entity.SurveyKind;
import kr.cheongnabi.survey.entity.SurveyVersion;

/**
 * hr/surveys.xhtml: the integrity officer's page. The surveys and their versions; opening a round
 * after seeing how many employees it asks; the rounds with their response rates; closing a round;
 * one-time codes for the external survey.
 */
@Named
@ViewScoped
public class SurveysBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SurveyRounds rounds;

  private List<SurveyVersion> surveys;
  private List<RoundRow> rows;
  private List<RoundRow> externalRounds;
  private Long versionId;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private Integer eligible;
  private Long codeRound;
  private RespondentGroup codeGroup = RespondentGroup.CONSTRUCTION;
  private int codeCount = 100;
  private String codes;

  public void load() {
    surveys = rounds.surveys();
    rows = rounds.rows();
    externalRounds =
        rows.stream()
            .filter(r -> r.round().getSurveyVersion().getKind() == SurveyKind.EXTERNAL)
            .filter(r -> !r.round().isClosed())
            .toList();
  }

  /** Shows how many employees a round starting on the chosen day would ask. */
  public void count() {
    if (startsOn == null) {
      Messages.errorOn("open:startsOn", "survey.round.dates");
      return;
    }
    eligible = rounds.eligibleCount(startsOn);
  }

  public void open() {
    try {
      var round = rounds.open(versionId, startsOn, endsOn);
      Messages.info("survey.round.opened", round.getYear(), round.getEligibleCount());
      eligible = null;
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public void close(long roundId) {
    rounds.close(roundId);
    Messages.info("survey.round.closed");
    load();
  }

  public void makeCodes() {
    try {
      codes = String.join("\n", rounds.codes(codeRound, codeGroup, codeCount));
      Messages.info("survey.codes.made", codeCount);
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public RespondentGroup[] getGroups() {
    return RespondentGroup.values();
  }

  public List<SurveyVersion> getSurveys() {
    return surveys;
  }

  public List<RoundRow> getRows() {
    return rows;
  }

  /** The external rounds still open, for which codes can be made. */
  public List<RoundRow> getExternalRounds() {
    return externalRounds;
  }

  public Long getVersionId() {
    return versionId;
  }

  public void setVersionId(Long versionId) {
    this.versionId = versionId;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public Integer getEligible() {
    return eligible;
  }

  public Long getCodeRound() {
    return codeRound;
  }

  public void setCodeRound(Long codeRound) {
    this.codeRound = codeRound;
  }

  public RespondentGroup getCodeGroup() {
    return codeGroup;
  }

  public void setCodeGroup(RespondentGroup codeGroup) {
    this.codeGroup = codeGroup;
  }

  public int getCodeCount() {
    return codeCount;
  }

  public void setCodeCount(int codeCount) {
    this.codeCount = codeCount;
  }

  public String getCodes() {
    return codes;
  }
}
