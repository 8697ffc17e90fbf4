package kr.cheongnabi.platform.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.JsonBuilders;

/** What a REST caller gets for a broken rule (400) or a call its roles do not allow (403). */
public final class RestErrors {

  private RestErrors() {}

  static Response of(Response.Status status, String key, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(JsonBuilders.object().add("error", key).add("message", message).build())
        .build();
  }

  /** A rule of the business was broken: the message key and its English text. */
  @Provider
  public static class BusinessRule implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
      return of(
          Response.Status.BAD_REQUEST,
          e.getMessageKey(),
          Messages.format(Locale.ENGLISH, e.getMessageKey(), e.getArguments()));
    }
  }

  /** A service refused the caller's roles (web.xml normally refuses the path before). */
  @Provider
  public static class NotAllowed implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException e) {
      return of(Response.Status.FORBIDDEN, "forbidden", "Your roles do not allow this call.");
    }
  }
}
