package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GiftReaderTest {

  /** Four lines, so the first line of a body is line 5 of the file. */
  private static final String HEADER =
      "// @quiz graft-act\n// @title.ko 청탁금지법 퀴즈\n// @title.en Graft Act quiz\n\n";

  private final GiftReader reader = new GiftReader();

  private GiftResult read(String body) {
    return reader.read("graft-act.gift", HEADER + body);
  }

  private static QuizFile valid(GiftResult result) {
    assertEquals(List.of(), result.problems());
    return result.quiz();
  }

  private static Statement only(GiftResult result) {
    QuizFile quiz = valid(result);
    assertEquals(1, quiz.statements().size());
    return quiz.statements().get(0);
  }

  private static GiftProblem onlyProblem(GiftResult result, int line, String key) {
    assertNull(result.quiz());
    assertEquals(1, result.problems().size(), () -> "problems: " + result.problems());
    GiftProblem problem = result.problems().get(0);
    assertEquals(key, problem.key(), () -> "problem: " + problem);
    assertEquals(line, problem.line(), () -> "problem: " + problem);
    return problem;
  }

  private static List<String> linesAndKeys(GiftResult result) {
    return result.problems().stream().map(p -> p.line() + " " + p.key()).toList();
  }

  // --- well-formed files

  @ParameterizedTest
  @CsvSource({"T,true", "TRUE,true", "F,false", "FALSE,false"})
  void readsEveryUpperCaseSpellingOfTrueAndFalse(String answer, boolean correct) {
    Statement statement =
        only(read("// @en Meals up to 50,000 KRW.\n::s1::식사는 5만 원까지.{" + answer + "}\n"));

    assertEquals(correct, statement.correct());
    assertEquals(RichText.of("식사는 5만 원까지."), statement.textKo());
    assertEquals(RichText.of("Meals up to 50,000 KRW."), statement.textEn());
    assertNull(statement.wrongKo());
    assertNull(statement.explanationKo());
  }

  @Test
  void readsWrongRightAndGeneralFeedbackWithTheirEnglishLines() {
    Statement statement =
        only(
            read(
                """
                // @en Statement
                // @en.wrong Wrong
                // @en.right Right
                // @en.explanation Why
                ::s1::문장{F#틀렸습니다#맞습니다####이유}
                """));

    assertFalse(statement.correct());
    assertEquals(RichText.of("틀렸습니다"), statement.wrongKo());
    assertEquals(RichText.of("맞습니다"), statement.rightKo());
    assertEquals(RichText.of("이유"), statement.explanationKo());
    assertEquals(RichText.of("Wrong"), statement.wrongEn());
    assertEquals(RichText.of("Right"), statement.rightEn());
    assertEquals(RichText.of("Why"), statement.explanationEn());
  }

  @Test
  void readsFeedbackWithPartsLeftOut() {
    QuizFile quiz =
        valid(
            read(
                """
                // @en A
                ::a::가{T####설명만}

                // @en B
                ::b::나{T##맞을 때만}

                // @en C
                ::c::다{FALSE#틀릴 때만}
                """));

    Statement a = quiz.statements().get(0);
    assertEquals(RichText.of("설명만"), a.explanationKo());
    assertNull(a.wrongKo());
    assertNull(a.rightKo());
    Statement b = quiz.statements().get(1);
    assertNull(b.wrongKo());
    assertEquals(RichText.of("맞을 때만"), b.rightKo());
    Statement c = quiz.statements().get(2);
    assertEquals(RichText.of("틀릴 때만"), c.wrongKo());
    assertNull(c.rightKo());
  }

  @Test
  void unescapesEveryGiftEscapeAsMoodleDoes() {
    Statement statement =
        only(
            read(
                "// @en E\n"
                    + "::s1::a\\~b \\= c \\# d \\{e\\} f\\: g\\\\h\\ni \\x{T#w\\#1####g\\}}\n"));

    assertEquals("a~b = c # d {e} f: g\\h\ni \\x", statement.textKo().source());
    assertEquals("w#1", statement.wrongKo().source());
    assertEquals("g}", statement.explanationKo().source());
  }

  @Test
  void readsQuestionsAndAnswersSpanningLines() {
    Statement statement =
        only(
            read(
                """
                // @en English
                // @en+ second line
                ::s1::
                첫째 줄
                   둘째 줄
                {
                T#틀림
                #맞음
                ####설명
                }
                """));

    assertEquals("첫째 줄\n둘째 줄", statement.textKo().source());
    assertEquals("English\nsecond line", statement.textEn().source());
    assertEquals("틀림", statement.wrongKo().source());
    assertEquals("맞음", statement.rightKo().source());
    assertEquals("설명", statement.explanationKo().source());
  }

  @Test
  void readsWindowsLineEndingsAndAByteOrderMark() {
    String text = "\uFEFF" + HEADER + "// @en E\n::s1::문장{T}\n";
    byte[] bytes = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);

    GiftResult fromBytes = reader.read("q.gift", new ByteArrayInputStream(bytes));
    GiftResult fromText = reader.read("q.gift", text.replace("\n", "\r\n"));

    assertEquals("graft-act", valid(fromBytes).settings().id());
    assertEquals(fromBytes.quiz(), valid(fromText));
    assertEquals("문장", fromText.quiz().statements().get(0).textKo().source());
  }

  @Test
  void ignoresCommentsBetweenAndInsideQuestions() {
    QuizFile quiz =
        valid(
            read(
                """
                // a comment on its own

                // @en A
                // a comment among the English lines
                ::a::가
                // a comment inside the question
                {T}
                // a comment right after it

                // @en B
                ::b::나{F}
                """));

    assertEquals(List.of("a", "b"), quiz.statements().stream().map(Statement::id).toList());
  }

  @Test
  void readsTheFormatPrefixAndGivesItToFeedbackAndEnglish() {
    Statement statement =
        only(
            read(
                """
                // @en **Bold**
                // @en.explanation *why*
                ::s1::[markdown]**굵게**{T#[html]<b>틀림</b>####*이유*}
                """));

    assertEquals(new RichText("**굵게**", TextFormat.MARKDOWN), statement.textKo());
    assertEquals(new RichText("<b>틀림</b>", TextFormat.HTML), statement.wrongKo());
    assertEquals(new RichText("*이유*", TextFormat.MARKDOWN), statement.explanationKo());
    assertEquals(new RichText("**Bold**", TextFormat.MARKDOWN), statement.textEn());
    assertEquals(new RichText("*why*", TextFormat.MARKDOWN), statement.explanationEn());
  }

  @Test
  void keepsABracketThatNamesNoFormatAsText() {
    Statement statement = only(read("// @en E\n::s1::[사례] 거래처의 식사 제공{F}\n"));

    assertEquals(RichText.of("[사례] 거래처의 식사 제공"), statement.textKo());
  }

  @Test
  void readsEverySettingAndTheCategory() {
    QuizFile quiz =
        valid(
            reader.read(
                "graft-act.gift",
                """
                // @quiz graft-act
                // @title.ko 청탁금지법 OX 퀴즈
                // @title.en Graft Act quiz
                // @pass-mark 70
                // @credit-minutes 30
                // @attempts 3
                // @draw 1
                // @shuffle false
                // @time-limit-minutes 15
                // @available-from 2026-01-01
                // @available-until 2026-12-31

                $CATEGORY: $course$/integrity/graft-act

                // @en E
                ::s1::문장{T}
                """));

    assertEquals(
        new QuizSettings(
            "graft-act",
            "청탁금지법 OX 퀴즈",
            "Graft Act quiz",
            70,
            30,
            3,
            1,
            false,
            15,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            false),
        quiz.settings());
    assertEquals("$course$/integrity/graft-act", quiz.category());
  }

  @Test
  void takesTheDefaultsOfTheReadmeForSettingsLeftOut() {
    QuizFile quiz = valid(read("// @en E\n::s1::문장{T}\n"));

    assertEquals(QuizSettings.defaults("graft-act", "청탁금지법 퀴즈", "Graft Act quiz"), quiz.settings());
    assertNull(quiz.category());
  }

  @Test
  void acceptsAHeaderWithoutABlankLineBeforeTheFirstQuestion() {
    QuizFile quiz =
        valid(
            reader.read(
                "q.gift", "// @quiz q\n// @title.ko 가\n// @title.en A\n// @en E\n::s1::문장{T}"));

    assertEquals("q", quiz.settings().id());
  }

  // --- malformed files: each problem with its line and key

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "true|{T} or {TRUE}",
        "false|{F} or {FALSE}",
        "t|{T} or {TRUE}",
        "True|{T} or {TRUE}"
      })
  void refusesLowerCaseTrueAndFalseThatMoodleReadsAsShortAnswers(String word, String suggestion) {
    GiftProblem problem =
        onlyProblem(read("// @en E\n::s1::문장\n{" + word + "#틀림}\n"), 7, "answer.lowerCase");

    assertEquals(List.of("{" + word + "}", word, suggestion), problem.args());
  }

  @Test
  void explainsLowerCaseTrueNamingFileAndLine() {
    GiftProblem problem = read("// @en E\n::s1::문장{true}\n").problems().get(0);

    assertEquals(
        "graft-act.gift line 6: '{true}' — Moodle reads lower-case true as a short-answer"
            + " question; write {T} or {TRUE}",
        problem.message(Locale.ENGLISH));
    assertEquals(
        "graft-act.gift 6행: '{true}' — Moodle은 소문자 true을(를) 단답형 문항으로 읽습니다."
            + " {T} or {TRUE}로 써 주세요.",
        problem.message(Locale.KOREAN));
    assertEquals(problem.message(Locale.ENGLISH), problem.message(Locale.GERMAN));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{=가 ~나 ~다}|MULTIPLE_CHOICE",
        "{~가 ~나}|MULTIPLE_CHOICE",
        "{T#틀림 ~ 조금}|MULTIPLE_CHOICE",
        "{=가 =나}|SHORT_ANSWER",
        "{예}|SHORT_ANSWER",
        "{O}|SHORT_ANSWER",
        "{#3:1}|NUMERICAL",
        "{#1..5}|NUMERICAL",
        "{=가 -> 나 =다 -> 라}|MATCHING",
        "{}|ESSAY",
        "{####설명}|ESSAY"
      })
  void skipsEveryOtherQuestionTypeNamingTheLineWhereItStartsAndItsKind(
      String answer, QuestionKind kind) {
    GiftResult result = read("// @en E\n::s1::문장\n" + answer + "\n\n::s2::둘째{T}\n");

    assertEquals(List.of("s2"), valid(result).statements().stream().map(Statement::id).toList());
    assertEquals(1, result.skippedCount());
    GiftSkip skip = result.skipped().get(0);
    assertEquals(List.of(6, kind), List.of(skip.line(), skip.kind()));
    assertEquals("문장 " + answer, skip.excerpt());
    assertFalse(skip.declared());
  }

  @Test
  void skipsADescriptionWithoutAnswer() {
    GiftResult result = read("::s1::중괄호가 없는 설명\n\n::s2::둘째{T}\n");

    assertEquals(1, valid(result).statements().size());
    assertEquals(QuestionKind.DESCRIPTION, result.skipped().get(0).kind());
    assertEquals(5, result.skipped().get(0).line());
  }

  @Test
  void refusesAFileOfTheFolderThatLeavesOutAKindItsSkipLineDoesNotName() {
    String body = "::s1::문장{~가 ~나}\n\n::s2::설명만\n\n::s3::둘째{T}\n";

    GiftResult folder = read(body).forFolder();
    assertEquals(List.of("5 skip.undeclared", "7 skip.undeclared"), linesAndKeys(folder));
    GiftProblem problem = folder.problems().get(0);
    assertEquals(List.of("multiple-choice", "문장{~가 ~나}"), problem.args());
    assertTrue(
        problem.message(Locale.ENGLISH).contains("'// @skip multiple-choice'"),
        problem.message(Locale.ENGLISH));

    GiftResult declared =
        reader.read("graft-act.gift", "// @skip multiple-choice, description\n\n" + body);
    assertEquals(1, valid(declared.forFolder()).statements().size());
    assertTrue(declared.skipped().stream().allMatch(GiftSkip::declared));
    onlyProblem(
        reader.read("graft-act.gift", "// @skip multiple-choice essays\n\n" + body),
        1,
        "setting.skipKind");
  }

  @Test
  void refusesAFileWhoseQuestionsAreAllOfOtherKinds() {
    GiftProblem problem = onlyProblem(read("::s1::문장{~가 ~나}\n\n설명\n"), 0, "quiz.onlySkipped");

    assertEquals(List.of("2"), problem.args());
  }

  @Test
  void refusesTextAfterTheAnswerWhichMoodleReadsAsAMissingWordQuestion() {
    GiftProblem problem =
        onlyProblem(read("// @en E\n::s1::식사는 {T}\n원까지 허용된다.\n"), 7, "answer.textAfter");

    assertEquals(List.of("원까지 허용된다."), problem.args());
  }

  @Test
  void refusesABraceNeverClosedAtItsLine() {
    onlyProblem(read("// @en E\n::s1::문장\n둘째 줄 {T\n"), 7, "braces.unclosed");
  }

  @Test
  void refusesABraceOpenedTwice() {
    onlyProblem(read("// @en E\n::s1::문장 {T#틀림 {괄호}\n"), 6, "braces.unclosed");
  }

  @Test
  void refusesAClosingBraceWithoutOpening() {
    onlyProblem(read("// @en E\n::s1::문장 }\n{T}\n"), 6, "braces.unopened");
  }

  @Test
  void refusesAnEmptyStatement() {
    onlyProblem(read("// @en E\n::s1::[markdown] {T}\n"), 6, "statement.empty");
  }

  @Test
  void givesAQuestionWithoutNameAnIdMadeFromItsText() {
    Statement statement = only(read("// @en E\n문장 \n 둘째 줄{T}\n"));

    assertEquals(GiftNames.fromText("문장\n둘째 줄"), statement.id());
    assertEquals(GiftNames.fromText("문장 둘째 줄"), statement.id());
    assertTrue(statement.id().matches("t-[0-9a-f]{12}"), statement.id());
  }

  @Test
  void givesAQuestionWhoseNameIsNoIdAnIdMadeFromTheName() {
    QuizFile quiz = valid(read("::식사 한도::문장{T}\n\n::Q 2 (meals)::다른 문장{F}\n"));

    assertEquals(
        List.of(GiftNames.fromName("식사 한도"), GiftNames.fromName("Q 2 (meals)")),
        quiz.statements().stream().map(Statement::id).toList());
    assertTrue(quiz.statements().get(0).id().matches("n-[0-9a-f]{8}"));
    assertTrue(quiz.statements().get(1).id().matches("q-2-meals-[0-9a-f]{8}"));
  }

  @Test
  void numbersTheMadeIdsThatWouldBeTheSameInFileOrderAfterTheGivenOnes() {
    String made = GiftNames.fromText("같은 문장");
    QuizFile quiz = valid(read("같은 문장{T}\n\n::%1$s::다른 문장{F}\n\n같은 문장{F}\n".formatted(made)));

    assertEquals(
        List.of(made + "-2", made, made + "-3"),
        quiz.statements().stream().map(Statement::id).toList());
  }

  @Test
  void refusesANameNeverClosed() {
    onlyProblem(read("// @en E\n::s1 문장{T}\n"), 6, "name.unclosed");
  }

  @Test
  void readsAStatementWithoutEnglish() {
    Statement statement = only(read("// just a comment\n::s1::문장{T#틀림}\n"));

    assertNull(statement.textEn());
    assertNull(statement.wrongEn());
    assertEquals(RichText.of("틀림"), statement.wrongKo());
  }

  @Test
  void refusesEnglishSeparatedFromItsQuestionByABlankLine() {
    assertEquals(List.of("5 en.withoutQuestion"), linesAndKeys(read("// @en E\n\n::s1::문장{T}\n")));
  }

  @Test
  void refusesEnglishAfterTheStartOfTheQuestion() {
    assertEquals(List.of("6 en.misplaced"), linesAndKeys(read("::s1::문장{T}\n// @en E\n")));
  }

  @Test
  void refusesEnglishLinesGivenTwiceContinuingNothingEmptyOrWithoutKorean() {
    assertEquals(
        List.of("5 en.continuationAlone", "7 en.duplicate", "8 en.empty", "9 en.withoutKorean"),
        linesAndKeys(
            read(
                """
                // @en+ nothing to continue
                // @en E
                // @en again
                // @en.wrong
                // @en.right no Korean right feedback
                ::s1::문장{T#틀림}
                """)));
  }

  @Test
  void refusesADuplicateIdNamingTheFirst() {
    GiftResult result = read("// @en A\n::s1::가{T}\n\n// @en B\n::s1::나{F}\n");

    GiftProblem problem = onlyProblem(result, 9, "name.duplicate");
    assertEquals(List.of("s1", "6"), problem.args());
  }

  @Test
  void refusesUnknownSettingsAndMisspelledEnglishKeys() {
    assertEquals(
        List.of("1 setting.unknown", "6 setting.unknown"),
        linesAndKeys(
            reader.read(
                "q.gift",
                "// @pass_mark 70\n// @quiz q\n// @title.ko 가\n// @title.en A\n\n"
                    + "// @en.wrongg W\n// @en E\n::s1::문장{T#틀림}\n")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pass-mark 0|setting.number",
        "pass-mark 101|setting.number",
        "pass-mark 70%|setting.number",
        "credit-minutes -1|setting.number",
        "attempts many|setting.number",
        "time-limit-minutes 1.5|setting.number",
        "shuffle yes|setting.boolean",
        "assigned-only yes|setting.boolean",
        "available-from 2026-13-01|setting.date",
        "available-until 31.12.2026|setting.date",
        "draw|setting.noValue"
      })
  void refusesBadSettingValuesAtTheirLine(String setting, String key) {
    String file =
        "// @quiz q\n// @title.ko 가\n// @title.en A\n// @"
            + setting
            + "\n\n// @en E\n::s1::문장{T}\n";
    GiftResult result = reader.read("q.gift", file);

    assertEquals(
        List.of("4 " + key),
        linesAndKeys(result).stream().filter(s -> s.startsWith("4 ")).toList());
    assertNull(result.quiz());
  }

  @Test
  void refusesAQuizIdThatIsNoId() {
    GiftProblem problem =
        onlyProblem(
            reader.read(
                "q.gift",
                "// @quiz graft act\n// @title.ko 가\n// @title.en A\n// @en E\n::s1::문장{T}"),
            1,
            "setting.invalidId");
    assertEquals(List.of("graft act"), problem.args());
  }

  @Test
  void refusesAvailabilityEndingBeforeItStarts() {
    GiftResult result =
        reader.read(
            "q.gift",
            HEADER.strip()
                + "\n// @available-from 2026-12-31\n// @available-until 2026-01-01\n\n"
                + "// @en E\n::s1::문장{T}\n");

    GiftProblem problem = onlyProblem(result, 5, "setting.datesReversed");
    assertEquals(List.of("2026-01-01", "2026-12-31"), problem.args());
  }

  @Test
  void refusesDrawingMoreStatementsThanTheFileHolds() {
    GiftResult result =
        reader.read("q.gift", HEADER.strip() + "\n// @draw 2\n\n// @en E\n::s1::문장{T}\n");

    GiftProblem problem = onlyProblem(result, 4, "setting.drawTooLarge");
    assertEquals(List.of("2", "1"), problem.args());
  }

  @Test
  void refusesSettingsAfterTheFirstQuestion() {
    onlyProblem(read("// @en E\n::s1::문장{T}\n\n// @pass-mark 80\n"), 8, "setting.afterQuestion");
  }

  @Test
  void refusesASettingGivenTwice() {
    GiftProblem problem =
        onlyProblem(
            reader.read("q.gift", HEADER + "// @quiz other\n\n// @en E\n::s1::문장{T}\n"),
            5,
            "setting.duplicate");
    assertEquals(List.of("// @quiz", "1"), problem.args());
  }

  @Test
  void refusesAFileWithoutAnyQuestion() {
    assertEquals(
        List.of("0 quiz.noStatements"), linesAndKeys(reader.read("q.gift", "// only a comment\n")));
  }

  @Test
  void refusesCategoriesThatMoodleWouldReadOtherwise() {
    assertEquals(
        List.of("6 en.withoutQuestion", "7 category.notAlone"),
        linesAndKeys(
            read(
                """
                $CATEGORY: a
                // @en E
                $CATEGORY: b

                // @en E
                ::s1::문장{T}

                $CATEGORY: c
                """)));
  }

  @Test
  void keepsTheFirstOfTheCategoriesOfAMoodleExportWithSubcategories() {
    QuizFile quiz = valid(read("$CATEGORY: a\n\n::s1::문장{T}\n\n$CATEGORY: a/b\n\n::s2::둘째{F}\n"));

    assertEquals("a", quiz.category());
    assertEquals(2, quiz.statements().size());
  }

  @Test
  void refusesAFormatNameInTheWrongCase() {
    GiftProblem problem = onlyProblem(read("// @en E\n::s1::[Markdown]문장{T}\n"), 6, "format.case");

    assertEquals(List.of("[Markdown]", "[markdown]"), problem.args());
  }

  @Test
  void collectsEveryProblemOfTheFileInLineOrder() {
    GiftResult result =
        read(
            """
            // @en A
            ::a::가{true}

            // @en B
            ::b::나{=다 ~라}

            ::c::다{T}

            // @en D
            ::a::라{F}
            """);

    assertEquals(List.of("6 answer.lowerCase", "14 name.duplicate"), linesAndKeys(result));
    assertEquals(9, result.skipped().get(0).line());
  }

  @Test
  void refusesAFileThatIsNotUtf8OnceNamingTheLineOfTheFirstBadByte() {
    byte[] bytes = (HEADER + "// @en E\n::s1::문장{T}\n").getBytes(Charset.forName("x-windows-949"));

    var problem =
        onlyProblem(reader.read("q.gift", new ByteArrayInputStream(bytes)), 0, "file.notUtf8");
    assertEquals(List.of("2"), problem.args());
    assertTrue(
        problem.message(Locale.ENGLISH).startsWith("q.gift: is not a UTF-8 text file"),
        problem.message(Locale.ENGLISH));
  }

  @Test
  void refusesABinaryFileThatHappensToBeUtf8WithOneProblem() {
    byte[] bytes = {'P', 'K', 3, 4, 0, 0, '\n', 'x', 0};

    var problem =
        onlyProblem(reader.read("q.xlsx", new ByteArrayInputStream(bytes)), 0, "file.notUtf8");
    assertEquals(List.of("1"), problem.args());
  }

  @Test
  void countsEveryProblemOfAFileOfBrokenStatementsButKeepsTheFirstThousandInLineOrder() {
    var broken = new StringBuilder(HEADER);
    for (int i = 0; i < 100_000; i++) {
      broken.append("// @en E\n::s").append(i).append("::문장{T\n\n");
    }

    GiftResult result = reader.read("broken.gift", broken.toString());

    assertTrue(result.problemCount() >= 100_000, () -> "counted " + result.problemCount());
    assertEquals(1000, result.problems().size());
    var lines = result.problems().stream().mapToInt(GiftProblem::line).toArray();
    assertTrue(IntStream.range(1, lines.length).allMatch(i -> lines[i - 1] <= lines[i]));
  }

  @Test
  void everyProblemKeyHasAMessageInBothLanguages() throws Exception {
    var english = bundle("gift_en");
    var korean = bundle("gift_ko");

    assertEquals(english.stringPropertyNames(), korean.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      var problem = new GiftProblem("q.gift", 3, key, List.of("a", "b", "c", "d"));
      assertTrue(problem.message(Locale.ENGLISH).startsWith("q.gift line 3: "), key);
      assertTrue(problem.message(Locale.KOREAN).startsWith("q.gift 3행: "), key);
    }
  }

  @Test
  void showsLiteralBracesAndBackslashesInMessages() {
    assertEquals(
        "q.gift line 2: a '{' not closed by its own '}'; a literal brace is written \\{",
        new GiftProblem("q.gift", 2, "braces.unclosed").message(Locale.ENGLISH));
    assertEquals(
        "q.gift: the file holds no question",
        new GiftProblem("q.gift", 0, "quiz.noStatements").message(Locale.ENGLISH));
  }

  private static java.util.Properties bundle(String name) throws java.io.IOException {
    var properties = new java.util.Properties();
    try (var in = GiftReaderTest.class.getResourceAsStream("/messages/" + name + ".properties")) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
