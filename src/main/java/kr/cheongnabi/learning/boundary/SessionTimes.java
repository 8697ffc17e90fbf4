package kr.cheongnabi.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import kr.cheongnabi.platform.entity.TrainingYear;

/** Session times as the officials read them: on the clock in Korea, whatever the server's zone. */
@Named
@ApplicationScoped
public class SessionTimes {

  public static final ZoneId KOREA = TrainingYear.KOREA;
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public String format(Instant instant) {
    return instant == null ? "" : SHOWN.format(instant.atZone(KOREA));
  }

  public static LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, KOREA);
  }

  public static Instant instant(LocalDateTime local) {
    return local.atZone(KOREA).toInstant();
  }
}
