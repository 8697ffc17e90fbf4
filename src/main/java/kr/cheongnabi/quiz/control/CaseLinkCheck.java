package kr.cheongnabi.quiz.control;

/**
 * Asks whether an integrity case exists, for a quiz statement or a lesson that links to one. The
 * case library comes after the quizzes and the modules in the components' order, so they cannot
 * call it: they fire this event, and the library, which observes it, answers by {@link #known()}.
 * Nobody observing means no case is known.
 */
public final class CaseLinkCheck {

  private final String key;
  private boolean known;

  public CaseLinkCheck(String key) {
    this.key = key;
  }

  /** The case key as written. */
  public String key() {
    return key;
  }

  /** For the observer: a case of this key exists. */
  public void found() {
    known = true;
  }

  public boolean known() {
    return known;
  }
}
