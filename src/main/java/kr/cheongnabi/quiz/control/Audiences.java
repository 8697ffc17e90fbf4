package kr.cheongnabi.quiz.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.people.control.UnitEntry;
import kr.cheongnabi.platform.entity.Role;

/**
 * Who sees each quiz ({@link QuizAudiences}), for the trainers' pages: only trainers read or change
 * it.
 */
@Stateless
@RolesAllowed(Role.TRAINER_NAME)
public class Audiences {

  @Inject QuizAudiences audiences;

  public Audience of(String quizKey) {
    return audiences.of(quizKey);
  }

  public Map<String, List<UnitEntry>> chosenUnits() {
    return audiences.chosenUnits();
  }

  public void change(String quizKey, long shownVersion, boolean everyone, Collection<Long> units) {
    audiences.change(quizKey, shownVersion, everyone, units);
  }
}
