package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import kr.cheongnabi.quiz.control.QuizFolder;
import kr.cheongnabi.survey.entity.SurveyArea;
import kr.cheongnabi.survey.entity.SurveyKind;
import org.junit.jupiter.api.Test;

/** The build's check of the surveys shipped in src/main/resources/surveys/. */
class BundledSurveysTest {

  private final java.util.List<QuizFolder.QuizSource> files =
      QuizFolder.files(
          getClass().getClassLoader(), SurveyFileCheck.BUNDLED, SurveyFileCheck.SUFFIX);

  @Test
  void everyShippedSurveyIsValid() {
    var out = new ByteArrayOutputStream();
    boolean ok =
        new SurveyFileCheck().check(files, new PrintStream(out, true, StandardCharsets.UTF_8));
    assertTrue(ok, out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theInternalSurveyAsksTheFiveAreasAndTheExternalOneExperienceAndAwareness() {
    Map<String, String> areas =
        files.stream()
            .map(
                f ->
                    new SurveyReader()
                        .read(f.name(), new String(f.content(), StandardCharsets.UTF_8))
                        .survey())
            .collect(
                Collectors.toMap(
                    s -> s.kind().name(),
                    s -> s.areas().stream().map(SurveyArea::key).collect(Collectors.joining(","))));
    assertEquals(
        "culture,personnel,budget,instructions,experience", areas.get(SurveyKind.INTERNAL.name()));
    assertEquals("awareness,experience", areas.get(SurveyKind.EXTERNAL.name()));
  }
}
