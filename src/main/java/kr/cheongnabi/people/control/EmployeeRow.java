package kr.cheongnabi.people.control;

import java.io.Serializable;
import java.util.Locale;
import kr.cheongnabi.people.entity.EmploymentStatus;

/** One line of the employee table: what a list shows, without the history. */
public record EmployeeRow(
    long id,
    String employeeNumber,
    String name,
    String unitNameKo,
    String unitNameEn,
    String position,
    String grade,
    EmploymentStatus status)
    implements Serializable {

  public String unitName(Locale locale) {
    return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? unitNameKo : unitNameEn;
  }
}
