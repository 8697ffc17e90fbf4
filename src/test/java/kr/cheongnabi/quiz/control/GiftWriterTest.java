package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GiftWriterTest {

  private static final Path QUIZZES = Path.of("quizzes");
  private static final String SPECIAL = "~=#{}:\\";

  private final GiftReader reader = new GiftReader();
  private final GiftWriter writer = new GiftWriter();

  private QuizFile roundTrip(QuizFile quiz) {
    String text = writer.write(quiz);
    GiftResult result = reader.read("written.gift", text);
    assertEquals(List.of(), result.problems(), text);
    return result.quiz();
  }

  @Test
  void writesTheHeaderWithOnlyTheSettingsThatDifferFromTheDefaults() {
    var quiz =
        new QuizFile(
            QuizSettings.defaults("q", "퀴즈", "Quiz").withPassMarkPercent(80),
            null,
            List.of(Statement.of("s1", RichText.of("문장"), RichText.of("Statement"), true)));

    assertEquals(
        """
        // @quiz q
        // @title.ko 퀴즈
        // @title.en Quiz
        // @pass-mark 80

        // @en Statement
        ::s1::문장{T}
        """,
        writer.write(quiz));
  }

  @Test
  void writesEveryPartOfAStatementAsTheReadmeShows() {
    var statement =
        new Statement(
            "graft-01",
            new RichText("**5만 원**: 한도\n둘째 줄", TextFormat.MARKDOWN),
            new RichText("**50,000 KRW**: limit\nsecond line", TextFormat.MARKDOWN),
            false,
            RichText.of("틀림"),
            RichText.of("맞음"),
            new RichText("<b>설명</b>", TextFormat.HTML),
            RichText.of("Wrong"),
            RichText.of("Right"),
            new RichText("<b>Why</b>", TextFormat.HTML));
    var quiz =
        new QuizFile(
            QuizSettings.defaults("q", "퀴즈", "Quiz"), "$course$/integrity", List.of(statement));

    assertEquals(
        """
        // @quiz q
        // @title.ko 퀴즈
        // @title.en Quiz

        $CATEGORY: $course$/integrity

        // @en **50,000 KRW**: limit
        // @en+ second line
        // @en.wrong Wrong
        // @en.right Right
        // @en.explanation <b>Why</b>
        ::graft-01::[markdown]**5만 원**\\: 한도\\n둘째 줄{F#[moodle]틀림#[moodle]맞음####[html]<b>설명</b>}
        """,
        writer.write(quiz));
    assertEquals(quiz, roundTrip(quiz));
  }

  @Test
  void roundTripsEverySettingAndTheCategory() {
    var settings =
        new QuizSettings(
            "graft-act",
            "청탁금지법: {퀴즈}",
            "Graft Act # quiz",
            70,
            30,
            3,
            2,
            false,
            15,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            true);
    var quiz =
        new QuizFile(
            settings,
            "$course$/integrity/graft-act",
            List.of(
                Statement.of("a", RichText.of("가"), RichText.of("A"), true),
                Statement.of("b", RichText.of("나"), RichText.of("B"), false)));

    assertEquals(quiz, roundTrip(quiz));
  }

  @Test
  void roundTripsTextsMadeOfSpecialCharactersOnly() {
    var statements = new ArrayList<Statement>();
    int n = 0;
    for (String text :
        List.of(
            SPECIAL,
            "\\n",
            "\\\\{",
            "a\\",
            "::x::",
            "{T}",
            "####",
            "#",
            "[html]x",
            "[Markdown]y",
            "//",
            "$CATEGORY: z",
            "->=")) {
      for (TextFormat format : TextFormat.values()) {
        var rich = new RichText(text, format);
        statements.add(
            new Statement("s" + n++, rich, rich, n % 2 == 0, rich, rich, rich, rich, rich, rich));
      }
    }
    var quiz = new QuizFile(QuizSettings.defaults("q", "가", "A"), null, statements);

    assertEquals(quiz, roundTrip(quiz));
  }

  @Test
  void roundTripsGeneratedStatementsWithEveryFeedbackCombination() {
    var random = new Random(20260101);
    var statements = new ArrayList<Statement>();
    for (int i = 0; i < 400; i++) {
      TextFormat format = TextFormat.values()[random.nextInt(4)];
      boolean wrong = (i & 1) != 0;
      boolean right = (i & 2) != 0;
      boolean explanation = (i & 4) != 0;
      statements.add(
          new Statement(
              "s-" + i,
              text(random, format),
              text(random, format),
              random.nextBoolean(),
              wrong ? text(random, format) : null,
              right ? text(random, format) : null,
              explanation ? text(random, format) : null,
              wrong && random.nextBoolean() ? text(random, format) : null,
              right && random.nextBoolean() ? text(random, format) : null,
              explanation && random.nextBoolean() ? text(random, format) : null));
    }
    var quiz = new QuizFile(QuizSettings.defaults("q", "가", "A"), null, statements);

    assertEquals(quiz, roundTrip(quiz));
  }

  private static RichText text(Random random, TextFormat format) {
    String alphabet = SPECIAL + "가나다청렴 abc\n\n  \t-*[]>/$%'\"&<";
    var text = new StringBuilder("x");
    int length = 1 + random.nextInt(30);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return new RichText(text.append('y').toString(), format);
  }

  static Stream<Path> quizFiles() throws IOException {
    if (!Files.isDirectory(QUIZZES)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.list(QUIZZES)) {
      return files.filter(f -> f.toString().endsWith(".gift")).sorted().toList().stream();
    }
  }

  @Test
  void theQuizzesFolderIsWhereTheTestsLookForQuizFiles() {
    assertTrue(
        Files.isRegularFile(QUIZZES.resolve("README.md")), QUIZZES.toAbsolutePath()::toString);
  }

  @ParameterizedTest(allowZeroInvocations = true)
  @MethodSource("quizFiles")
  void everyQuizFileOfTheRepositoryReadsWithoutProblemAndRoundTrips(Path file) {
    GiftResult result = reader.read(file);

    assertEquals(List.of(), result.problems());
    assertEquals(result.quiz(), roundTrip(result.quiz()));
  }
}
