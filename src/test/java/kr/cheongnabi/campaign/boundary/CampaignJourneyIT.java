package kr.cheongnabi.campaign.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Pattern;
import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.MailPort;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * HR sends a campaign to the construction staff; a recipient pledges from the mail's link on a
 * phone, without signing in; the tracking shows what the mail server received.
 */
@ExtendWith(MailPort.class)
class CampaignJourneyIT extends BrowserTest {

  private static final Pattern LINK = Pattern.compile("/(pledge\\.xhtml\\?t=\\S+)");

  private GreenMail smtp;
  private String domain;
  private String hr;

  CampaignJourneyIT() {
    super("en");
  }

  @BeforeEach
  void constructionStaffAndAnHrOfficer() {
    smtp =
        new GreenMail(
            new ServerSetup(Integer.parseInt(System.getenv("MAIL_PORT")), "127.0.0.1", "smtp"));
    smtp.start();
    domain = TestData.unique("j").toLowerCase() + ".example.go.kr";
    hr = account("hr", null, "HR");
  }

  @AfterEach
  void stopMailServer() {
    smtp.stop();
  }

  @Test
  void hrSendsACampaignToConstructionStaffAndOnePledgesOnAPhone() throws Exception {
    var bureau = data.unit(TestData.unique("C"), "건설본부", "Construction Headquarters");
    var team = data.unit(TestData.unique("R"), "도로시설과", "Road Facilities Division", bureau);
    data.execute(
        "INSERT INTO org_unit_duty_area (org_unit_id, duty_area_code) VALUES (%d, 'construction')"
            .formatted(bureau));
    var first = staff("정도로", team);
    var second = staff("한현장", team);

    browser.open("/hr/campaign-new.xhtml");
    browser.signIn(hr, PASSWORD);
    browser.waitFor("#campaign\\:title");
    var title = "Winter works " + TestData.unique("t");
    browser.type("#campaign\\:title", title);
    browser.type("#campaign\\:messageKo", "<p>겨울철 <strong>공사 현장</strong>의 청렴을 지켜 주세요.</p>");
    browser.type(
        "#campaign\\:messageEn", "<p>Keep <strong>integrity</strong> on winter sites.</p>");
    browser.type("#campaign\\:pledgeKo", "저는 업체로부터 어떤 금품도 받지 않겠습니다.");
    browser.type("#campaign\\:pledgeEn", "I will accept nothing from contractors.");
    browser.type("#campaign\\:channelsKo", "<ul><li>청렴신문고</li></ul>");
    browser.type("#campaign\\:channelsEn", "<ul><li>Integrity hotline</li></ul>");
    browser.find("label[for='campaign:areas:0']").click();
    browser.screenshot("campaign-new");
    browser.find("#campaign\\:sendNow").click();

    browser.waitFor("#delivered");
    assertTrue(browser.path().startsWith("/hr/campaign.xhtml?id="), browser.path());
    var toFirst = only(first);
    assertEquals(1, only(second).length);
    var delivered = Integer.parseInt(browser.find("#delivered").getText().strip());
    assertTrue(delivered >= 2, "delivered " + delivered);
    var tracking = browser.path();
    browser.signOut();

    browser.viewport(390, 844, true);
    var matcher = LINK.matcher(body(toFirst[0]));
    assertTrue(matcher.find(), body(toFirst[0]));
    browser.open("/" + matcher.group(1));
    browser.waitFor("#pledge\\:pledgeButton");
    assertTrue(browser.text().contains("공사 현장"), "in the recipient's language");
    assertFalse(browser.scrollsSideways(), "the pledge page fits a phone");
    browser.screenshot("campaign-pledge-phone");
    browser.find("#pledge\\:pledgeButton").click();
    browser.waitFor("#pledge\\:pledged");
    browser.screenshot("campaign-pledged-phone");
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM campaign_recipient WHERE pledged_at IS NOT NULL"
                + " AND email = '"
                + first
                + "'"));

    browser.viewport(1366, 900, false);
    browser.open(tracking);
    browser.signIn(hr, PASSWORD);
    browser.waitFor("#pledged");
    assertTrue(browser.find("#pledged").getText().startsWith("1 "));
    assertEquals(
        smtp.getReceivedMessagesForDomain(domain).length,
        Integer.parseInt(browser.find("#delivered").getText().strip()));
    var byUnit = browser.find("#campaign\\:byUnit").getText();
    assertTrue(byUnit.contains("도로시설과") || byUnit.contains("Road Facilities"), byUnit);
    var notPledged = browser.find("#campaign\\:notPledged").getText();
    assertTrue(notPledged.contains("한현장"), notPledged);
    assertFalse(notPledged.contains("정도로"), notPledged);
    assertFalse(browser.driver().findElements(By.id("campaign:csv")).isEmpty());
    browser.screenshot("campaign-tracking");
  }

  @Test
  void hrMarksAUnitAndAnEmployeeWithDutyAreasOnTheirPages() {
    var code = TestData.unique("G");
    var unit = data.unit(code, "보조금팀", "Grants Team");
    var number = TestData.unique("E");
    var employee = data.employee(number, "윤심사", unit);

    browser.open("/hr/org.xhtml");
    browser.signIn(hr, PASSWORD);
    browser
        .find("#org\\:tree")
        .findElement(By.xpath(".//span[contains(., '(" + code + ")')]"))
        .click();
    browser.waitForValue("#org\\:nameKo", "보조금팀");
    // Grants and subsidies, the third of the list.
    browser.find("label[for='org:areas:2']").click();
    browser.find("#org\\:save").click();
    browser.waitForText(".ui-messages-info", code);
    assertEquals(
        "grants",
        data.text("SELECT duty_area_code FROM org_unit_duty_area WHERE org_unit_id = " + unit));

    browser.open("/hr/employee.xhtml?id=" + employee);
    browser.waitForText("#employee\\:inheritedAreas", "Grants and subsidies");
    // Inspections, the fifth, as the employee's own area.
    browser.find("label[for='employee:areas:4']").click();
    browser.find("#employee\\:save").click();
    browser.waitForText(".ui-messages-info", number);
    browser.screenshot("employee-duty-areas");
    assertEquals(
        "inspections",
        data.text(
            "SELECT GROUP_CONCAT(duty_area_code) FROM employee_duty_area WHERE employee_id = "
                + employee));
  }

  private String staff(String name, long unit) {
    var number = TestData.unique("E");
    var id = data.employee(number, name, unit);
    var address = number.toLowerCase() + "@" + domain;
    data.execute("UPDATE employee SET email = '%s' WHERE id = %d".formatted(address, id));
    return address;
  }

  private MimeMessage[] only(String address) {
    var messages = smtp.getReceivedMessagesForDomain(address);
    assertEquals(1, messages.length, address);
    return messages;
  }

  private static String body(MimeMessage message) throws Exception {
    return message.getContent().toString();
  }
}
