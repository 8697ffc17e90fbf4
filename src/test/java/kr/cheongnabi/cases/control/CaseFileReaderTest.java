package kr.cheongnabi.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kr.cheongnabi.cases.entity.Law;
import kr.cheongnabi.quiz.control.TextFormat;
import org.junit.jupiter.api.Test;

class CaseFileReaderTest {

  private static final Set<String> AREAS = Set.of("construction", "procurement", "grants");

  private final CaseFileReader reader = new CaseFileReader(AREAS);

  private static final String GOOD =
      """
      ---
      case: meal-limit
      title.ko: 식사 한도
      title.en: The meal limit
      duty-areas: construction, procurement
      laws: graft-act
      law.ko: 「청탁금지법」 제8조
      law.en: Graft Act, Article 8
      ---

      ## situation.ko

      업체가 **저녁**을 권합니다.

      ## situation.en

      A contractor offers dinner.

      ## rule.ko

      5만 원까지입니다.

      ## rule.en

      Up to 50,000 won.

      ## conduct.ko

      거절합니다.
      ## 이 제목은 본문의 일부입니다

      ## conduct.en

      Decline.
      """;

  @Test
  void aWellWrittenFileGivesThePublishedCaseWithItsTextsAndTags() {
    var file = reader.read("meal-limit.case.md", GOOD);

    assertTrue(file.isValid(), () -> file.problems().toString());
    var draft = file.draft();
    assertTrue(file.published());
    assertEquals("meal-limit", draft.key());
    assertEquals(TextFormat.MARKDOWN, draft.format());
    assertEquals("식사 한도", draft.titleKo());
    assertEquals("The meal limit", draft.titleEn());
    assertEquals("업체가 **저녁**을 권합니다.", draft.situationKo());
    assertEquals("거절합니다.\n## 이 제목은 본문의 일부입니다", draft.conductKo());
    assertEquals("Decline.", draft.conductEn());
    assertEquals(Set.of("construction", "procurement"), draft.dutyAreas());
    assertEquals(EnumSet.of(Law.GRAFT_ACT), draft.laws());
    assertEquals("「청탁금지법」 제8조", draft.lawKo());
  }

  @Test
  void englishIsOptionalPartByPart() {
    var koreanOnly =
        """
        ---
        case: korean-only
        title.ko: 한국어만
        laws: code-of-conduct
        law.ko: 「공무원 행동강령」
        published: false
        ---
        ## situation.ko
        상황
        ## rule.ko
        규정
        ## conduct.ko
        행동
        """;

    var file = reader.read("korean-only.case.md", koreanOnly);

    assertTrue(file.isValid(), () -> file.problems().toString());
    assertFalse(file.published());
    assertNull(file.draft().titleEn());
    assertNull(file.draft().situationEn());
    assertEquals(Set.of(), file.draft().dutyAreas(), "no duty area: every duty");
  }

  @Test
  void everyProblemIsNamedWithItsLineAndNothingIsRead() {
    var bad =
        """
        ---
        case: Bad Key
        title.en: English only
        duty-areas: construction, parking
        laws: graft-act, traffic-act
        colour: blue
        published: maybe
        ---
        stray text
        ## situation.ko
        상황
        ## situation.ko
        again
        ## summary.ko
        요약
        """;

    var file = reader.read("bad.case.md", bad);

    assertFalse(file.isValid());
    assertNull(file.draft());
    var lines = file.problems().stream().map(CaseFileProblem::toString).toList();
    assertEquals(
        List.of(
            "bad.case.md line 1: 'title.ko' is missing or empty",
            "bad.case.md line 1: 'rule.ko' is missing or empty",
            "bad.case.md line 1: 'conduct.ko' is missing or empty",
            "bad.case.md line 1: 'law.ko' is missing or empty",
            "bad.case.md line 2: 'case' must be lower-case letters, digits and hyphens (at most 64)",
            "bad.case.md line 4: unknown duty area 'parking'; known: construction, grants,"
                + " procurement",
            "bad.case.md line 5: unknown law 'traffic-act'; known: graft-act,"
                + " conflict-of-interest-act, code-of-conduct, whistleblower-act,"
                + " anti-corruption-act",
            "bad.case.md line 6: unknown header 'colour'; known: case, duty-areas, format,"
                + " law.en, law.ko, laws, published, title.en, title.ko",
            "bad.case.md line 7: published is true or false; found 'maybe'",
            "bad.case.md line 9: text before the first section; start it with '## situation.ko'",
            "bad.case.md line 12: '## situation.ko' is given twice (first on line 10)",
            "bad.case.md line 14: unknown section '## summary.ko'; known: conduct.en,"
                + " conduct.ko, rule.en, rule.ko, situation.en, situation.ko"),
        lines);
  }

  @Test
  void aFileWithoutItsHeaderSaysSoOnLineOne() {
    var file = reader.read("plain.case.md", "## situation.ko\n상황\n");

    assertEquals(
        List.of("plain.case.md line 1: a case file starts with a line '---' and its header"),
        file.problems().stream().map(CaseFileProblem::toString).toList());
  }

  @Test
  void anUnclosedHeaderIsNamedAtTheEndOfTheFile() {
    var file = reader.read("open.case.md", "---\ncase: open\ntitle.ko: 열림\n");

    assertEquals(
        "open.case.md line 4: the header is not closed by a line '---'",
        file.problems().get(file.problems().size() - 1).toString());
  }

  @Test
  void aTextThatTriesScriptIsShownSanitized() {
    var withScript =
        GOOD.replace("A contractor offers dinner.", "<script>alert(1)</script>Dinner")
            .replace("title.en: The meal limit\n", "title.en: The meal limit\nformat: html\n");

    var file = reader.read("meal-limit.case.md", withScript);

    assertTrue(file.isValid(), () -> file.problems().toString());
    var html = file.draft().rich(file.draft().situationEn()).html();
    assertFalse(html.contains("script"), html);
    assertTrue(html.contains("Dinner"), html);
  }
}
