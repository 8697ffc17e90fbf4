package kr.cheongnabi.people.control;

import java.io.Serializable;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.platform.entity.Bilingual;

/** One line of the employee table: what a list shows, without the history. */
public record EmployeeRow(
    long id,
    String employeeNumber,
    String name,
    Bilingual unitName,
    String position,
    String grade,
    EmploymentStatus status)
    implements Serializable {

  /** The row as the query selects it, with the unit's name in its two columns. */
  public EmployeeRow(
      long id,
      String employeeNumber,
      String name,
      String unitNameKo,
      String unitNameEn,
      String position,
      String grade,
      EmploymentStatus status) {
    this(id, employeeNumber, name, new Bilingual(unitNameKo, unitNameEn), position, grade, status);
  }
}
