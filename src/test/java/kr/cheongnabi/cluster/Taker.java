package kr.cheongnabi.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kr.cheongnabi.cluster.QuizFlow.Answer;
import kr.cheongnabi.cluster.QuizFlow.Finish;
import kr.cheongnabi.cluster.QuizFlow.SentToSignIn;
import kr.cheongnabi.cluster.QuizFlow.Step;
import kr.cheongnabi.cluster.QuizFlow.Unexpected;

/**
 * One person at the quiz: signs in once, then takes it again and again (My quizzes, start, every
 * statement after a short think, finish) until the run ends. A late passer answers every statement
 * wrongly until the kill and rightly after it, so that the first pass, the one finish that credits
 * minutes, happens on the instance that survives.
 *
 * <p>What it saw is read by the test once the taker's thread has ended; the counts it keeps while
 * running are volatile, written by its own thread only.
 */
final class Taker implements Runnable {

  /** An answer the application acknowledged. */
  record Ack(long attempt, String key, boolean given, boolean afterKill) {}

  /** A finish whose result the application showed. */
  record Finished(long attempt, boolean afterKill) {}

  private final Person person;
  private final String quizKey;
  private final Map<String, Boolean> correct;
  private final boolean latePasser;
  private final QuizFlow flow;
  private final Phase phase;
  private final Pace pace;

  private final List<Ack> acks = new ArrayList<>();
  private final List<Finished> finished = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final List<String> sentToSignIn = new ArrayList<>();
  private volatile int signIns;
  private volatile int finishes;
  private volatile int finishesAfterKill;
  private volatile int problemCount;
  private volatile String lastProblem;

  /** Who signs in. */
  record Person(String username, String password, long employeeId) {}

  /** How long a taker waits before it starts, and before each answer (milliseconds). */
  record Pace(long startDelay, long thinkMin, long thinkMax) {}

  Taker(
      Person person,
      String quizKey,
      Map<String, Boolean> correct,
      boolean latePasser,
      QuizFlow flow,
      Phase phase,
      Pace pace) {
    this.person = person;
    this.quizKey = quizKey;
    this.correct = correct;
    this.latePasser = latePasser;
    this.flow = flow;
    this.phase = phase;
    this.pace = pace;
  }

  @Override
  public void run() {
    try {
      Thread.sleep(pace.startDelay());
      signIn();
      while (!phase.stopping()) {
        try {
          takeOnce();
        } catch (SentToSignIn e) {
          sentToSignIn.add(
              (phase.killed() ? "after the kill: " : "before the kill: ") + e.getMessage());
          signIn();
        } catch (Unexpected e) {
          problem((phase.killed() ? "after the kill: " : "before the kill: ") + e.getMessage());
          Thread.sleep(1000);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void signIn() throws InterruptedException {
    while (!phase.stopping()) {
      try {
        flow.signIn(person.username(), person.password());
        signIns++;
        return;
      } catch (Unexpected e) {
        problem("signing in: " + e.getMessage());
        Thread.sleep(1000);
      }
    }
  }

  private void problem(String problem) {
    problems.add(problem);
    lastProblem = problem;
    problemCount++;
  }

  private void takeOnce() throws SentToSignIn, Unexpected, InterruptedException {
    var attempt = flow.start(quizKey, flow.myQuizzes(quizKey));
    Step step = flow.open(attempt);
    while (true) {
      if (step instanceof Answer answer) {
        if (!think()) {
          return;
        }
        var given = answerTo(answer.key());
        step = flow.answer(attempt, answer.key(), given);
        acks.add(new Ack(attempt, answer.key(), given, phase.afterKill(System.nanoTime())));
      } else if (step instanceof Finish) {
        if (!think()) {
          return;
        }
        flow.finish(attempt);
        var afterKill = phase.afterKill(System.nanoTime());
        finished.add(new Finished(attempt, afterKill));
        finishes++;
        if (afterKill) {
          finishesAfterKill++;
        }
        return;
      } else {
        step = flow.open(attempt);
        if (!(step instanceof Answer || step instanceof Finish)) {
          throw new Unexpected("attempt " + attempt + " shows neither a statement nor finish");
        }
      }
    }
  }

  /** Waits as a person reading the statement; false when the run ended meanwhile. */
  private boolean think() throws InterruptedException {
    Thread.sleep(ThreadLocalRandom.current().nextLong(pace.thinkMin(), pace.thinkMax() + 1));
    return !phase.stopping();
  }

  private boolean answerTo(String key) {
    var right = correct.get(key);
    if (right == null) {
      throw new IllegalStateException("no correct answer known for " + key);
    }
    return latePasser && !phase.killed() ? !right : right;
  }

  Person person() {
    return person;
  }

  boolean latePasser() {
    return latePasser;
  }

  String upstream() {
    return flow.upstream();
  }

  long slowestAfterKillMillis() {
    return flow.slowestAfterKillMillis();
  }

  int signIns() {
    return signIns;
  }

  int finishes() {
    return finishes;
  }

  int finishesAfterKill() {
    return finishesAfterKill;
  }

  int problemCount() {
    return problemCount;
  }

  String lastProblem() {
    return lastProblem;
  }

  List<Ack> acks() {
    return acks;
  }

  List<Finished> finished() {
    return finished;
  }

  List<String> problems() {
    return problems;
  }

  List<String> sentToSignIn() {
    return sentToSignIn;
  }
}
