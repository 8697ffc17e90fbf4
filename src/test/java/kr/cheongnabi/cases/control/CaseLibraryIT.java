package kr.cheongnabi.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.cheongnabi.cases.entity.CaseOrigin;
import kr.cheongnabi.cases.entity.IntegrityCase;
import kr.cheongnabi.cases.entity.Law;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.quiz.control.LoadOutcome;
import kr.cheongnabi.quiz.control.QuizCatalogue;
import kr.cheongnabi.quiz.control.TextFormat;
import kr.cheongnabi.testing.InContainerTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The case library inside the running application: drafts unseen until published, search by words
 * in either language and by duty area and law, lost updates refused, the bundled case files loaded
 * at start-up and loaded again only when they change, and quiz statements that link to cases.
 */
class CaseLibraryIT extends InContainerTest {

  @EJB CaseBook book;
  @EJB QuizCatalogue catalogue;

  @Test
  void aDraftIsFoundOnlyOncePublishedByWordsInEitherLanguageAreaAndLaw() {
    var word = TestData.unique("Zelkova").toLowerCase(Locale.ROOT);
    var key = TestData.unique("case-").toLowerCase(Locale.ROOT);
    var version = book.save(draft(key, "느티나무 " + word, "grants"), -1, "trainer-a");
    assertTrue(version >= 0);

    assertEquals(List.of(), keys(book.search(word, null, null)), "a draft is not shown");
    assertTrue(book.published(key).isEmpty());

    book.publish(key, true);

    assertEquals(List.of(key), keys(book.search(word, null, null)), "by the Korean title");
    assertEquals(
        List.of(key),
        keys(book.search("SUBSIDY " + word.toUpperCase(Locale.ROOT) + " gift", null, null)),
        "every word, in the English text too, in any case");
    assertEquals(List.of(), keys(book.search(word + " bribe", null, null)), "every word counts");
    assertEquals(List.of(key), keys(book.search(word, "grants", Law.GRAFT_ACT)));
    assertEquals(List.of(), keys(book.search(word, "construction", null)), "another area");
    assertEquals(List.of(), keys(book.search(word, null, Law.WHISTLEBLOWER_ACT)), "another law");
    assertTrue(keys(book.search(null, "grants", null)).contains(key), "by area alone");
    assertTrue(book.published(key).isPresent());
    assertEquals(List.of(), keys(book.search("100%" + word, null, null)), "% is a character");

    book.publish(key, false);
    assertEquals(List.of(), keys(book.search(word, null, null)), "withdrawn");
    assertTrue(book.published(key).isEmpty());
  }

  @Test
  void aTrainerWhoEditedAnOlderVersionOverwritesNothing() {
    var key = TestData.unique("case-").toLowerCase(Locale.ROOT);
    var first = book.save(draft(key, "처음", null), -1, "trainer-a");
    var second = book.save(draft(key, "둘째", null), first, "trainer-b");

    var stale =
        assertThrows(
            BusinessException.class, () -> book.save(draft(key, "셋째", null), first, "trainer-a"));

    assertEquals("cases.changedMeanwhile", stale.getMessageKey());
    var stored = book.byKey(key).orElseThrow();
    assertEquals("둘째", stored.getTitle().ko());
    assertEquals(second, stored.getVersion());
    assertEquals("trainer-b", stored.getUpdatedBy());
    var taken =
        assertThrows(BusinessException.class, () -> book.save(draft(key, "또", null), -1, "c"));
    assertEquals("cases.keyTaken", taken.getMessageKey());
  }

  @Test
  void aCaseWithProblemsIsRefusedByFieldAndNothingIsStored() {
    var key = TestData.unique("case-").toLowerCase(Locale.ROOT);
    var incomplete =
        new CaseDraft(
            key,
            TextFormat.MARKDOWN,
            "제목",
            null,
            "상황",
            null,
            null,
            null,
            "행동",
            null,
            "법",
            null,
            Set.of("parking"),
            Set.of());

    var refused = assertThrows(InvalidCase.class, () -> book.save(incomplete, -1, "trainer-a"));

    assertEquals(
        List.of(
            new CaseProblem("ruleKo", CaseProblem.REQUIRED),
            new CaseProblem("laws", CaseProblem.REQUIRED),
            new CaseProblem("dutyAreas", "unknownArea")),
        refused.problems());
    assertEquals(
        0, data.count("SELECT COUNT(*) FROM integrity_case WHERE case_key = '" + key + "'"));
  }

  @Test
  void theBundledCasesArePublishedAtStartUpAndAFileIsLoadedAgainOnlyWhenItChanges() {
    long bundled =
        data.count(
            "SELECT COUNT(*) FROM integrity_case WHERE origin = 'FILE' AND published = TRUE"
                + " AND updated_by = 'case-file'");
    assertTrue(bundled >= 12, "bundled cases loaded: " + bundled);
    var meal = book.byKey("graft-meal-with-contractor").orElseThrow();
    assertTrue(meal.isPublished());
    assertTrue(meal.getRule().en().contains("50,000 won"), meal.getRule().en());

    var key = TestData.unique("file-case-").toLowerCase(Locale.ROOT);
    var text = caseFile(key, "파일 사례");
    assertEquals(CaseLoad.Kind.CREATED, book.load(key + ".case.md", text).kind());
    book.save(draft(key, "강사가 고친 제목", null), book.byKey(key).orElseThrow().getVersion(), "t");

    assertEquals(
        CaseLoad.Kind.UNCHANGED,
        book.load(key + ".case.md", text).kind(),
        "the same file keeps the trainer's edit");
    assertEquals("강사가 고친 제목", book.byKey(key).orElseThrow().getTitle().ko());

    assertEquals(CaseLoad.Kind.UPDATED, book.load(key + ".case.md", caseFile(key, "바뀐 파일")).kind());
    var updated = book.byKey(key).orElseThrow();
    assertEquals("바뀐 파일", updated.getTitle().ko());
    assertEquals(CaseOrigin.FILE, updated.getOrigin());

    var rejected = book.load("broken.case.md", "no header");
    assertEquals(CaseLoad.Kind.REJECTED, rejected.kind());
    assertEquals(1, rejected.problems().get(0).line());
  }

  @Test
  void aQuizStatementLinksToAnExistingCaseAndAnUnknownOneIsNamedByLine() {
    var quizKey = TestData.unique("linked-").toLowerCase(Locale.ROOT);
    var quiz =
        """
        // @quiz %s
        // @title.ko 사례 연결
        // @title.en Linked to a case

        // @en Meals up to 50,000 won are always allowed.
        // @case %s
        ::s1::식사는 5만 원까지 언제나 허용된다.{F}
        """;

    LoadOutcome unknown =
        catalogue.loadFile(quizKey + ".gift", bytes(quiz.formatted(quizKey, "no-such-case")));
    assertEquals(LoadOutcome.Kind.REJECTED, unknown.kind());
    var problem = unknown.problems().get(0);
    assertEquals(6, problem.line());
    assertEquals("case.unknown", problem.key());

    LoadOutcome linked =
        catalogue.loadFile(
            quizKey + ".gift", bytes(quiz.formatted(quizKey, "graft-meal-with-contractor")));
    assertEquals(LoadOutcome.Kind.CREATED, linked.kind(), () -> linked.problems().toString());
    assertEquals(
        "graft-meal-with-contractor",
        data.text(
            "SELECT s.case_key FROM quiz_statement s JOIN quiz_version v ON v.id ="
                + " s.quiz_version_id JOIN quiz q ON q.id = v.quiz_id WHERE q.quiz_key = '"
                + quizKey
                + "'"));
  }

  private static CaseDraft draft(String key, String titleKo, String area) {
    return new CaseDraft(
        key,
        TextFormat.MARKDOWN,
        titleKo,
        null,
        "보조금을 받는 단체가 선물을 보냅니다.",
        "An association that receives a subsidy sends a gift.",
        "가액 기준은 예외입니다.",
        null,
        "돌려보냅니다.",
        "Send it back.",
        "「청탁금지법」 제8조",
        null,
        area == null ? Set.of() : Set.of(area),
        Set.of(Law.GRAFT_ACT));
  }

  private static String caseFile(String key, String title) {
    return """
        ---
        case: %s
        title.ko: %s
        laws: code-of-conduct
        law.ko: 「공무원 행동강령」
        ---
        ## situation.ko
        상황
        ## rule.ko
        규정
        ## conduct.ko
        행동
        """
        .formatted(key, title);
  }

  private static List<String> keys(List<IntegrityCase> cases) {
    return cases.stream().map(IntegrityCase::getKey).toList();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
