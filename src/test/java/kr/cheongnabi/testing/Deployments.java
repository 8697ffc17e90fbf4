package kr.cheongnabi.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment under test is the WAR the build just made, not a hand-kept list of classes. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive application() {
    var war = new File(System.getProperty("cheongnabi.war", "target/cheongnabi.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /**
   * The application with tests that run inside it, and the test data helper they use. Every page of
   * the application needs a signed-in person; a web fragment opens Arquillian's test runner, and
   * only that, to the test client.
   */
  public static WebArchive inContainer(Class<?>... tests) {
    var runnerOpen =
        ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
            .addAsManifestResource(new StringAsset(RUNNER_OPEN), "web-fragment.xml");
    return application().addClasses(tests).addClass(TestData.class).addAsLibrary(runnerOpen);
  }

  private static final String RUNNER_OPEN =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
        <name>arquillian_runner_open</name>
        <security-constraint>
          <web-resource-collection>
            <web-resource-name>Arquillian test runner</web-resource-name>
            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
          </web-resource-collection>
        </security-constraint>
      </web-fragment>
      """;
}
