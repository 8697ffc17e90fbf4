package kr.cheongnabi.campaign.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import kr.cheongnabi.campaign.control.CampaignDraft;
import kr.cheongnabi.campaign.control.Campaigns;
import kr.cheongnabi.campaign.control.ExternalRecipient;
import kr.cheongnabi.campaign.control.ExternalRecipientsCsv;
import kr.cheongnabi.campaign.control.KoreanHolidays;
import kr.cheongnabi.campaign.entity.CampaignSchedule;
import kr.cheongnabi.cases.control.CaseBook;
import kr.cheongnabi.people.boundary.UnitOption;
import kr.cheongnabi.people.control.DutyAreas;
import kr.cheongnabi.people.control.OrgUnits;
import kr.cheongnabi.people.entity.DutyArea;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.boundary.Uploads;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.UploadLimit;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.TrainingYear;
import org.primefaces.model.file.UploadedFile;

/**
 * hr/campaign-new.xhtml: the integrity officer writes a campaign, picks its recipients and its
 * schedule, and saves it or sends it now. The external recipients' CSV is read on saving; a file
 * with a problem saves nothing and lists every problem by line and column.
 */
@Named
@ViewScoped
public class NewCampaignBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The external recipients' list: a few thousand rows at most. */
  static final UploadLimit EXTERNAL_LIMIT = UploadLimit.mebibytes(2);

  @Inject Campaigns campaigns;
  @Inject DutyAreas dutyAreas;
  @Inject OrgUnits units;
  @Inject CaseBook cases;

  /** A published case to choose, by key and title. */
  public record CaseOption(String key, Bilingual title) implements Serializable {}

  /** A problem of the external recipients' file. */
  public record Problem(int line, String column, String text) implements Serializable {}

  private List<DutyArea> areaOptions = List.of();
  private List<UnitOption> unitOptions = List.of();
  private List<CaseOption> caseOptions = List.of();
  private List<Problem> problems = List.of();

  private String title;
  private String messageKo;
  private String messageEn;
  private String pledgeKo;
  private String pledgeEn;
  private String channelsKo;
  private String channelsEn;
  private String caseKey;
  private List<String> areas = new ArrayList<>();
  private List<Long> unitIds = new ArrayList<>();
  private boolean seniorOfficials;
  private CampaignSchedule schedule = CampaignSchedule.ON_DATE;
  private LocalDate sendOn;
  private Integer remindAfterDays;
  private transient UploadedFile externals;

  public void load() {
    areaOptions = dutyAreas.all();
    unitOptions = UnitOption.of(units.all());
    caseOptions =
        cases.search(null, null, null).stream()
            .map(c -> new CaseOption(c.getKey(), c.getTitle()))
            .toList();
  }

  /** Saves the campaign for its schedule. */
  public String save() {
    return create(false);
  }

  /** Saves the campaign and sends it at once. */
  public String sendNow() {
    return create(true);
  }

  private String create(boolean now) {
    problems = List.of();
    List<ExternalRecipient> external = List.of();
    if (Uploads.chosen(externals)) {
      try {
        var read = ExternalRecipientsCsv.read(Uploads.read(externals, EXTERNAL_LIMIT));
        if (!read.problems().isEmpty()) {
          problems =
              read.problems().stream()
                  .map(
                      p ->
                          new Problem(
                              p.line(),
                              p.column(),
                              Messages.text(
                                  "campaign." + p.key(), p.value() == null ? "" : p.value())))
                  .toList();
          Messages.error("campaign.externalsRejected", externals.getFileName(), problems.size());
          return null;
        }
        external = read.recipients();
      } catch (BusinessException e) {
        Messages.error(e);
        return null;
      }
    }
    var draft =
        new CampaignDraft(
            title,
            messageKo,
            messageEn,
            pledgeKo,
            pledgeEn,
            channelsKo,
            channelsEn,
            caseKey,
            new HashSet<>(areas),
            new HashSet<>(unitIds),
            seniorOfficials,
            external,
            now ? CampaignSchedule.NOW : schedule,
            sendOn,
            remindAfterDays);
    try {
      var id = campaigns.create(draft);
      if (now) {
        var run = campaigns.sendNow(id);
        Messages.info("campaign.sent", run.sent(), run.failed());
      } else {
        Messages.info("campaign.saved", title);
      }
      return "/hr/campaign.xhtml?faces-redirect=true&id=" + id;
    } catch (BusinessException e) {
      Messages.error(e.getMessageKey(), fieldNames(e.getArguments()));
      return null;
    }
  }

  /** A field named in a problem is shown by its label. */
  private static Object[] fieldNames(Object[] arguments) {
    return java.util.Arrays.stream(arguments)
        .map(a -> a instanceof String s && s.startsWith("campaign.field.") ? Messages.text(s) : a)
        .toArray();
  }

  /** The next days of the yearly schedules, so HR sees when they would go out. */
  public LocalDate nextSending(CampaignSchedule yearly) {
    return KoreanHolidays.nextSending(yearly, LocalDate.now(TrainingYear.KOREA)).orElse(null);
  }

  public CampaignSchedule[] getSchedules() {
    return new CampaignSchedule[] {
      CampaignSchedule.ON_DATE, CampaignSchedule.BEFORE_SEOLLAL, CampaignSchedule.BEFORE_CHUSEOK
    };
  }

  public List<DutyArea> getAreaOptions() {
    return areaOptions;
  }

  public List<UnitOption> getUnitOptions() {
    return unitOptions;
  }

  public List<CaseOption> getCaseOptions() {
    return caseOptions;
  }

  public List<Problem> getProblems() {
    return problems;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getMessageKo() {
    return messageKo;
  }

  public void setMessageKo(String messageKo) {
    this.messageKo = messageKo;
  }

  public String getMessageEn() {
    return messageEn;
  }

  public void setMessageEn(String messageEn) {
    this.messageEn = messageEn;
  }

  public String getPledgeKo() {
    return pledgeKo;
  }

  public void setPledgeKo(String pledgeKo) {
    this.pledgeKo = pledgeKo;
  }

  public String getPledgeEn() {
    return pledgeEn;
  }

  public void setPledgeEn(String pledgeEn) {
    this.pledgeEn = pledgeEn;
  }

  public String getChannelsKo() {
    return channelsKo;
  }

  public void setChannelsKo(String channelsKo) {
    this.channelsKo = channelsKo;
  }

  public String getChannelsEn() {
    return channelsEn;
  }

  public void setChannelsEn(String channelsEn) {
    this.channelsEn = channelsEn;
  }

  public String getCaseKey() {
    return caseKey;
  }

  public void setCaseKey(String caseKey) {
    this.caseKey = caseKey;
  }

  public List<String> getAreas() {
    return areas;
  }

  public void setAreas(List<String> areas) {
    this.areas = areas == null ? new ArrayList<>() : new ArrayList<>(areas);
  }

  public List<Long> getUnitIds() {
    return unitIds;
  }

  public void setUnitIds(List<Long> unitIds) {
    this.unitIds = unitIds == null ? new ArrayList<>() : new ArrayList<>(unitIds);
  }

  public boolean isSeniorOfficials() {
    return seniorOfficials;
  }

  public void setSeniorOfficials(boolean seniorOfficials) {
    this.seniorOfficials = seniorOfficials;
  }

  public CampaignSchedule getSchedule() {
    return schedule;
  }

  public void setSchedule(CampaignSchedule schedule) {
    this.schedule = schedule;
  }

  public LocalDate getSendOn() {
    return sendOn;
  }

  public void setSendOn(LocalDate sendOn) {
    this.sendOn = sendOn;
  }

  public Integer getRemindAfterDays() {
    return remindAfterDays;
  }

  public void setRemindAfterDays(Integer remindAfterDays) {
    this.remindAfterDays = remindAfterDays;
  }

  public UploadedFile getExternals() {
    return externals;
  }

  public void setExternals(UploadedFile externals) {
    this.externals = externals;
  }
}
