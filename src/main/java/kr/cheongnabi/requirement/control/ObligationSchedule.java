package kr.cheongnabi.requirement.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * Brings this year's obligations up to date at start-up when someone employed has none (a new
 * installation, the demo organisation) and every night, so that status changes dated in the past or
 * the future take effect. Every instance does it; the rows come out the same.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "DemoOrganisation"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ObligationSchedule {

  static final String SYSTEM = "system";

  @Inject Obligations obligations;
  @Inject Clock clock;

  @PostConstruct
  void atStartUp() {
    var year = TrainingYear.of(clock.instant()).value();
    if (obligations.missing(year)) {
      obligations.recomputeYearInBackground(year, SYSTEM);
    }
  }

  @Schedule(hour = "1", minute = "30", timezone = "Asia/Seoul", persistent = false)
  void nightly() {
    obligations.recomputeYear(TrainingYear.of(clock.instant()).value(), SYSTEM);
  }
}
