package kr.cheongnabi.campaign.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import kr.cheongnabi.testing.InContainerTest;
import kr.cheongnabi.testing.MailPort;
import kr.cheongnabi.testing.Race;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Campaigns sent inside the running application through a real SMTP server (GreenMail on the
 * MAIL_PORT the build gives the application), read back from it and compared with the tracking.
 */
@ExtendWith(MailPort.class)
class CampaignDispatchIT extends InContainerTest {

  private static final Pattern LINK = Pattern.compile("pledge\\.xhtml\\?t=(\\S+)");

  @EJB CampaignDispatch dispatch;
  @EJB CampaignTracking tracking;
  @EJB Pledges pledges;

  private GreenMail smtp;
  private String domain;
  private String area;
  private long bureau;
  private long team;
  private long welfare;

  @BeforeEach
  void aMailServerAndAConstructionBureau() {
    smtp = startSmtp();
    // A domain of its own, so that mails of other tests are not counted here.
    domain = TestData.unique("d").toLowerCase() + ".example.go.kr";
    bureau = data.unit(TestData.unique("B"), "도시건설국", "Urban Construction Bureau");
    team = data.unit(TestData.unique("T"), "도로과", "Roads Division", bureau);
    welfare = data.unit(TestData.unique("W"), "복지과", "Welfare Division");
    // A duty area of its own, so that the staff of other tests' areas are not reached here.
    area = TestData.unique("a").toLowerCase();
    data.execute(
        ("INSERT INTO duty_area (code, name_ko, name_en, position) VALUES ('%s', '시험 건설',"
                + " 'Test construction', 99)")
            .formatted(area));
    data.execute(
        "INSERT INTO org_unit_duty_area (org_unit_id, duty_area_code) VALUES (%d, '%s')"
            .formatted(bureau, area));
  }

  @AfterEach
  void stopMailServer() {
    smtp.stop();
  }

  @Test
  void theScheduledRunThatFixesARoundsRecipientsSendsTheirMailAtOnce() throws Exception {
    var road = employee("정도로", team, "ko");
    campaign(area, LocalDate.now(ZoneId.of("Asia/Seoul")), null);

    // What the five-minute schedule runs: every open campaign (others' too; they are theirs).
    var run = dispatch.run();

    assertEquals(1, received(road).length, "sent by the run that fixed the round: " + run);
  }

  @Test
  void constructionStaffGetTheMessageOnceAndThePledgeIsTrackedOnce() throws Exception {
    var road = employee("김도로", team, "ko");
    var engineer = employee("Lee Engineer", bureau, "en");
    var ownMark = employee("박보조", welfare, "ko");
    data.execute(
        "INSERT INTO employee_duty_area (employee_id, duty_area_code) VALUES (%d, '%s')"
            .formatted(ownMark.id(), area));
    var notReached = employee("최복지", welfare, "ko");
    var campaign = campaign(area, LocalDate.now(ZoneId.of("Asia/Seoul")), null);

    dispatch.run(campaign);
    dispatch.run(campaign);

    for (var person : List.of(road, engineer, ownMark)) {
      assertEquals(1, received(person).length, person.address());
    }
    assertEquals(0, received(notReached).length);
    var english = received(engineer)[0];
    assertEquals("[Cheongnabi] Construction integrity", english.getSubject());
    assertTrue(body(english).contains("I pledge to refuse every gift."), body(english));
    var korean = body(received(road)[0]);
    assertTrue(korean.contains("향응을 받지 않겠습니다"), korean);
    assertTrue(korean.contains("청렴 포털"), "the channels, as plain text: " + korean);

    var round = LocalDate.now(ZoneId.of("Asia/Seoul")).getYear();
    var before = tracking.of(campaign, round);
    assertEquals(3, before.total().recipients());
    assertEquals(smtp.getReceivedMessagesForDomain(domain).length, before.total().delivered());
    assertEquals(0, before.total().opened());

    var token = token(received(road)[0]);
    var view = pledges.open(token).orElseThrow();
    assertEquals("김도로", view.name());
    assertTrue(view.messageHtml().contains("<strong>"), view.messageHtml());
    assertTrue(!view.messageHtml().contains("script"), "sanitized: " + view.messageHtml());
    pledges.pledge(token);
    var pledgedAt = pledges.pledge(token).orElseThrow().pledgedAt();
    assertEquals(pledgedAt, pledges.open(token).orElseThrow().pledgedAt(), "pledged once");
    pledges.open(token(received(engineer)[0]));
    assertTrue(pledges.open(token.substring(0, token.length() - 2) + "xx").isEmpty());

    var after = tracking.of(campaign, round);
    assertEquals(3, after.total().delivered());
    assertEquals(2, after.total().opened());
    assertEquals(1, after.total().pledged());
    var byArea = after.byArea();
    assertEquals(1, byArea.size());
    assertEquals("시험 건설", byArea.get(0).label().ko());
    assertEquals(3, byArea.get(0).delivered());
    var roads =
        after.byUnit().stream().filter(t -> t.label().ko().equals("도로과")).findFirst().orElseThrow();
    assertEquals(1, roads.pledged());
    assertEquals(
        List.of("Lee Engineer", "박보조"),
        after.notPledged().stream().map(Tracking.Line::name).toList());

    var csv = new java.io.ByteArrayOutputStream();
    tracking.writeCsv(campaign, round, java.util.Locale.KOREAN, csv);
    var text = csv.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF이름,이메일,구분,부서,부패취약분야,"), "a BOM for Excel: " + text);
    assertTrue(text.contains("\r\n김도로," + road.address() + ",EMPLOYEE,도로과 ("), text);
    assertEquals(4, text.split("\r\n").length, "the header and three recipients");
  }

  @Test
  void twoSendersAtOnceSendEachRecipientOneMail() throws Exception {
    var people =
        List.of(
            employee("동시일", team, "ko"),
            employee("동시이", team, "en"),
            employee("동시삼", bureau, "ko"),
            employee("동시사", bureau, "ko"));
    var campaign = campaign(area, LocalDate.now(ZoneId.of("Asia/Seoul")), null);

    var sent = 0;
    for (var run : Race.of(executor, 4, () -> dispatch.run(campaign))) {
      sent += run.get(120, TimeUnit.SECONDS).sent();
    }
    dispatch.run(campaign);

    assertTrue(sent <= people.size(), "sent " + sent);
    for (var person : people) {
      assertEquals(1, received(person).length, person.address());
    }
    assertEquals(
        people.size(),
        data.count(
            "SELECT COUNT(*) FROM campaign_mail m JOIN campaign_recipient r"
                + " ON r.id = m.recipient_id WHERE m.state = 'SENT' AND r.campaign_id = "
                + campaign));
    assertEquals(
        people.size(),
        tracking
            .of(campaign, LocalDate.now(ZoneId.of("Asia/Seoul")).getYear())
            .total()
            .delivered());
  }

  @Test
  void aFailedMailIsSentByALaterRunAndTheReminderGoesOnceToThoseWhoHaveNotPledged()
      throws Exception {
    var first = employee("재시도", team, "ko");
    var second = employee("서약함", team, "ko");
    var today = LocalDate.now(ZoneId.of("Asia/Seoul"));
    // The round began three days ago, with a reminder two days after the message.
    var campaign = campaign(area, today.minusDays(3), 2);
    smtp.stop();

    var down = dispatch.run(campaign);

    assertTrue(down.failed() >= 2, down.toString());
    assertEquals(
        2,
        data.count(
            "SELECT COUNT(*) FROM campaign_mail m JOIN campaign_recipient r ON r.id ="
                + " m.recipient_id WHERE m.state = 'FAILED' AND r.campaign_id = "
                + campaign));

    smtp = startSmtp();
    dispatch.run(campaign);
    assertEquals(1, received(first).length, "the message, and no reminder before its days");
    pledges.pledge(token(received(second)[0]));
    // Two days and more have passed since the messages went out.
    data.execute(
        "UPDATE campaign_mail m JOIN campaign_recipient r ON r.id = m.recipient_id"
            + " SET m.sent_at = m.sent_at - INTERVAL 3 DAY WHERE r.campaign_id = "
            + campaign);
    dispatch.run(campaign);
    dispatch.run(campaign);

    var toFirst = received(first);
    assertEquals(2, toFirst.length, "the message and one reminder");
    assertEquals("[청렴나비] 서약을 기다립니다: Construction integrity", toFirst[1].getSubject());
    assertEquals(1, received(second).length, "who pledged is not reminded");
  }

  @Test
  void theDailyLimitHoldsTheRestForALaterDay() throws Exception {
    var people =
        List.of(
            employee("한도일", team, "ko"), employee("한도이", team, "ko"), employee("한도삼", team, "ko"));
    var today = LocalDate.now(ZoneId.of("Asia/Seoul"));
    var campaign = campaign(area, today, null);
    var limit = Integer.parseInt(System.getenv("CAMPAIGN_DAILY_LIMIT"));
    data.execute(
        "INSERT IGNORE INTO campaign_daily_volume (day, claimed) VALUES ('%s', 0)"
            .formatted(today));
    var before =
        data.count("SELECT claimed FROM campaign_daily_volume WHERE day = '" + today + "'");
    try {
      // One mail is left of the day's limit.
      data.execute(
          "UPDATE campaign_daily_volume SET claimed = %d WHERE day = '%s'"
              .formatted(limit - 1, today));

      var run = dispatch.run(campaign);

      assertEquals(1, run.sent(), run.toString());
      assertEquals(1, people.stream().mapToInt(p -> received(p).length).sum());
      assertEquals(
          limit,
          data.count("SELECT claimed FROM campaign_daily_volume WHERE day = '" + today + "'"));
      assertEquals(0, dispatch.run(campaign).sent(), "nothing more today");
    } finally {
      data.execute(
          "UPDATE campaign_daily_volume SET claimed = %d WHERE day = '%s'"
              .formatted(before, today));
    }
    dispatch.run(campaign);
    for (var person : people) {
      assertEquals(1, received(person).length, "sent once the limit allows: " + person.address());
    }
  }

  @Test
  void externalRecipientsWhoConsentedGetTheMessageInTheirLanguage() throws Exception {
    var campaign = campaign("", LocalDate.now(ZoneId.of("Asia/Seoul")), null);
    var contractor = "builder@" + domain;
    var parent = "parent@" + domain;
    data.execute(
        ("INSERT INTO campaign_external (campaign_id, email, name, kind, locale, consent_at,"
                + " consent_how) VALUES (%d, '%s', '한건설', 'CONTRACTOR', 'ko',"
                + " '2026-03-02 14:30:00', '계약 체결 시 서면 동의'), (%d, '%s', 'Pat Parent', 'PARENT',"
                + " 'en', '2026-03-05 00:00:00', 'school app opt-in')")
            .formatted(campaign, contractor, campaign, parent));

    dispatch.run(campaign);
    dispatch.run(campaign);

    assertEquals(1, received(new Person(0, contractor)).length);
    var toParent = received(new Person(0, parent));
    assertEquals(1, toParent.length);
    assertTrue(body(toParent[0]).startsWith("Dear Pat Parent,"), body(toParent[0]));
    var round = LocalDate.now(ZoneId.of("Asia/Seoul")).getYear();
    var figures = tracking.of(campaign, round);
    assertEquals(2, figures.total().delivered());
    assertEquals(List.of(), figures.notPledged(), "the list of those not pledged is of employees");
  }

  private record Person(long id, String address) {}

  private Person employee(String name, long unit, String language) {
    var number = TestData.unique("E");
    var id = data.employee(number, name, unit);
    var address = number.toLowerCase() + "@" + domain;
    data.execute("UPDATE employee SET email = '%s' WHERE id = %d".formatted(address, id));
    data.account(number.toLowerCase(), "not-used-here-42", id);
    data.execute(
        "UPDATE account SET preferred_locale = '%s' WHERE employee_id = %d"
            .formatted(language, id));
    return new Person(id, address);
  }

  private long campaign(String dutyArea, LocalDate sendOn, Integer remindAfterDays) {
    return data.insert(
        ("INSERT INTO campaign (title, message_ko, message_en, pledge_ko, pledge_en, channels_ko,"
                + " channels_en, duty_areas, schedule, send_on, remind_after_days, created_by,"
                + " created_at) VALUES ('Construction integrity',"
                + " '<p><strong>건설</strong> 현장의 청렴</p><script>alert(1)</script>',"
                + " '<p><strong>Integrity</strong> on site</p>',"
                + " '저는 어떤 향응을 받지 않겠습니다.', 'I pledge to refuse every gift.',"
                + " '<ul><li>청렴 포털</li></ul>', '<ul><li>Integrity portal</li></ul>', '%s',"
                + " 'ON_DATE', '%s', %s, 'hr', NOW(3) - INTERVAL 10 DAY)")
            .formatted(dutyArea, sendOn, remindAfterDays == null ? "NULL" : remindAfterDays));
  }

  private MimeMessage[] received(Person person) {
    return java.util.Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> recipient(m).equals(person.address()))
        .toArray(MimeMessage[]::new);
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String token(MimeMessage message) throws Exception {
    var matcher = LINK.matcher(body(message));
    assertTrue(matcher.find(), body(message));
    return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
  }

  private static String body(MimeMessage message) throws Exception {
    return message.getContent().toString();
  }

  private static GreenMail startSmtp() {
    var server =
        new GreenMail(
            new ServerSetup(Integer.parseInt(System.getenv("MAIL_PORT")), "127.0.0.1", "smtp"));
    server.start();
    return server;
  }
}
