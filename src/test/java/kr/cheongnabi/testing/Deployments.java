package kr.cheongnabi.testing;

import com.icegreen.greenmail.util.GreenMail;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The one deployment of the integration-test run, shared by every Arquillian test class (the suite
 * extension deploys it once, so Payara Micro boots once): the WAR the build just made, not a
 * hand-kept list of classes, with every test class that runs inside it and what those use.
 *
 * <p>The Arquillian test classes are the in-container ones ({@link InContainerTest}); the browser
 * and HTTP tests ({@link ClientTest}) are not, and only need the server's address. A new
 * in-container test is found in the build output and needs no entry here. Only a helper that
 * in-container tests use goes in {@link #HELPERS} (and {@link FailingPage}, the one page the tests
 * add).
 */
@ArquillianSuiteDeployment
public final class Deployments {

  /** Test classes that in-container tests use, beside the tests themselves. */
  private static final Class<?>[] HELPERS = {
    InContainerTest.class,
    ServerUp.class,
    MailPort.class,
    TestData.class,
    Race.class,
    kr.cheongnabi.ledger.control.Tampering.class,
    kr.cheongnabi.ledger.entity.Forgery.class,
    kr.cheongnabi.report.control.ReportsByHand.class,
    kr.cheongnabi.survey.control.SurveysByHand.class,
    FailingPage.class
  };

  private Deployments() {}

  @Deployment
  public static WebArchive suite() {
    var runnerOpen =
        ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
            .addAsManifestResource(new StringAsset(RUNNER_OPEN), "web-fragment.xml");
    return application()
        .addClasses(inContainerTests())
        .addClasses(HELPERS)
        .addAsLibrary(runnerOpen)
        // ErrorStatusIT asks a page that fails for the answer people get.
        .addAsWebResource("testing/failing.xhtml", "testing/failing.xhtml")
        // IntegrityAlertsIT reads the mail the application sent from a GreenMail inside the server.
        .addAsLibraries(location(GreenMail.class), location(org.slf4j.LoggerFactory.class));
  }

  private static WebArchive application() {
    var war = new File(System.getProperty("cheongnabi.war", "target/cheongnabi.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /** Every Arquillian test class of the build output: the client tests are not. */
  static Class<?>[] inContainerTests() {
    var root = location(Deployments.class).toPath();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith("IT.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .map(name -> load(name.replace(File.separatorChar, '.')))
          .filter(Deployments::isArquillianTest)
          .toArray(Class<?>[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isArquillianTest(Class<?> test) {
    return AnnotationSupport.findRepeatableAnnotations(test, ExtendWith.class).stream()
        .flatMap(extensions -> Stream.of(extensions.value()))
        .anyMatch(ArquillianExtension.class::equals);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Deployments.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where a class was loaded from: the test classes' folder, or a library's jar. */
  private static File location(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every page of the application needs a signed-in person; a web fragment opens Arquillian's test
   * runner, and only that, to the test client.
   */
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
