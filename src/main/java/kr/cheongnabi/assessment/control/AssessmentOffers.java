package kr.cheongnabi.assessment.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kr.cheongnabi.assessment.entity.SelfAssessment;
import kr.cheongnabi.people.control.EmployeeRecords;
import kr.cheongnabi.quiz.control.QuizAssignments;
import kr.cheongnabi.quiz.control.QuizAssignments.Assignment;

/**
 * Answers the quizzes' question which assigned-only quizzes an employee takes: the bank of a
 * self-assessment whose window holds the moment asked about, to a senior official in active
 * employment, due on its due date and crediting what HR set. A senior official it meets for the
 * first time while the assessment is open is assigned it here. Runs in the quizzes' transaction,
 * for the employee's own pages and for the sweeper that closes attempts alike, so it asks for no
 * role.
 */
@Stateless
public class AssessmentOffers {

  @PersistenceContext EntityManager em;
  @EJB EmployeeRecords people;
  @EJB Assignees assignees;

  public void answer(@Observes QuizAssignments asked) {
    var assessments =
        em.createNamedQuery(SelfAssessment.OF_BANKS_AT, SelfAssessment.class)
            .setParameter("quizKeys", asked.quizKeys())
            .setParameter("at", asked.at())
            .getResultList();
    if (assessments.isEmpty() || !people.isActiveSeniorOfficial(asked.employeeId())) {
      return;
    }
    for (var assessment : assessments) {
      if (assessment.isOpen()) {
        assignees.assign(assessment.getId(), asked.employeeId());
      }
      asked.assign(
          assessment.getQuizKey(),
          new Assignment(
              assessment.getOpenedAt(), assessment.getDueDate(), assessment.getCreditMinutes()));
    }
  }
}
