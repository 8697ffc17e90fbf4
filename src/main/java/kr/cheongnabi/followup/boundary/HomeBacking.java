package kr.cheongnabi.followup.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import kr.cheongnabi.followup.control.AssignmentState;
import kr.cheongnabi.followup.control.Assignments;
import kr.cheongnabi.learning.control.MyModules;
import kr.cheongnabi.learning.control.MySessions;
import kr.cheongnabi.learning.control.SessionCard;
import kr.cheongnabi.ledger.control.Credit;
import kr.cheongnabi.ledger.control.MyTraining;
import kr.cheongnabi.ledger.control.MyTrainingView;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.quiz.control.MyAttempts;

/**
 * index.xhtml, everyone's home page: where the person stands this year (hours from the totals kept
 * beside the ledger), what is still to do and by when (follow-up training, then modules and quizzes
 * open to them), and the sessions they registered for that are coming up. Read once per request.
 */
@Named
@RequestScoped
public class HomeBacking {

  @Inject MyTraining training;
  @Inject Assignments followUps;
  @Inject MyModules modules;
  @Inject MyAttempts quizzes;
  @Inject MySessions sessions;
  @Inject SignedInEmployee signedIn;
  @Inject Clock clock;

  private int year;
  private MyTrainingView standing;
  private List<DueItem> due = List.of();
  private List<SessionCard> comingUp = List.of();

  public void load() {
    year = Credit.trainingYearOf(clock.instant());
    if (signedIn.employeeId().isEmpty()) {
      // A sign-in without an employee record has no training of its own: links only.
      return;
    }
    standing = training.standing(year);
    var items = new ArrayList<DueItem>();
    var followedUp = new HashSet<String>();
    for (var row : followUps.mine()) {
      if (row.year() == year && row.state() != AssignmentState.DONE) {
        items.add(DueItem.of(row));
        followedUp.add(row.moduleKey());
      }
    }
    for (var module : modules.unfinished()) {
      if (!followedUp.contains(module.key())) {
        items.add(DueItem.of(module));
      }
    }
    for (var card : quizzes.myQuizzes()) {
      if (!card.settled()) {
        items.add(DueItem.of(card));
      }
    }
    items.sort(DueItem.SOONEST_FIRST);
    due = List.copyOf(items);
    comingUp = sessions.comingUp();
  }

  public int getYear() {
    return year;
  }

  /** Where the person stands; null for a sign-in without an employee record. */
  public MyTrainingView getStanding() {
    return standing;
  }

  public List<DueItem> getDue() {
    return due;
  }

  public List<SessionCard> getComingUp() {
    return comingUp;
  }
}
