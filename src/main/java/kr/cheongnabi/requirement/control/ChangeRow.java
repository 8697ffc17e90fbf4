package kr.cheongnabi.requirement.control;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Locale;
import kr.cheongnabi.ledger.control.Hours;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.requirement.entity.RequirementChange;

/**
 * One recorded change as the history shows it: minutes as hours by the one rule ({@link Hours}), a
 * group's target and floor as "5시간 / 2시간".
 *
 * @param groupKind the group of an OVERRIDE change, else null
 * @param before the value before as stored, or null when something was added
 * @param after the value after as stored, or null when something was removed
 */
public record ChangeRow(
    LocalDateTime changedAt,
    String changedBy,
    RequirementSubject subject,
    GroupKind groupKind,
    String groupValue,
    String before,
    String after)
    implements Serializable {

  static final String TARGET_FLOOR = "/";

  /** The stored subject of a change: e.g. {@code TARGET} or {@code OVERRIDE GRADE 5급}. */
  static String subjectOf(RequirementSubject subject, GroupOverride group) {
    return group == null
        ? subject.name()
        : (subject.name() + " " + group.kind().name() + " " + group.value()).trim();
  }

  static ChangeRow of(RequirementChange change) {
    var parts = change.getSubject().split(" ", 3);
    var subject = RequirementSubject.valueOf(parts[0]);
    var kind = parts.length > 1 ? GroupKind.valueOf(parts[1]) : null;
    var value = parts.length > 2 ? parts[2] : "";
    return new ChangeRow(
        LocalDateTime.ofInstant(change.getChangedAt(), TrainingYear.KOREA),
        change.getChangedBy(),
        subject,
        kind,
        value,
        change.getBeforeValue(),
        change.getAfterValue());
  }

  /** A stored value ({@link #before()} or {@link #after()}) as the page shows it. */
  public String shown(String stored, Locale locale) {
    if (stored == null) {
      return null;
    }
    return switch (subject) {
      case TARGET, FLOOR -> Hours.of(Integer.parseInt(stored)).text(locale);
      case OVERRIDE -> {
        var minutes = stored.split(TARGET_FLOOR);
        yield Hours.of(Integer.parseInt(minutes[0])).text(locale)
            + " / "
            + Hours.of(Integer.parseInt(minutes[1])).text(locale);
      }
      case ALERT_DAYS_BEFORE, ALERT_UNIT_HEAD -> stored;
    };
  }
}
