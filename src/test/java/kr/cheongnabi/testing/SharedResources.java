package kr.cheongnabi.testing;

/**
 * What client tests that run side by side must not use at the same time: a test that does names it
 * in a {@code @ResourceLock}, and JUnit runs no two such tests at once. Only for what no
 * in-container test uses: JUnit takes the lock before the class starts, and a client test waiting
 * for the server while holding a lock an in-container test needs to boot it would wait forever (see
 * {@link MailPort}).
 */
public final class SharedResources {

  /**
   * The application runs one roster import at a time: a test that starts one, or leaves one
   * running, would refuse another's.
   */
  public static final String ROSTER_IMPORTS = "roster imports";

  private SharedResources() {}
}
