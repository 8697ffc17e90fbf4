package kr.cheongnabi.people.control;

import java.io.Serializable;
import java.util.Locale;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.platform.entity.Bilingual;

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
    return Bilingual.pick(locale, unitNameKo, unitNameEn);
  }
}
