package kr.cheongnabi.alert.control;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Values of native query columns as Connector/J hands them over, MySQL or MariaDB. */
final class SqlValues {

  private SqlValues() {}

  /** A DATETIME, written and read in the JVM's zone (UTC). */
  static Instant instant(Object datetime) {
    return datetime instanceof LocalDateTime local
        ? Timestamp.valueOf(local).toInstant()
        : ((Timestamp) datetime).toInstant();
  }

  static LocalDate date(Object date) {
    return date instanceof LocalDate local ? local : ((Date) date).toLocalDate();
  }

  /** A condition in a select list: a number on MySQL, sometimes a Boolean on MariaDB. */
  static boolean truth(Object value) {
    return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
  }
}
