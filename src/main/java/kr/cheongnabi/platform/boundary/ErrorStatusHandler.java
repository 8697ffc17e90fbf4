package kr.cheongnabi.platform.boundary;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * A failure inside Faces, answered with its real status. An Ajax request's goes to PrimeFaces'
 * handler, which shows the template's error dialog ({@code p:ajaxExceptionHandler}) in a partial
 * response, the only answer an Ajax call can show. A whole page's goes to the standard handler,
 * which hands it to the servlet container: the container shows the error page of web.xml with
 * status 500 (503 when the database cannot be reached, {@link DatabaseOutageFilter}). PrimeFaces'
 * handler would instead redirect a whole page to the error page, which then answered 200.
 */
public class ErrorStatusHandler extends ExceptionHandlerWrapper {

  private final ExceptionHandler ajax;

  public ErrorStatusHandler(ExceptionHandler standard) {
    super(standard);
    this.ajax = new PrimeExceptionHandler(standard);
  }

  @Override
  public void handle() {
    if (FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
      ajax.handle();
    } else {
      getWrapped().handle();
    }
  }
}
