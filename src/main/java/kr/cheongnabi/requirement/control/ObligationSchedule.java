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
 * Computes this year's obligations at start-up for those employed who have none (everyone on a new
 * installation or in the demo organisation), and everyone's every night, so that status changes
 * dated in the past or the future take effect. A start-up leaves the stored rows alone: an instance
 * started again, or one of many started one after another, does not go through the whole year each
 * time. Every instance does it; the rows come out the same.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ObligationSchedule {

  static final String SYSTEM = "system";

  @Inject Obligations obligations;
  @Inject Clock clock;

  @PostConstruct
  void atStartUp() {
    var year = TrainingYear.of(clock.instant()).value();
    if (obligations.missing(year)) {
      obligations.completeYearInBackground(year);
    }
  }

  @Schedule(hour = "1", minute = "30", timezone = "Asia/Seoul", persistent = false)
  void nightly() {
    obligations.recomputeYear(TrainingYear.of(clock.instant()).value(), SYSTEM);
  }
}
