package kr.cheongnabi.ledger.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import kr.cheongnabi.ledger.control.ChainProblem;
import kr.cheongnabi.ledger.control.Digest;
import kr.cheongnabi.ledger.control.LedgerAudit;
import kr.cheongnabi.ledger.control.TotalsCheck;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.JsonBuilders;

/**
 * The ledger's verification for scripts (ADMIN): walk the chain, take the digest of its head, and
 * check a digest kept earlier.
 */
@Path("ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

  @Inject LedgerAudit audit;

  /**
   * Walks the whole chain; {@code intact} is false and {@code problem} names the first bad entry.
   * {@code totals} compares the kept totals with the entries: {@code agree}, and the yearly totals
   * (by employee) and monthly totals that disagree.
   */
  @GET
  @Path("verification")
  public JsonObject verification() {
    var result = audit.verify();
    var json =
        JsonBuilders.object()
            .add("intact", result.intact())
            .add("length", result.length())
            .add("head", head(result.length(), result.headHash()))
            .add("checkedAt", result.checkedAt().toString())
            .add("totals", totals(result.totals()));
    if (!result.intact()) {
      json.add("problem", problem(result.problem()));
    }
    return json.build();
  }

  /** The digest of the chain head, as the admin page downloads it. */
  @GET
  @Path("digest")
  public Response digest() {
    var digest = audit.digest();
    return Response.ok(digest.toJson())
        .header("Content-Disposition", "attachment; filename=\"" + fileName(digest) + "\"")
        .build();
  }

  /** Checks a kept digest (the JSON of {@code GET digest}) against the ledger. */
  @POST
  @Path("digest-check")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
  public JsonObject check(String kept) {
    var check = audit.check(Digest.parse(kept));
    var json =
        JsonBuilders.object()
            .add("matches", check.matches())
            .add("outcome", check.outcome().name())
            .add("digest", head(check.digest().sequence(), check.digest().hash()))
            .add("length", check.length())
            .add(
                "description",
                Messages.format(
                    Locale.ENGLISH,
                    "ledger.digest." + check.outcome(),
                    Long.toString(check.digest().sequence()),
                    Long.toString(check.length())));
    if (check.problem() != null) {
      json.add("problem", problem(check.problem()));
    }
    return json.build();
  }

  static String fileName(Digest digest) {
    return "cheongnabi-ledger-digest-" + digest.sequence() + ".json";
  }

  private static JsonObjectBuilder head(long sequence, String hash) {
    return JsonBuilders.object().add("sequence", sequence).add("hash", hash);
  }

  private static JsonObjectBuilder totals(TotalsCheck check) {
    var totals = JsonBuilders.array();
    for (var total : check.totals()) {
      totals.add(
          JsonBuilders.object()
              .add("employeeNumber", total.employeeNumber())
              .add("employeeName", total.employeeName())
              .add("year", total.year())
              .add("figure", total.figure().name())
              .add("stored", total.stored())
              .add("computed", total.computed())
              .add("description", ProblemText.of(total, Locale.ENGLISH)));
    }
    var months = JsonBuilders.array();
    for (var month : check.months()) {
      months.add(
          JsonBuilders.object()
              .add("year", month.year())
              .add("month", month.month())
              .add("stored", month.stored())
              .add("computed", month.computed())
              .add("description", ProblemText.of(month, Locale.ENGLISH)));
    }
    return JsonBuilders.object()
        .add("agree", check.agree())
        .add("yearlyDisagreeing", check.totalsDisagreeing())
        .add("yearly", totals)
        .add("monthlyDisagreeing", check.monthsDisagreeing())
        .add("monthly", months);
  }

  private static JsonObjectBuilder problem(ChainProblem problem) {
    var json =
        JsonBuilders.object()
            .add("kind", problem.kind().name())
            .add("sequence", problem.sequence())
            .add("description", ProblemText.of(problem, Locale.ENGLISH));
    if (problem.entryId() != null) {
      json.add("entryId", problem.entryId());
    }
    return json;
  }
}
