package kr.cheongnabi.cases.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The case library in a real browser: a trainer writes a case in Korean only and publishes it; an
 * employee on a phone reaches the library from the menu, finds the case by a word of it, narrows by
 * duty area and law, and reads it, in English pages with its Korean parts marked so.
 */
class CaseLibraryJourneyIT extends BrowserTest {

  CaseLibraryJourneyIT() {
    super("en");
  }

  @Test
  void aTrainerPublishesACaseAndAnEmployeeFindsItOnAPhone() {
    var trainer = account("case-trainer", null, "TRAINER");
    var employee =
        data.employee(
            TestData.unique("E"), "사례독자", data.unit(TestData.unique("U"), "도로과", "Roads Division"));
    var reader = account("case-reader", employee);
    var word = TestData.unique("은행나무").toLowerCase(Locale.ROOT);
    var key = TestData.unique("case-").toLowerCase(Locale.ROOT);

    browser.open("/trainer/cases.xhtml");
    browser.signIn(trainer, PASSWORD);
    browser.find("#newCase").click();
    browser.type("#edit\\:key", key);
    browser.type("#edit\\:titleKo", "준공검사 전 점심 " + word);
    browser.type("#edit\\:situationKo", "시공사가 준공검사 전날 **점심**을 권합니다.");
    browser.type("#edit\\:ruleKo", "직무관련성이 밀접하면 가액 기준 안이라도 받을 수 없습니다.");
    browser.type("#edit\\:conductKo", "정중히 거절합니다.");
    browser.type("#edit\\:lawKo", "「청탁금지법」 제8조");
    browser.find("label[for='edit:laws:0']").click();
    browser.find("label[for='edit:dutyAreas:0']").click();
    browser.find("#edit\\:save").click();
    browser.waitForText("#state", "Draft");
    assertTrue(browser.path().contains("case=" + key), browser.path());
    browser.find("#edit\\:publish").click();
    browser.waitForText("#state", "Published");
    browser.screenshot("case-trainer-published-en");
    browser.open("/trainer/cases.xhtml");
    browser.waitForText("#cases\\:table", key);
    browser.screenshot("case-trainer-list-en");
    browser.signOut();

    browser.viewport(390, 844, true);
    browser.open("/index.xhtml");
    browser.signIn(reader, PASSWORD);
    // On a phone the menu opens on the area of the page shown: My training, with the library.
    browser.openMenuOnAPhone();
    browser.find("#menuMine a[href*='/me/cases.xhtml']").click();
    browser.waitFor("#caseSearch");

    browser.type("#q", word);
    browser.find("#searchButton").click();
    browser.waitForText("#caseCount", "1 case");
    assertFalse(browser.scrollsSideways(), "the list fits a phone");
    browser.screenshot("case-search-phone-en");

    browser.open("/me/cases.xhtml?q=" + word + "&area=procurement");
    browser.waitForText("#caseCount", "No cases");
    browser.open("/me/cases.xhtml?q=" + word + "&area=construction&law=graft-act");
    browser.waitForText("#caseCount", "1 case");

    browser.find("li.case-card[data-case='" + key + "'] h2 a").click();
    browser.waitFor("#case");
    browser.waitForText("#situation", "점심");
    assertTrue(browser.find("#situation strong").getText().contains("점심"), "Markdown is shown");
    assertTrue(browser.text().contains("no English text yet"), "Korean parts are marked");
    assertTrue(browser.find("#conduct").getAttribute("lang").equals("ko"));
    assertFalse(browser.scrollsSideways(), "the case fits a phone");
    browser.screenshot("case-page-phone-en");

    browser.viewport(1366, 768, false);
    browser.open("/me/cases.xhtml?q=" + word);
    browser.waitForText("#caseCount", "1 case");
    browser.screenshot("case-search-desktop-en");
  }

  @Test
  void aBundledCaseReadsInEnglishAndAnUnknownCaseIsNotFound() {
    var employee =
        data.employee(
            TestData.unique("E"), "사례독자", data.unit(TestData.unique("U"), "계약과", "Contracts"));
    var reader = account("case-reader", employee);
    browser.viewport(390, 844, true);

    browser.open("/me/case.xhtml?case=graft-meal-with-contractor");
    browser.signIn(reader, PASSWORD);
    browser.waitFor("#case");
    assertTrue(browser.find("#rule").getText().contains("50,000 won"));
    assertTrue(browser.find("#lawReference").getText().contains("Article 8(3)(ii)"));
    assertFalse(browser.text().contains("no English text yet"));

    browser.open("/me/case.xhtml?case=no-such-case");
    browser.waitFor("#caseMissing");
  }

  @Test
  void anAnsweredStatementAndALessonOfferTheCaseToRead() {
    var employee =
        data.employee(
            TestData.unique("E"), "사례독자", data.unit(TestData.unique("U"), "감사과", "Audit"));
    var reader = account("case-reader", employee);
    var quizKey = TestData.unique("case-quiz").toLowerCase(Locale.ROOT);
    var quizId =
        data.quiz(
            quizKey,
            "사례 퀴즈",
            new String[] {
              "PLAIN", "식사는 언제나 5만 원까지 된다.", "Meals are always fine to 50,000 won.", "F"
            });
    data.execute(
        "UPDATE quiz_statement s JOIN quiz_version v ON v.id = s.quiz_version_id"
            + " SET s.case_key = 'graft-meal-with-contractor' WHERE v.quiz_id = "
            + quizId);
    var moduleKey = TestData.unique("case-module").toLowerCase(Locale.ROOT);
    var moduleId = data.module(moduleKey, 30, null, "사례 강의");
    data.execute(
        "UPDATE module_lesson SET case_key = 'whistleblower-grant-fraud' WHERE module_id = "
            + moduleId);
    browser.viewport(390, 844, true);

    browser.open("/me/quiz.xhtml?quiz=" + quizKey);
    browser.signIn(reader, PASSWORD);
    browser.find("#take\\:start").click();
    browser.waitFor("#take\\:no");
    assertFalse(
        browser.driver().findElement(By.cssSelector(".statement-card .case-link a")).isDisplayed(),
        "the case waits until the statement is answered");
    browser.find("#take\\:no").click();
    var link = browser.find(".statement-card .case-link a");
    assertTrue(link.getText().contains("Read the case"), link.getText());
    assertTrue(link.getAttribute("href").contains("case=graft-meal-with-contractor"));
    browser.screenshot("case-link-quiz-phone-en");

    browser.open("/me/module.xhtml?module=" + moduleKey);
    var lesson = browser.find("#take\\:readCase");
    assertTrue(lesson.getAttribute("href").contains("case=whistleblower-grant-fraud"));
  }

  @Test
  void aLessonLinksOnlyToACaseThatExists() {
    var trainer = account("case-trainer", null, "TRAINER");
    var moduleKey = TestData.unique("case-module").toLowerCase(Locale.ROOT);

    browser.open("/trainer/modules.xhtml");
    browser.signIn(trainer, PASSWORD);
    browser.type("#create\\:key", moduleKey);
    browser.type("#create\\:titleKo", "이해충돌 사례 과정");
    browser.type("#create\\:titleEn", "Conflict of interest in practice");
    browser.find("#create\\:createButton").click();
    browser.waitFor("#settings\\:descriptionKo");
    browser.find("#lessons\\:addText").click();
    browser.waitFor("#lessons\\:lessonTitleKo");
    browser.type("#lessons\\:lessonTitleKo", "배우자가 입찰하면");
    browser.type("#lessons\\:lessonTitleEn", "When a spouse bids");
    browser.type("#lessons\\:bodyKo", "14일 안에 신고합니다.");
    browser.type("#lessons\\:bodyEn", "Report within 14 days.");
    browser.type("#lessons\\:lessonCase", "no-such-case");
    browser.find("#lessons\\:saveLesson").click();
    browser.waitForText(
        ".ui-messages-error", "Lesson 1, Integrity case: no such case in the case library");

    browser.type("#lessons\\:lessonCase", "coi-spouse-bidder");
    browser.find("#lessons\\:saveLesson").click();
    browser.waitForText("#lessons\\:table", "When a spouse bids");
    assertEquals(
        "coi-spouse-bidder",
        data.text(
            "SELECT l.case_key FROM module_lesson l JOIN training_module m ON m.id = l.module_id"
                + " WHERE m.module_key = '"
                + moduleKey
                + "'"));
  }
}
