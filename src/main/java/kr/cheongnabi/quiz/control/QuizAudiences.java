package kr.cheongnabi.quiz.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.cheongnabi.people.control.OrgTree;
import kr.cheongnabi.people.control.UnitEntry;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.quiz.entity.Quiz;

/**
 * Who sees each quiz. The audience belongs to the quiz, not to a version, so a new version keeps
 * it. Pages reach it only through {@link Audiences}, which lets trainers in and no one else.
 */
@Stateless
public class QuizAudiences {

  @PersistenceContext EntityManager em;
  @Inject OrgTree organisation;

  /** The quiz's audience as it is now, with the version of the quiz it was read at. */
  public Audience of(String quizKey) {
    var quiz = quiz(quizKey);
    var current = quiz.getCurrentVersion();
    return new Audience(
        quiz.getKey(),
        current.getTitle(),
        quiz.getVersion(),
        quiz.isAudienceAll(),
        organisation.byIds(quiz.getAudienceUnits()));
  }

  /** The chosen units, by code, of every quiz that is not for everyone, by quiz key. */
  public Map<String, List<UnitEntry>> chosenUnits() {
    var quizzesOfUnit = new HashMap<Long, List<String>>();
    for (var pair : em.createNamedQuery(Quiz.AUDIENCE_UNITS, Object[].class).getResultList()) {
      quizzesOfUnit
          .computeIfAbsent((Long) pair[1], unit -> new ArrayList<>())
          .add((String) pair[0]);
    }
    var chosen = new LinkedHashMap<String, List<UnitEntry>>();
    for (var unit : organisation.byIds(quizzesOfUnit.keySet())) {
      for (var key : quizzesOfUnit.get(unit.id())) {
        chosen.computeIfAbsent(key, k -> new ArrayList<>()).add(unit);
      }
    }
    return chosen;
  }

  /**
   * Sets who sees the quiz: everyone, or the employees of the chosen units and of every unit below
   * them. The caller names the version of the quiz it showed; if the quiz changed since, nothing is
   * saved. Trainers saving at the same moment take turns on the quiz's row, so the audience is
   * always one trainer's whole choice, never a mix of two.
   */
  public void change(String quizKey, long shownVersion, boolean everyone, Collection<Long> units) {
    var chosen = Set.copyOf(units);
    if (!everyone && chosen.isEmpty()) {
      throw new BusinessException("audience.noUnits");
    }
    var quiz = quiz(quizKey);
    em.refresh(quiz, LockModeType.PESSIMISTIC_WRITE);
    if (quiz.getVersion() != shownVersion) {
      throw new BusinessException("audience.changedMeanwhile", quizKey);
    }
    if (everyone) {
      quiz.openToEveryone();
    } else {
      if (organisation.byIds(chosen).size() != chosen.size()) {
        throw new BusinessException("audience.unknownUnit");
      }
      quiz.restrictTo(chosen);
    }
    // The chosen units live in their own table: the quiz's version must count their change too.
    em.lock(quiz, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  private Quiz quiz(String quizKey) {
    return em.createNamedQuery(Quiz.BY_KEY, Quiz.class)
        .setParameter("key", quizKey)
        .getResultStream()
        .findFirst()
        .filter(quiz -> quiz.getCurrentVersion() != null)
        .orElseThrow(() -> new BusinessException("quiz.notFound", quizKey));
  }
}
