package kr.cheongnabi.requirement.boundary;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.requirement.control.GroupKind;
import kr.cheongnabi.requirement.control.GroupOverride;
import kr.cheongnabi.requirement.control.RecomputeProgress;
import kr.cheongnabi.requirement.control.RequirementSettings;
import kr.cheongnabi.requirement.control.RequirementValues;
import kr.cheongnabi.requirement.control.Requirements;

/**
 * hr/requirement.xhtml: a year's target, legal floor and alert settings, the groups that owe
 * something else, the record of every change, and how far computing what everyone owes has got.
 * Hours are entered with one decimal and kept as minutes.
 */
@Named
@ViewScoped
public class RequirementBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int YEARS_BACK = 4;
  private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
  private static final Duration WAIT_FOR_START = Duration.ofMinutes(1);

  @Inject Requirements requirements;
  @Inject Clock clock;

  private int year;
  private List<Integer> years = List.of();
  private RequirementSettings settings;
  private RecomputeProgress progress;
  private LocalDateTime recomputeAskedAt;
  private boolean polling;

  private BigDecimal targetHours;
  private BigDecimal floorHours;
  private int alertDaysBefore;
  private boolean alertUnitHead;

  private GroupKind groupKind = GroupKind.SENIOR_OFFICIAL;
  private String groupValue;
  private BigDecimal groupTargetHours;
  private BigDecimal groupFloorHours;

  public void load() {
    var thisYear = TrainingYear.of(clock.instant()).value();
    if (year == 0) {
      year = thisYear;
    }
    years = IntStream.rangeClosed(-1, YEARS_BACK).mapToObj(back -> thisYear - back).toList();
    show();
  }

  public void show() {
    settings = requirements.settings(year);
    targetHours = hours(settings.target().targetMinutes());
    floorHours = hours(settings.target().floorMinutes());
    alertDaysBefore = settings.alertDaysBefore();
    alertUnitHead = settings.alertUnitHead();
    refreshProgress();
  }

  /**
   * Reads the progress again; the page keeps asking while a run goes or one asked for has not
   * begun.
   */
  public void refreshProgress() {
    progress = requirements.progress(year).orElse(null);
    var now = LocalDateTime.now(clock.withZone(TrainingYear.KOREA));
    var awaited =
        recomputeAskedAt != null
            && recomputeAskedAt.plus(WAIT_FOR_START).isAfter(now)
            && (progress == null || progress.startedAt().isBefore(recomputeAskedAt));
    polling = awaited || (progress != null && progress.running());
  }

  public void save() {
    attempt(
        () ->
            requirements.change(
                year,
                settings.version(),
                new RequirementValues(
                    minutes(targetHours), minutes(floorHours), alertDaysBefore, alertUnitHead)),
        "requirement.saved");
  }

  public void putGroup() {
    attempt(
        () ->
            requirements.putOverride(
                year,
                settings.version(),
                groupKind,
                groupValue,
                minutes(groupTargetHours),
                minutes(groupFloorHours)),
        "requirement.groupSaved");
  }

  /** Fills the group form with a group's figures, to change them. */
  public void editGroup(GroupOverride group) {
    groupKind = group.kind();
    groupValue = group.value();
    groupTargetHours = hours(group.target().targetMinutes());
    groupFloorHours = hours(group.target().floorMinutes());
  }

  public void removeGroup(GroupOverride group) {
    attempt(
        () -> requirements.removeOverride(year, settings.version(), group.kind(), group.value()),
        "requirement.groupRemoved");
  }

  public void recompute() {
    recomputeAskedAt = LocalDateTime.now(clock.withZone(TrainingYear.KOREA)).minusSeconds(1);
    requirements.recompute(year);
    refreshProgress();
    Messages.info("requirement.recomputeStarted", String.valueOf(year));
  }

  private void attempt(Runnable change, String doneKey) {
    try {
      change.run();
      Messages.info(doneKey, String.valueOf(year));
    } catch (BusinessException e) {
      Messages.error(e);
    } catch (EJBException e) {
      // The commit found a change made meanwhile on another instance.
      Messages.error("requirement.changedMeanwhile", String.valueOf(year));
    }
    show();
  }

  private static BigDecimal hours(int minutes) {
    return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 1, RoundingMode.HALF_UP);
  }

  private static int minutes(BigDecimal hours) {
    if (hours == null) {
      throw new BusinessException("requirement.targetInvalid");
    }
    return hours.multiply(MINUTES_PER_HOUR).setScale(0, RoundingMode.HALF_UP).intValueExact();
  }

  public boolean isPolling() {
    return polling;
  }

  public GroupKind[] getGroupKinds() {
    return GroupKind.values();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public List<Integer> getYears() {
    return years;
  }

  public RequirementSettings getSettings() {
    return settings;
  }

  public RecomputeProgress getProgress() {
    return progress;
  }

  public BigDecimal getTargetHours() {
    return targetHours;
  }

  public void setTargetHours(BigDecimal targetHours) {
    this.targetHours = targetHours;
  }

  public BigDecimal getFloorHours() {
    return floorHours;
  }

  public void setFloorHours(BigDecimal floorHours) {
    this.floorHours = floorHours;
  }

  public int getAlertDaysBefore() {
    return alertDaysBefore;
  }

  public void setAlertDaysBefore(int alertDaysBefore) {
    this.alertDaysBefore = alertDaysBefore;
  }

  public boolean isAlertUnitHead() {
    return alertUnitHead;
  }

  public void setAlertUnitHead(boolean alertUnitHead) {
    this.alertUnitHead = alertUnitHead;
  }

  public GroupKind getGroupKind() {
    return groupKind;
  }

  public void setGroupKind(GroupKind groupKind) {
    this.groupKind = groupKind;
  }

  public String getGroupValue() {
    return groupValue;
  }

  public void setGroupValue(String groupValue) {
    this.groupValue = groupValue;
  }

  public BigDecimal getGroupTargetHours() {
    return groupTargetHours;
  }

  public void setGroupTargetHours(BigDecimal groupTargetHours) {
    this.groupTargetHours = groupTargetHours;
  }

  public BigDecimal getGroupFloorHours() {
    return groupFloorHours;
  }

  public void setGroupFloorHours(BigDecimal groupFloorHours) {
    this.groupFloorHours = groupFloorHours;
  }
}
