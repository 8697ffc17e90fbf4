package kr.cheongnabi.ledger.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import kr.cheongnabi.ledger.control.Hours;

/**
 * {@code #{hours.of(minutes)}}: minutes shown as the one rule for hours (see {@link Hours}) in the
 * page's language, on every page of every role.
 */
@Named("hours")
@ApplicationScoped
public class HoursText {

  public String of(long minutes) {
    return Hours.of(minutes).text(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }
}
