package kr.cheongnabi.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment under test is the WAR the build just made, not a hand-kept list of classes. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive application() {
    var war = new File(System.getProperty("cheongnabi.war", "target/cheongnabi.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
