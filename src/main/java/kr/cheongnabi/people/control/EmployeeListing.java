package kr.cheongnabi.people.control;

import java.io.Serializable;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * An employee as a report by person lists them: number, name, unit, position, and whether they are
 * a senior official in active employment now.
 */
public record EmployeeListing(
    long id,
    String employeeNumber,
    String name,
    Bilingual unitName,
    String position,
    boolean seniorOfficial,
    EmploymentStatus status)
    implements Serializable {

  /** The listing as the query selects it, with the unit's name in its two columns. */
  public EmployeeListing(
      long id,
      String employeeNumber,
      String name,
      String unitNameKo,
      String unitNameEn,
      String position,
      boolean seniorOfficial,
      EmploymentStatus status) {
    this(
        id,
        employeeNumber,
        name,
        new Bilingual(unitNameKo, unitNameEn),
        position,
        seniorOfficial,
        status);
  }

  /** A senior official in active employment: one the self-assessment asks. */
  public boolean activeSeniorOfficial() {
    return seniorOfficial && status == EmploymentStatus.ACTIVE;
  }
}
