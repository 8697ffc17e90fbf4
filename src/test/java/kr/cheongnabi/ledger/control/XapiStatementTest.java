package kr.cheongnabi.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import kr.cheongnabi.ledger.entity.EntryContent;
import kr.cheongnabi.ledger.entity.EntryKind;
import kr.cheongnabi.ledger.entity.LedgerEntry;
import kr.cheongnabi.ledger.entity.SourceKey;
import kr.cheongnabi.people.control.EmployeeIdentity;
import org.junit.jupiter.api.Test;

class XapiStatementTest {

  private static final URI BASE = URI.create("https://cheongnabi.example.go.kr/");

  @Test
  void aPassedQuizIsPassedWithItsMinutesAsDurationAndTheEmployeesMailbox() {
    var entry = entry(EntryKind.QUIZ, "quiz-credit:77", 30);
    var who = new EmployeeIdentity(42, "E-001", "kim@example.go.kr");
    var statement = XapiStatement.of(entry, who, BASE);

    assertEquals(
        "http://adlnet.gov/expapi/verbs/passed", statement.getJsonObject("verb").getString("id"));
    assertEquals("PT30M", statement.getJsonObject("result").getString("duration"));
    assertEquals(true, statement.getJsonObject("result").getBoolean("success"));
    assertEquals("mailto:kim@example.go.kr", statement.getJsonObject("actor").getString("mbox"));
    assertEquals(
        "https://cheongnabi.example.go.kr/xapi/activities/quiz-credit/77",
        statement.getJsonObject("object").getString("id"));
    assertEquals("2025-05-01T00:00:00Z", statement.getString("timestamp"));
    assertEquals("2025-05-01T00:00:01.500Z", statement.getString("stored"));
    assertEquals("1.0.3", statement.getString("version"));
    assertEquals(XapiStatement.id(entry).toString(), statement.getString("id"));
  }

  @Test
  void anEmployeeWithoutEmailIsAnAccountNamedByEmployeeNumber() {
    var statement =
        XapiStatement.of(
            entry(EntryKind.IN_PERSON, "session:12", 90),
            new EmployeeIdentity(42, "E-001", null),
            BASE);
    var account = statement.getJsonObject("actor").getJsonObject("account");
    assertEquals(BASE.toString(), account.getString("homePage"));
    assertEquals("E-001", account.getString("name"));
    assertFalse(statement.getJsonObject("actor").containsKey("mbox"));
    assertEquals(
        "http://adlnet.gov/expapi/verbs/attended", statement.getJsonObject("verb").getString("id"));
    assertEquals("PT1H30M", statement.getJsonObject("result").getString("duration"));
  }

  @Test
  void modulesAndExternalTrainingAreCompletedAndCorrectionsAreNoStatement() {
    assertEquals("completed", XapiStatement.verb(EntryKind.ONLINE_MODULE));
    assertEquals("completed", XapiStatement.verb(EntryKind.EXTERNAL));
    assertFalse(XapiStatement.describes(EntryKind.CORRECTION));
    assertThrows(IllegalArgumentException.class, () -> XapiStatement.verb(EntryKind.CORRECTION));
  }

  @Test
  void theStatementIdIsAStableUuidOfTheEntry() {
    var entry = entry(EntryKind.ONLINE_MODULE, "module:7", 60);
    assertEquals(
        XapiStatement.id(entry), XapiStatement.id(entry(EntryKind.ONLINE_MODULE, "module:7", 60)));
    assertEquals(UUID.fromString(XapiStatement.id(entry).toString()), XapiStatement.id(entry));
  }

  private static LedgerEntry entry(EntryKind kind, String source, int minutes) {
    return new LedgerEntry(
        new EntryContent(
            3,
            42,
            2025,
            minutes,
            kind,
            SourceKey.parse(source),
            Instant.parse("2025-05-01T00:00:00Z"),
            Instant.parse("2025-05-01T00:00:01.5Z"),
            Ledger.SYSTEM,
            null,
            EntryContent.GENESIS));
  }
}
