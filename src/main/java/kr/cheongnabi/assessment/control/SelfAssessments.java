package kr.cheongnabi.assessment.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.cheongnabi.assessment.control.AssessmentReport.Report;
import kr.cheongnabi.assessment.entity.SelfAssessment;
import kr.cheongnabi.people.control.EmployeeRecords;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.quiz.control.QuizResults.AssignedQuiz;

/** What HR does with the senior officials' self-assessments, recorded under their name. */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class SelfAssessments {

  @EJB Assessments assessments;
  @EJB AssessmentReport reports;
  @EJB EmployeeRecords people;
  @Inject SignedInEmployee signedIn;

  public List<AssignedQuiz> banks() {
    return assessments.banks();
  }

  public Optional<AssignedQuiz> bank(String quizKey) {
    return assessments.bank(quizKey);
  }

  /** How many senior officials in active employment an assessment opened now is assigned to. */
  public int seniorOfficials() {
    return people.activeSeniorOfficials().size();
  }

  public List<SelfAssessment> all() {
    return assessments.all();
  }

  public Optional<SelfAssessment> ofYear(int year) {
    return assessments.ofYear(year);
  }

  public Assessments.Opened open(int year, String quizKey, LocalDate dueDate, int creditMinutes) {
    return assessments.open(year, quizKey, dueDate, creditMinutes, signedIn.username());
  }

  public SelfAssessment change(long id, long shownVersion, LocalDate dueDate, int creditMinutes) {
    return assessments.change(id, shownVersion, dueDate, creditMinutes);
  }

  public SelfAssessment close(long id) {
    return assessments.close(id);
  }

  /** The report of the year's assessment; empty when none was opened for that year. */
  public Optional<Report> report(int year) {
    return assessments.ofYear(year).map(reports::of);
  }
}
