package kr.cheongnabi.platform.boundary;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/**
 * The exception handling of the pages: {@link ExpiredViewHandler} reloads an expired view; any
 * other failure goes to {@link ErrorStatusHandler}, which passes it to PrimeFaces for an Ajax
 * request and to the standard handler, and so to the servlet container, for a whole page.
 */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {

  public PageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new ExpiredViewHandler(new ErrorStatusHandler(getWrapped().getExceptionHandler()));
  }
}
