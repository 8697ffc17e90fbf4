package kr.cheongnabi.quiz.boundary;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kr.cheongnabi.people.control.UnitEntry;
import kr.cheongnabi.platform.boundary.Messages;

/**
 * A quiz's audience in one short line of the quiz list: everyone, or the first units and a count.
 */
final class AudienceLabel {

  static final int NAMED = 3;

  private AudienceLabel() {}

  /** "Everyone" for no chosen units, else up to three names and how many more there are. */
  static String of(List<UnitEntry> units, Locale locale) {
    if (units.isEmpty()) {
      return Messages.format(locale, "audience.everyone");
    }
    var named =
        units.stream()
            .limit(NAMED)
            .map(unit -> unit.name().in(locale))
            .collect(Collectors.joining(", "));
    return units.size() <= NAMED
        ? named
        : Messages.format(locale, "audience.andMore", named, units.size() - NAMED);
  }
}
