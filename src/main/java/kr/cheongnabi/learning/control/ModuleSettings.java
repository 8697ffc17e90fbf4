package kr.cheongnabi.learning.control;

import static kr.cheongnabi.learning.control.ModuleProblem.requireText;
import static kr.cheongnabi.learning.control.ModuleProblem.tidy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kr.cheongnabi.quiz.control.TextFormat;

/**
 * What a trainer sets for a module as a whole.
 *
 * @param creditMinutes training minutes credited once per training year on completion
 * @param quizId the final quiz, passed on the quiz's own pass mark; null for none
 * @param availableFrom first day the module can be taken (in Korea), or null
 * @param availableUntil last day the module can be taken, or null
 * @param audienceAll everyone sees the module; otherwise those in the units chosen and their
 *     sub-units
 */
public record ModuleSettings(
    String titleKo,
    String titleEn,
    TextFormat descriptionFormat,
    String descriptionKo,
    String descriptionEn,
    int creditMinutes,
    Long quizId,
    LocalDate availableFrom,
    LocalDate availableUntil,
    boolean audienceAll,
    Set<Long> audienceUnitIds)
    implements Serializable {

  public static final int DESCRIPTION_MAX = 10_000;
  public static final int MAX_MINUTES = 600;

  public ModuleSettings {
    titleKo = tidy(titleKo);
    titleEn = tidy(titleEn);
    descriptionFormat = descriptionFormat == null ? TextFormat.MARKDOWN : descriptionFormat;
    descriptionKo = tidy(descriptionKo);
    descriptionEn = tidy(descriptionEn);
    audienceUnitIds = audienceUnitIds == null ? Set.of() : Set.copyOf(audienceUnitIds);
  }

  /** What must be fixed before the settings can be stored. */
  public List<ModuleProblem> problems() {
    var problems = new ArrayList<ModuleProblem>();
    requireText(problems, 0, "titleKo", titleKo, LessonDraft.TITLE_MAX);
    requireText(problems, 0, "titleEn", titleEn, LessonDraft.TITLE_MAX);
    requireText(problems, 0, "descriptionKo", descriptionKo, DESCRIPTION_MAX);
    requireText(problems, 0, "descriptionEn", descriptionEn, DESCRIPTION_MAX);
    if (creditMinutes < 1 || creditMinutes > MAX_MINUTES) {
      problems.add(new ModuleProblem(0, "creditMinutes", "minutesRange"));
    }
    if (availableFrom != null && availableUntil != null && availableFrom.isAfter(availableUntil)) {
      problems.add(new ModuleProblem(0, "availableUntil", "beforeFrom"));
    }
    if (!audienceAll && audienceUnitIds.isEmpty()) {
      problems.add(new ModuleProblem(0, "audience", "noUnit"));
    }
    return problems;
  }
}
