package kr.cheongnabi.requirement.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Objects;
import kr.cheongnabi.ledger.control.YearTarget;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.requirement.entity.RequirementChange;
import kr.cheongnabi.requirement.entity.RequirementOverride;
import kr.cheongnabi.requirement.entity.RequirementYear;

/**
 * The yearly requirements, their changes and the record of every change. Whoever changes a year
 * sends the version they saw; a change made meanwhile by someone else turns theirs down, so nobody
 * overwrites what they never saw. Every change of the year (also of a group) moves the version.
 */
@Stateless
public class RequirementBook {

  private static final int GROUP_VALUE_LENGTH = 50;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<RequirementChanged> changed;

  /** What the year asks, for the rule: its own figures or the defaults, and its groups. */
  public YearRequirement requirementOf(int year) {
    return settings(year).requirement();
  }

  public RequirementSettings settings(int year) {
    var row = em.find(RequirementYear.class, year);
    var overrides =
        em.createNamedQuery(RequirementOverride.OF_YEAR, RequirementOverride.class)
            .setParameter("year", year)
            .getResultStream()
            .map(
                o ->
                    new GroupOverride(
                        GroupKind.valueOf(o.getGroupKind()),
                        o.getGroupValue(),
                        new YearTarget(o.getTargetMinutes(), o.getFloorMinutes())))
            .toList();
    var changes =
        em.createNamedQuery(RequirementChange.OF_YEAR, RequirementChange.class)
            .setParameter("year", year)
            .getResultStream()
            .map(ChangeRow::of)
            .toList();
    if (row == null) {
      return new RequirementSettings(
          year,
          YearTarget.DEFAULT,
          RequirementYear.DEFAULT_ALERT_DAYS_BEFORE,
          false,
          null,
          overrides,
          changes);
    }
    return new RequirementSettings(
        year,
        new YearTarget(row.getTargetMinutes(), row.getFloorMinutes()),
        row.getAlertDaysBefore(),
        row.isAlertUnitHead(),
        row.getVersion(),
        overrides,
        changes);
  }

  /** Sets the year's target, floor and alert settings; records each value that changed. */
  public void change(int year, Long seenVersion, @Valid RequirementValues values, String author) {
    target(values.targetMinutes(), values.floorMinutes());
    var row = yearAsSeen(year, seenVersion);
    record(
        year,
        author,
        RequirementSubject.TARGET,
        null,
        row.getTargetMinutes(),
        values.targetMinutes());
    record(
        year, author, RequirementSubject.FLOOR, null, row.getFloorMinutes(), values.floorMinutes());
    record(
        year,
        author,
        RequirementSubject.ALERT_DAYS_BEFORE,
        null,
        row.getAlertDaysBefore(),
        values.alertDaysBefore());
    record(
        year,
        author,
        RequirementSubject.ALERT_UNIT_HEAD,
        null,
        row.isAlertUnitHead(),
        values.alertUnitHead());
    row.set(
        values.targetMinutes(),
        values.floorMinutes(),
        values.alertDaysBefore(),
        values.alertUnitHead());
    settle(year, author);
  }

  /** Gives a group its own target and floor in the year, or changes the one it has. */
  public void putOverride(
      int year,
      Long seenVersion,
      GroupKind kind,
      String value,
      int targetMinutes,
      int floorMinutes,
      String author) {
    var group = group(kind, value, target(targetMinutes, floorMinutes));
    yearAsSeen(year, seenVersion);
    var stored = override(year, group);
    recordGroup(year, author, group, stored, figures(targetMinutes, floorMinutes));
    if (stored == null) {
      em.persist(
          new RequirementOverride(year, kind.name(), group.value(), targetMinutes, floorMinutes));
    } else {
      stored.set(targetMinutes, floorMinutes);
    }
    settle(year, author);
  }

  /** Removes a group's own target: its people owe the year's again. */
  public void removeOverride(
      int year, Long seenVersion, GroupKind kind, String value, String author) {
    var group = group(kind, value, YearTarget.DEFAULT);
    yearAsSeen(year, seenVersion);
    var stored = override(year, group);
    if (stored == null) {
      throw new BusinessException("requirement.changedMeanwhile", String.valueOf(year));
    }
    recordGroup(year, author, group, stored, null);
    em.remove(stored);
    settle(year, author);
  }

  private RequirementYear yearAsSeen(int year, Long seenVersion) {
    var row = em.find(RequirementYear.class, year);
    if (row == null) {
      if (seenVersion != null) {
        throw new BusinessException("requirement.changedMeanwhile", String.valueOf(year));
      }
      row =
          new RequirementYear(
              year, YearTarget.DEFAULT.targetMinutes(), YearTarget.DEFAULT.floorMinutes());
      em.persist(row);
      return row;
    }
    if (!Objects.equals(seenVersion, row.getVersion())) {
      throw new BusinessException("requirement.changedMeanwhile", String.valueOf(year));
    }
    em.lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return row;
  }

  /**
   * Writes now, so that a change made meanwhile on another instance (the same new year, a moved
   * version) turns this one down here, with a message, rather than at the commit.
   */
  private void settle(int year, String author) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new BusinessException("requirement.changedMeanwhile", String.valueOf(year));
    }
    changed.fire(new RequirementChanged(year, author));
  }

  private RequirementOverride override(int year, GroupOverride group) {
    return em.createNamedQuery(RequirementOverride.OF_YEAR, RequirementOverride.class)
        .setParameter("year", year)
        .getResultStream()
        .filter(
            o ->
                o.getGroupKind().equals(group.kind().name())
                    && o.getGroupValue().equals(group.value()))
        .findFirst()
        .orElse(null);
  }

  private void record(
      int year,
      String author,
      RequirementSubject subject,
      GroupOverride group,
      Object before,
      Object after) {
    var from = before == null ? null : before.toString();
    var to = after == null ? null : after.toString();
    if (!Objects.equals(from, to)) {
      em.persist(
          new RequirementChange(
              year, author, clock.instant(), ChangeRow.subjectOf(subject, group), from, to));
    }
  }

  private void recordGroup(
      int year, String author, GroupOverride group, RequirementOverride before, String after) {
    var was = before == null ? null : figures(before.getTargetMinutes(), before.getFloorMinutes());
    record(year, author, RequirementSubject.OVERRIDE, group, was, after);
  }

  private static String figures(int targetMinutes, int floorMinutes) {
    return targetMinutes + ChangeRow.TARGET_FLOOR + floorMinutes;
  }

  private static YearTarget target(int targetMinutes, int floorMinutes) {
    if (targetMinutes < 0
        || floorMinutes < 0
        || targetMinutes > RequirementValues.MAX_MINUTES
        || floorMinutes > targetMinutes) {
      throw new BusinessException("requirement.targetInvalid");
    }
    return new YearTarget(targetMinutes, floorMinutes);
  }

  private static GroupOverride group(GroupKind kind, String value, YearTarget target) {
    if (value != null && value.trim().length() > GROUP_VALUE_LENGTH) {
      throw new BusinessException("requirement.groupValueNeeded");
    }
    try {
      return new GroupOverride(kind, value, target);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BusinessException("requirement.groupValueNeeded");
    }
  }
}
