package kr.cheongnabi.survey.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.boundary.Uploads;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.UploadLimit;
import kr.cheongnabi.survey.control.ContactFile;
import kr.cheongnabi.survey.control.Rounds.RoundRow;
import kr.cheongnabi.survey.control.SurveyRounds;
import kr.cheongnabi.survey.entity.RespondentGroup;
import kr.cheongnabi.survey.entity.SurveyKind;
import kr.cheongnabi.survey.entity.SurveyVersion;
import org.primefaces.model.file.UploadedFile;

/**
 * hr/surveys.xhtml: the integrity officer's page. The surveys and their versions; opening a round
 * after seeing how many employees it asks; the rounds with their response rates; closing a round;
 * one-time codes for the external survey.
 */
@Named
@ViewScoped
public class SurveysBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final UploadLimit CONTACTS_LIMIT = UploadLimit.mebibytes(2);
  private static final int PROBLEMS_SHOWN = 50;

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
  private transient UploadedFile contacts;

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
      Messages.info(
          "survey.round.opened", String.valueOf(round.getYear()), round.getEligibleCount());
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

  /**
   * Makes a code for every contact of the uploaded CSV and gives the file back with the codes;
   * nothing is made when any row is wrong, and every problem is listed with its line and column.
   */
  public void importContacts() {
    if (!Uploads.chosen(contacts)) {
      Messages.errorOn("codes:contacts", "survey.contacts.empty");
      return;
    }
    ContactFile.Read read;
    try {
      read = ContactFile.read(Uploads.read(contacts, CONTACTS_LIMIT), codeGroup);
    } catch (BusinessException e) {
      Messages.errorOn("codes:contacts", e.getMessageKey(), e.getArguments());
      return;
    }
    if (!read.problems().isEmpty()) {
      String file = contacts.getFileName();
      read.problems().stream()
          .limit(PROBLEMS_SHOWN)
          .forEach(
              p ->
                  Messages.error(
                      "survey.contacts.problem",
                      file,
                      p.line(),
                      p.column() == null ? "" : p.column(),
                      Messages.text(p.key(), p.args().toArray())));
      return;
    }
    try {
      var made = rounds.codes(codeRound, read.contacts());
      ContactCodesCsv.send(read, made, "codes-" + contacts.getFileName());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public UploadedFile getContacts() {
    return contacts;
  }

  public void setContacts(UploadedFile contacts) {
    this.contacts = contacts;
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
