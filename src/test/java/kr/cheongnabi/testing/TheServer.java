package kr.cheongnabi.testing;

import org.jboss.arquillian.test.spi.LifecycleMethodExecutor;
import org.jboss.arquillian.test.spi.TestRunnerAdaptor;
import org.jboss.arquillian.test.spi.TestRunnerAdaptorBuilder;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * The one Payara Micro of the integration-test run, as the client tests reach it.
 *
 * <p>Arquillian starts it for the first in-container test ({@link InContainerTest}), and keeps its
 * state per thread: so every in-container test runs on that one thread, one after the other, and
 * the client tests ({@link ClientTest}), which only need its address, stay out of Arquillian and
 * run two at a time beside them, once it is up ({@link ServerUp}). A run of client tests alone (say
 * {@code -Dit.test=QuizTakingIT}) has no in-container test to start it: then this listener starts
 * it before the first test and stops it after the last, on the launcher's own thread.
 */
public final class TheServer implements TestExecutionListener {

  private TestRunnerAdaptor startedHere;
  private Class<?> firstClient;

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    var inContainer = false;
    for (var root : plan.getRoots()) {
      for (var test : plan.getDescendants(root)) {
        var source = test.getSource().orElse(null);
        if (source instanceof ClassSource type) {
          var testClass = type.getJavaClass();
          inContainer |= InContainerTest.class.isAssignableFrom(testClass);
          if (firstClient == null && ClientTest.class.isAssignableFrom(testClass)) {
            firstClient = testClass;
          }
        }
      }
    }
    if (firstClient != null && !inContainer) {
      try {
        startedHere = TestRunnerAdaptorBuilder.build();
        startedHere.beforeSuite();
        // The suite extension deploys, and so boots Payara Micro, with the first test class.
        startedHere.beforeClass(firstClient, LifecycleMethodExecutor.NO_OP);
      } catch (Exception e) {
        throw new IllegalStateException("Could not start Payara Micro for the client tests", e);
      }
      ServerUp.now();
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (startedHere != null) {
      try {
        startedHere.afterClass(firstClient, LifecycleMethodExecutor.NO_OP);
        startedHere.afterSuite();
        startedHere.shutdown();
      } catch (Exception e) {
        System.err.println("Could not stop Payara Micro: " + e.getMessage());
      }
    }
  }
}
