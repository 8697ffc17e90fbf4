package kr.cheongnabi.report.control;

import java.io.Serializable;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * One employee's line of a gap report: what they owe in the year, what is credited (online means
 * modules and quizzes), and what is missing.
 */
public record EmployeeGap(
    long employeeId,
    String employeeNumber,
    String name,
    long unitId,
    String unitCode,
    Bilingual unitName,
    EmploymentType employmentType,
    EmploymentStatus status,
    int owedMinutes,
    int floorMinutes,
    int creditedMinutes,
    int onlineMinutes,
    int inPersonMinutes,
    int externalMinutes,
    boolean faceToFaceRequired,
    boolean faceToFaceDone)
    implements Serializable {

  public int missingMinutes() {
    return Math.max(0, owedMinutes - creditedMinutes);
  }

  public Standing standing() {
    return Standing.of(owedMinutes, floorMinutes, creditedMinutes);
  }
}
