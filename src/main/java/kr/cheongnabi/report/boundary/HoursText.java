package kr.cheongnabi.report.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import kr.cheongnabi.ledger.control.Hours;

/** {@code #{hours.of(minutes)}}: minutes shown as hours with one decimal on the report pages. */
@Named("hours")
@ApplicationScoped
public class HoursText {

  public String of(long minutes) {
    return Hours.of(Math.toIntExact(minutes));
  }
}
