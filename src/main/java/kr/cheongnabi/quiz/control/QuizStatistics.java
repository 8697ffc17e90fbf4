package kr.cheongnabi.quiz.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.quiz.entity.Quiz;
import kr.cheongnabi.quiz.entity.QuizVersion;

/**
 * Quiz statistics for trainers, per version, since the texts of the statements change between
 * versions. They are read from the totals kept as attempts finish: a few rows, however many people
 * took the quiz.
 */
@Stateless
@RolesAllowed(Role.TRAINER_NAME)
public class QuizStatistics {

  @PersistenceContext EntityManager em;
  @Inject QuizTallies tallies;

  /**
   * @param versionId the version to show, or null for the current one
   */
  public StatisticsView of(String quizKey, Long versionId) {
    var quiz =
        em.createNamedQuery(Quiz.BY_KEY, Quiz.class)
            .setParameter("key", quizKey)
            .getResultStream()
            .findFirst()
            .filter(q -> q.getCurrentVersion() != null)
            .orElseThrow(() -> new BusinessException("quiz.notFound", quizKey));
    var versions =
        em.createNamedQuery(QuizVersion.OF_QUIZ_NEWEST_FIRST, QuizVersion.class)
            .setParameter("quiz", quiz)
            .getResultList();
    var shown =
        versionId == null
            ? quiz.getCurrentVersion()
            : versions.stream()
                .filter(v -> v.getId().equals(versionId))
                .findFirst()
                .orElseThrow(() -> new BusinessException("statistics.noSuchVersion", quizKey));
    return StatisticsView.of(
        QuizCatalogue.withStatements(shown), versions, tallies.of(shown.getId()));
  }
}
