package kr.cheongnabi.ledger.control;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import kr.cheongnabi.ledger.entity.EntryKind;
import kr.cheongnabi.ledger.entity.LedgerEntry;
import kr.cheongnabi.people.control.EmployeeIdentity;
import kr.cheongnabi.platform.control.JsonBuilders;

/**
 * A ledger entry as an xAPI 1.0.3 statement, for a learning record store. Corrections have no
 * statement: they adjust credited time and are no learning experience, and xAPI can only void a
 * whole statement, not subtract minutes from one.
 */
public final class XapiStatement {

  public static final String VERSION = "1.0.3";
  static final String VERBS = "http://adlnet.gov/expapi/verbs/";

  private XapiStatement() {}

  /** Whether entries of this kind become statements. */
  public static boolean describes(EntryKind kind) {
    return kind != EntryKind.CORRECTION;
  }

  /**
   * @param who the employee, named by email when there is one, else by employee number
   * @param base the application's address: accounts and activity ids are named under it
   */
  public static JsonObject of(LedgerEntry entry, EmployeeIdentity who, URI base) {
    var verb = verb(entry.getKind());
    var result =
        JsonBuilders.object()
            .add("completion", true)
            .add("duration", Duration.ofMinutes(entry.getMinutes()).toString());
    if (entry.getKind() == EntryKind.QUIZ) {
      result.add("success", true);
    }
    var source = entry.getSource();
    return JsonBuilders.object()
        .add("id", id(entry).toString())
        .add("actor", actor(who, base))
        .add(
            "verb",
            JsonBuilders.object()
                .add("id", VERBS + verb)
                .add("display", JsonBuilders.object().add("en-US", verb)))
        .add(
            "object",
            JsonBuilders.object()
                .add("objectType", "Activity")
                .add(
                    "id",
                    base.resolve("xapi/activities/" + source.type() + "/" + source.id())
                        .toString()))
        .add("result", result)
        .add("timestamp", entry.getOccurredAt().toString())
        .add("stored", entry.getRecordedAt().toString())
        .add("version", VERSION)
        .build();
  }

  /** The same entry always gives the same statement id: a name-based UUID of its hash. */
  public static UUID id(LedgerEntry entry) {
    return UUID.nameUUIDFromBytes(("cheongnabi-ledger:" + entry.getHash()).getBytes(UTF_8));
  }

  static String verb(EntryKind kind) {
    return switch (kind) {
      case ONLINE_MODULE, EXTERNAL -> "completed";
      case QUIZ -> "passed";
      case IN_PERSON -> "attended";
      case CORRECTION -> throw new IllegalArgumentException("A correction has no statement");
    };
  }

  private static JsonObject actor(EmployeeIdentity who, URI base) {
    var actor = JsonBuilders.object().add("objectType", "Agent");
    if (who.email() != null && !who.email().isBlank()) {
      return actor.add("mbox", "mailto:" + who.email()).build();
    }
    return actor
        .add(
            "account",
            JsonBuilders.object()
                .add("homePage", base.toString())
                .add("name", who.employeeNumber()))
        .build();
  }
}
