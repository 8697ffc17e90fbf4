package kr.cheongnabi.people.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.OrgUnit;
import kr.cheongnabi.platform.control.Accounts;
import kr.cheongnabi.platform.control.Database;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * The demo organisation for the developer run (only in its deployment, see {@code DemoDeployment};
 * never in the production WAR): a city with bureaus, districts, departments and teams, about 200
 * employees, and one sign-in per role. It is loaded once, into an empty database, through the same
 * writer as a roster import.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoOrganisation {

  public static final String PASSWORD = "cheongnabi-demo";
  static final long SEED = 2026;
  static final int EMPLOYEES = 500;

  /** Enough for the districts to have building divisions, whose staff a campaign can reach. */
  static final int UNITS = 100;

  static final int NEW_EVERY = 20;
  static final int PROMOTED_EVERY = 15;

  /** The demo sign-ins: username and roles. */
  public record DemoAccount(String username, Set<Role> roles) {}

  public static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("employee", Set.of(Role.EMPLOYEE)),
          new DemoAccount("trainer", Set.of(Role.TRAINER)),
          new DemoAccount("hr", Set.of(Role.HR)),
          new DemoAccount("admin", Set.of(Role.ADMIN, Role.HR, Role.TRAINER)));

  private static final Logger LOG = Logger.getLogger(DemoOrganisation.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource UserTransaction transaction;
  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject Clock clock;

  @PostConstruct
  void load() {
    if (em.createNamedQuery(OrgUnit.COUNT, Long.class).getSingleResult() > 0) {
      return;
    }
    var organisation = OrganisationGenerator.generate(SEED, EMPLOYEES, UNITS);
    var today = LocalDate.now(clock.withZone(TrainingYear.KOREA));
    var employees = hiredThisYear(organisation.employees(), today);
    try {
      transaction.begin();
      try (var connection = dataSource.getConnection()) {
        UnitSeedWriter.write(connection, organisation.units());
        new RosterWriter().write(connection, employees, done -> {});
        promoteSome(connection, employees, today);
        markDutyAreas(connection);
      }
      transaction.commit();
    } catch (Exception e) {
      throw new IllegalStateException("Could not load the demo organisation", e);
    }
    // Demo sign-ins belong to ordinary staff, not to the heads of bureaus.
    var active =
        organisation.employees().stream()
            .filter(e -> e.status() == EmploymentStatus.ACTIVE && "주무관".equals(e.position()))
            .map(RosterRow::employeeNumber)
            .toList();
    for (int i = 0; i < ACCOUNTS.size(); i++) {
      var account = ACCOUNTS.get(i);
      var employeeId = employeeId(active.get(i * 7));
      accounts.createAtSetUp(account.username(), PASSWORD, employeeId, account.roles());
    }
    LOG.info(
        () ->
            "Demo organisation loaded: "
                + organisation.units().size()
                + " units, "
                + organisation.employees().size()
                + " employees, sign-ins "
                + ACCOUNTS.stream().map(DemoAccount::username).toList()
                + " with password "
                + PASSWORD);
  }

  /**
   * Duty areas prone to corruption, as HR would mark them: the districts' building divisions work
   * in construction, the district offices' general affairs divisions let the districts' contracts
   * (procurement), and the community service centres take civil complaints. A unit's mark applies
   * to its teams. A demo campaign to "construction and contracts" reaches their staff.
   */
  private static void markDutyAreas(Connection connection) throws SQLException {
    try (var s = connection.createStatement()) {
      s.executeUpdate(
          "INSERT INTO org_unit_duty_area (org_unit_id, duty_area_code) SELECT id, 'construction'"
              + " FROM org_unit WHERE name_en = 'Building Division'");
      s.executeUpdate(
          "INSERT INTO org_unit_duty_area (org_unit_id, duty_area_code) SELECT u.id, 'procurement'"
              + " FROM org_unit u JOIN org_unit p ON p.id = u.parent_id"
              + " WHERE u.name_en = 'General Affairs Division'"
              + " AND p.name_en LIKE '% District Office'");
      s.executeUpdate(
          "INSERT INTO org_unit_duty_area (org_unit_id, duty_area_code) SELECT id, 'civil-complaints'"
              + " FROM org_unit WHERE name_en LIKE '%Community Service Centre'");
    }
  }

  /**
   * Every {@value #NEW_EVERY}th active employee joined this year, so that the demo shows new hires
   * owing a share of the year and a face-to-face session.
   */
  private static List<RosterRow> hiredThisYear(List<RosterRow> rows, LocalDate today) {
    var firstDay = today.withDayOfYear(1);
    var spread = Math.max(1, today.getDayOfYear());
    var result = new ArrayList<RosterRow>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      var r = rows.get(i);
      if (i % NEW_EVERY == NEW_EVERY - 1 && r.status() == EmploymentStatus.ACTIVE) {
        r = r.hiredOn(firstDay.plusDays((i * 37L) % spread));
      }
      result.add(r);
    }
    return result;
  }

  /** Every {@value #PROMOTED_EVERY}th employee was promoted this year. */
  private static void promoteSome(Connection connection, List<RosterRow> rows, LocalDate today)
      throws SQLException {
    try (var promote =
        connection.prepareStatement(
            "UPDATE employee SET promoted_on = ? WHERE employee_number = ? AND hire_date < ?")) {
      for (int i = PROMOTED_EVERY / 2; i < rows.size(); i += PROMOTED_EVERY) {
        promote.setObject(
            1, today.withDayOfYear(1).plusDays(i % Math.max(1, today.getDayOfYear())));
        promote.setString(2, rows.get(i).employeeNumber());
        promote.setObject(3, today.withDayOfYear(1));
        promote.addBatch();
      }
      promote.executeBatch();
    }
  }

  private Long employeeId(String number) {
    return em.createQuery("SELECT e.id FROM Employee e WHERE e.employeeNumber = :n", Long.class)
        .setParameter("n", number)
        .getSingleResult();
  }
}
