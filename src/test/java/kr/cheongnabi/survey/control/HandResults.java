package kr.cheongnabi.survey.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.survey.control.SurveyResults.GroupRate;
import kr.cheongnabi.survey.control.SurveyResults.Results;
import kr.cheongnabi.survey.control.SurveyResults.UnitRate;
import kr.cheongnabi.survey.entity.RespondentGroup;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import kr.cheongnabi.survey.entity.SurveyRound;
import kr.cheongnabi.survey.entity.SurveyVersion;

/**
 * The README's hand calculation as a round's results, for the exports' tests: the survey of {@link
 * SurveyPointsTest} (c1, c2 reversed with weight 3, e1 experienced; areas 0.2 and 0.8) in 2026, and
 * last year's round of it.
 */
final class HandResults {

  static final String SURVEY =
      """
      {"format": "cheongnabi-survey/1", "key": "hand", "kind": "%s",
       "title": {"ko": "손계산", "en": "Hand"},
       "areas": [
         {"key": "culture", "title": {"ko": "조직문화", "en": "Culture"}, "weight": 0.2, "items": [
           {"key": "c1", "text": {"ko": "가", "en": "A"}, "scale": "likert5"},
           {"key": "c2", "text": {"ko": "나", "en": "B"}, "scale": "likert5", "reverse": true, "weight": 3}]},
         {"key": "experience", "title": {"ko": "부패경험", "en": "Experience"}, "weight": 0.8, "items": [
           {"key": "e1", "text": {"ko": "다", "en": "C"}, "scale": "experienced"}]}
       ]}
      """;

  private HandResults() {}

  static SurveyDefinition survey(String kind) {
    return new SurveyReader().read("hand.json", SURVEY.formatted(kind)).survey();
  }

  static SurveyRound round(SurveyDefinition survey, int year) {
    var version = new SurveyVersion(survey, 1, "hand.json", "0", SURVEY, Instant.EPOCH);
    return new SurveyRound(
        version, LocalDate.of(year, 9, 1), LocalDate.of(year, 9, 30), 8, "hr", Instant.EPOCH);
  }

  /** Eight respondents: five (5, 2, not experienced) and three (3, 4, experienced). */
  static AnswerCounts eight() {
    return new AnswerCounts()
        .add(1, 5, 5)
        .add(1, 3, 3)
        .add(2, 2, 5)
        .add(2, 4, 3)
        .add(3, 0, 5)
        .add(3, 1, 3);
  }

  /** Five respondents last year, all (5, 1, not experienced): culture 100, experience 100. */
  static AnswerCounts lastYear() {
    return new AnswerCounts().add(1, 5, 5).add(2, 1, 5).add(3, 0, 5);
  }

  /** An internal round of 2026 with these counts, its units given, and last year's beside it. */
  static Results internal(long responses, AnswerCounts counts, List<UnitRate> units) {
    var survey = survey("internal");
    return new Results(
        round(survey, 2026),
        survey,
        responses,
        units.stream().mapToLong(UnitRate::asked).sum(),
        units.stream().mapToLong(UnitRate::answered).sum(),
        SurveyPoints.of(survey, counts),
        counts,
        Optional.of(SurveyPoints.of(survey, lastYear())),
        units,
        List.of());
  }

  /** An external round of 2026 with codes in two groups and no last year. */
  static Results external(long responses, AnswerCounts counts) {
    var survey = survey("external");
    var groups =
        List.of(
            new GroupRate(RespondentGroup.CONSTRUCTION, 20, responses - 1),
            new GroupRate(RespondentGroup.SUBSIDY, 10, 1));
    return new Results(
        round(survey, 2026),
        survey,
        responses,
        30,
        responses,
        SurveyPoints.of(survey, counts),
        counts,
        Optional.empty(),
        List.of(),
        groups);
  }

  static UnitRate unit(long id, String ko, String en, long asked, long answered, Double points) {
    return new UnitRate(
        id,
        new Bilingual(ko, en),
        asked,
        answered,
        points == null ? null : new SurveyPoints(java.util.Map.of(), points));
  }
}
