package kr.cheongnabi.ledger.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import kr.cheongnabi.ledger.control.LedgerEntries;
import kr.cheongnabi.ledger.control.XapiStatement;
import kr.cheongnabi.ledger.control.XapiStatements;
import kr.cheongnabi.platform.control.JsonBuilders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ledger as xAPI statements for a learning record store (HR): a StatementResult of at most
 * 1,000 statements after sequence number {@code since}, with a {@code more} link to the next page
 * (empty when there is none yet). A store that keeps the last {@code since} asks only for what is
 * new.
 */
@Path("xapi/statements")
@RequestScoped
public class XapiResource {

  @Inject LedgerEntries ledgerEntries;

  @Inject
  @ConfigProperty(name = "public.url")
  Optional<String> publicUrl;

  @Context UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response statements(
      @QueryParam("since") @DefaultValue("0") @Min(0) long since,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(XapiStatements.MAX_PAGE) int limit) {
    var page = ledgerEntries.statements(since, limit, base());
    var statements = JsonBuilders.array();
    page.statements().forEach(statements::add);
    var more = "";
    if (page.nextSince() != null) {
      var next =
          uri.getRequestUriBuilder()
              .replaceQueryParam("since", page.nextSince())
              .replaceQueryParam("limit", limit)
              .build();
      more = next.getRawPath() + "?" + next.getRawQuery();
    }
    return Response.ok(
            JsonBuilders.object().add("statements", statements).add("more", more).build())
        .header("X-Experience-API-Version", XapiStatement.VERSION)
        .build();
  }

  /**
   * Accounts and activities are named under PUBLIC_URL, the address people use, so that their ids
   * stay the same whichever address a script calls; without it, under the address called.
   */
  private URI base() {
    return publicUrl
        .map(url -> URI.create(url.endsWith("/") ? url : url + "/"))
        .orElseGet(() -> uri.getBaseUri().resolve(".."));
  }
}
