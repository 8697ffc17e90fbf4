package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kr.cheongnabi.survey.entity.Scale;
import kr.cheongnabi.survey.entity.SurveyKind;
import org.junit.jupiter.api.Test;

class SurveyReaderTest {

  private static final String SMALL =
      """
      {
        "format": "cheongnabi-survey/1",
        "key": "pilot",
        "kind": "internal",
        "title": {"ko": "시범 설문", "en": "Pilot survey"},
        "areas": [
          {"key": "culture", "title": {"ko": "조직문화", "en": "Culture"}, "weight": 2,
           "items": [
             {"key": "a", "text": {"ko": "가", "en": "A"}, "scale": "likert5"},
             {"key": "b", "text": {"ko": "나", "en": "B"}, "scale": "likert7", "reverse": true, "weight": 3}
           ]},
          {"key": "experience", "title": {"ko": "부패경험", "en": "Experience"},
           "items": [ {"key": "c", "text": {"ko": "다", "en": "C"}, "scale": "experienced"} ]}
        ]
      }
      """;

  private final SurveyReader reader = new SurveyReader();

  @Test
  void readsAreasItemsScalesWeightsAndDirections() {
    var read = reader.read("pilot.json", SMALL);
    assertTrue(read.isValid(), read.problems().toString());
    var survey = read.survey();
    assertEquals("pilot", survey.key());
    assertEquals(SurveyKind.INTERNAL, survey.kind());
    assertEquals("Pilot survey", survey.title().en());
    assertEquals(2, survey.areas().size());
    assertEquals(2.0, survey.areas().get(0).weight());
    assertEquals(1.0, survey.areas().get(1).weight(), "an area without a weight weighs 1");
    var b = survey.areas().get(0).items().get(1);
    assertEquals(2, b.number());
    assertEquals(Scale.LIKERT7, b.scale());
    assertEquals(3.0, b.weight());
    assertTrue(b.reversed());
    assertEquals(3, survey.items().get(2).number(), "items are numbered across areas");
  }

  @Test
  void namesEveryProblemByFileAndJsonPath() {
    String bad =
        SMALL
            .replace("\"likert5\"", "\"likert4\"")
            .replace("\"weight\": 3", "\"weight\": 0")
            .replace("{\"ko\": \"다\", \"en\": \"C\"}", "{\"ko\": \"다\"}")
            .replace("\"key\": \"b\"", "\"key\": \"a\"")
            .replace("\"scale\": \"experienced\"", "\"scale\": \"experienced\", \"reverse\": true");
    var read = reader.read("pilot.json", bad);
    assertFalse(read.isValid());
    List<String> problems = read.problems().stream().map(SurveyProblem::toString).toList();
    assertEquals(
        List.of(
            "pilot.json: $.areas[0].items[0].scale: must be one of likert5, likert7, yesno,"
                + " experienced, not \"likert4\"",
            "pilot.json: $.areas[0].items[1].key: \"a\" names another item already",
            "pilot.json: $.areas[0].items[1].weight: must be more than 0 and at most 100, not 0",
            "pilot.json: $.areas[1].items[0].text.en: is missing",
            "pilot.json: $.areas[1].items[0].reverse: an experienced item cannot be reversed:"
                + " having experienced corruption always scores 0"),
        problems);
  }

  @Test
  void brokenJsonIsReportedWithItsLineAndColumn() {
    var read =
        reader.read("pilot.json", SMALL.replace("\"key\": \"pilot\",", "\"key\": \"pilot\""));
    assertEquals(1, read.problems().size());
    assertTrue(
        read.problems().get(0).where().startsWith("line 4, column"),
        read.problems().get(0).toString());
  }

  @Test
  void refusesAnotherFormatUnknownFieldsAndEmptyAreas() {
    String other =
        SMALL
            .replace("cheongnabi-survey/1", "cheongnabi-survey/9")
            .replace("\"kind\": \"internal\"", "\"kind\": \"internal\", \"year\": 2026");
    var problems = reader.read("x.json", other).problems().stream().map(p -> p.where()).toList();
    assertEquals(List.of("$.format", "$.year"), problems);
    var empty = reader.read("x.json", SMALL.replaceAll("(?s)\"areas\": \\[.*\\]", "\"areas\": []"));
    assertEquals(
        "$.areas: is empty",
        empty.problems().get(0).where() + ": " + empty.problems().get(0).what());
  }
}
