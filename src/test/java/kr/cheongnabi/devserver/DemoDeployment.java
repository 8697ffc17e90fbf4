package kr.cheongnabi.devserver;

import java.io.File;
import java.util.List;
import kr.cheongnabi.learning.control.DemoCredits;
import kr.cheongnabi.learning.control.DemoModules;
import kr.cheongnabi.learning.control.DemoSessions;
import kr.cheongnabi.people.control.CityCatalogue;
import kr.cheongnabi.people.control.CityPlanner;
import kr.cheongnabi.people.control.DemoOrganisation;
import kr.cheongnabi.people.control.Organisation;
import kr.cheongnabi.people.control.OrganisationGenerator;
import kr.cheongnabi.people.control.UnitSeed;
import kr.cheongnabi.people.control.UnitSeedWriter;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The developer run's deployment: the WAR the build made, with the demo organisation and its
 * training content added. Those live in the test sources only, so the production WAR can neither
 * hold nor load them: demo data exists only where this class puts it.
 */
final class DemoDeployment {

  /** The demo beans, each loading its part once into an empty database, and what they use. */
  private static final Class<?>[] DEMO = {
    DemoOrganisation.class,
    OrganisationGenerator.class,
    CityPlanner.class,
    CityCatalogue.class,
    Organisation.class,
    UnitSeed.class,
    UnitSeedWriter.class,
    DemoModules.class,
    DemoSessions.class,
    DemoCredits.class
  };

  /**
   * The first administrator's check and this year's obligations wait for the demo organisation, as
   * they did when it was part of the application: so the first start finds the demo sign-ins (no
   * warning that nobody can sign in) and computes what the demo employees owe. The descriptor
   * replaces only these beans' {@code @DependsOn}.
   */
  private static final List<String> AFTER_DEMO_ORGANISATION =
      List.of("FirstAdministrator", "ObligationSchedule");

  private DemoDeployment() {}

  /** Writes the developer run's WAR beside the built one and returns it. */
  static File write(File war) {
    var demo = new File(war.getParentFile(), war.getName().replace(".war", "-demo.war"));
    ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addClasses(DEMO)
        .addAsWebInfResource(new StringAsset(startUpOrder()), "ejb-jar.xml")
        .as(ZipExporter.class)
        .exportTo(demo, true);
    return demo;
  }

  private static String startUpOrder() {
    var sessions = new StringBuilder();
    for (var bean : AFTER_DEMO_ORGANISATION) {
      sessions.append(
          """
              <session>
                <ejb-name>%s</ejb-name>
                <depends-on>
                  <ejb-name>Migrations</ejb-name>
                  <ejb-name>DemoOrganisation</ejb-name>
                </depends-on>
              </session>
          """
              .formatted(bean));
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <ejb-jar xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0">
          <enterprise-beans>
        %s  </enterprise-beans>
        </ejb-jar>
        """
        .formatted(sessions);
  }
}
