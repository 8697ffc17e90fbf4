package kr.cheongnabi.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The roster writer against a real MariaDB, in a transaction the test owns, as the import does. */
class RosterWriterIT {

  private static final LocalDate HIRED = LocalDate.of(2019, 3, 4);

  private TestData data;
  private Connection connection;
  private String unit;
  private long unitId;

  /** One stretch of employment history as stored. */
  private record Period(EmploymentStatus status, LocalDate start, LocalDate end) {}

  @BeforeEach
  void connect() throws Exception {
    data = new TestData();
    unit = TestData.unique("W");
    unitId = data.unit(unit, "감사담당관", "Audit Office");
    connection =
        DriverManager.getConnection(
            System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    connection.setAutoCommit(false);
  }

  @AfterEach
  void close() throws Exception {
    connection.rollback();
    connection.close();
    data.close();
  }

  @Test
  void newEmployeesAreCreatedEachWithOneOpenPeriod() throws Exception {
    var rows =
        List.of(
            row(2, TestData.unique("N"), "주무관", EmploymentStatus.ACTIVE, HIRED),
            row(3, TestData.unique("N"), "팀장", EmploymentStatus.ON_LEAVE, HIRED.plusYears(2)),
            row(4, TestData.unique("N"), null, EmploymentStatus.DISPATCHED, HIRED.plusDays(10)));

    var counts = write(rows);

    assertEquals(new RosterCounts(3, 0, 0), counts);
    for (var row : rows) {
      assertEquals(
          List.of(new Period(row.status(), row.statusSince(), null)),
          periods(row.employeeNumber()),
          row.employeeNumber());
    }
  }

  @Test
  void theSameRowsAgainLeaveEveryoneUnchanged() throws Exception {
    var rows =
        List.of(
            row(2, TestData.unique("N"), "주무관", EmploymentStatus.ACTIVE, HIRED),
            row(3, TestData.unique("N"), null, EmploymentStatus.ON_LEAVE, HIRED.plusYears(1)),
            row(4, TestData.unique("N"), "과장", EmploymentStatus.LEFT, HIRED.plusYears(3)));
    write(rows);

    var counts = write(rows);

    assertEquals(new RosterCounts(0, 0, 3), counts);
    for (var row : rows) {
      assertEquals(1, periods(row.employeeNumber()).size(), row.employeeNumber());
    }
  }

  @Test
  void changedRowsUpdateAndAStatusChangeClosesTheOpenPeriod() throws Exception {
    var promoted = row(2, TestData.unique("N"), "주무관", EmploymentStatus.ACTIVE, HIRED);
    var onLeave = row(3, TestData.unique("N"), "주무관", EmploymentStatus.ACTIVE, HIRED);
    var same = row(4, TestData.unique("N"), "주무관", EmploymentStatus.ACTIVE, HIRED);
    write(List.of(promoted, onLeave, same));
    var leaveFrom = LocalDate.of(2024, 9, 1);

    var counts =
        write(
            List.of(
                row(2, promoted.employeeNumber(), "팀장", EmploymentStatus.ACTIVE, HIRED),
                row(3, onLeave.employeeNumber(), "주무관", EmploymentStatus.ON_LEAVE, leaveFrom),
                same));

    assertEquals(new RosterCounts(0, 2, 1), counts);
    assertEquals(
        List.of(
            new Period(EmploymentStatus.ACTIVE, HIRED, leaveFrom.minusDays(1)),
            new Period(EmploymentStatus.ON_LEAVE, leaveFrom, null)),
        periods(onLeave.employeeNumber()));
    assertEquals(
        List.of(new Period(EmploymentStatus.ACTIVE, HIRED, null)),
        periods(promoted.employeeNumber()));
    assertEquals("팀장", position(promoted.employeeNumber()));
  }

  @Test
  void dutyAreasAreSetReplacedAndLeftAloneByAFileWithoutTheColumn() throws Exception {
    var plain = row(2, TestData.unique("N"), "주무관", EmploymentStatus.ACTIVE, HIRED);
    var number = plain.employeeNumber();

    assertEquals(new RosterCounts(1, 0, 0), write(List.of(areas(plain, "construction", "grants"))));
    assertEquals("construction,grants", areasOf(number));
    assertEquals(new RosterCounts(0, 0, 1), write(List.of(areas(plain, "grants", "construction"))));
    assertEquals(new RosterCounts(0, 1, 0), write(List.of(areas(plain, "procurement"))));
    assertEquals("procurement", areasOf(number));
    assertEquals(new RosterCounts(0, 0, 1), write(List.of(plain)), "no column: left alone");
    assertEquals("procurement", areasOf(number));
    assertEquals(new RosterCounts(0, 1, 0), write(List.of(areas(plain))), "a blank cell clears");
    assertEquals("", areasOf(number));
  }

  private static RosterRow areas(RosterRow row, String... codes) {
    return new RosterRow(
        row.line(),
        row.employeeNumber(),
        row.name(),
        row.email(),
        row.orgUnitCode(),
        row.position(),
        row.grade(),
        row.seniorOfficial(),
        row.hireDate(),
        row.employmentType(),
        row.status(),
        row.statusSince(),
        java.util.Set.of(codes));
  }

  private String areasOf(String number) {
    return data.text(
        "SELECT COALESCE(GROUP_CONCAT(a.duty_area_code ORDER BY a.duty_area_code), '')"
            + " FROM employee e LEFT JOIN employee_duty_area a ON a.employee_id = e.id"
            + " WHERE e.employee_number = '"
            + number
            + "'");
  }

  @Test
  void anUnknownUnitFailsTheWriteAndRollbackLeavesNothing() throws Exception {
    var prefix = TestData.unique("R");
    var rows = new ArrayList<RosterRow>();
    for (int i = 0; i < RosterWriter.BATCH + 1; i++) {
      rows.add(row(i + 2, prefix + "-" + i, null, EmploymentStatus.ACTIVE, HIRED));
    }
    rows.add(
        new RosterRow(
            RosterWriter.BATCH + 3,
            prefix + "-x",
            "없는부서",
            null,
            TestData.unique("NONE"),
            null,
            null,
            false,
            HIRED,
            EmploymentType.REGULAR,
            EmploymentStatus.ACTIVE,
            HIRED));

    assertThrows(SQLException.class, () -> write(rows));
    connection.rollback();

    assertEquals(
        0,
        data.count("SELECT COUNT(*) FROM employee WHERE employee_number LIKE '" + prefix + "-%'"));
    assertEquals(
        0,
        data.count(
            "SELECT COUNT(*) FROM employment_period p JOIN employee e ON e.id = p.employee_id"
                + " WHERE e.org_unit_id = "
                + unitId));
  }

  @Test
  void moreRowsThanOneBatchAreAllCreatedEachWithItsOwnPeriod() throws Exception {
    var prefix = TestData.unique("B");
    var statuses = EmploymentStatus.values();
    var rows = new ArrayList<RosterRow>();
    for (int i = 0; i < 2_500; i++) {
      rows.add(
          row(i + 2, prefix + "-" + i, null, statuses[i % statuses.length], HIRED.plusDays(i)));
    }
    var progress = new ArrayList<Integer>();

    var counts = new RosterWriter().write(connection, rows, progress::add);
    connection.commit();

    assertEquals(new RosterCounts(2_500, 0, 0), counts);
    assertEquals(List.of(1_000, 2_000, 2_500), progress);
    var openPeriods = openPeriodsOfUnit();
    assertEquals(2_500, openPeriods.size());
    for (var row : rows) {
      assertEquals(
          new Period(row.status(), row.statusSince(), null),
          openPeriods.get(row.employeeNumber()),
          row.employeeNumber());
    }
    assertEquals(
        2_500,
        data.count(
            "SELECT COUNT(*) FROM employment_period p JOIN employee e ON e.id = p.employee_id"
                + " WHERE e.org_unit_id = "
                + unitId));
  }

  @Test
  void aStatusChangeDatedBeforeTheCurrentStatusIsRefusedWithItsLine() throws Exception {
    var number = TestData.unique("N");
    write(List.of(row(2, number, null, EmploymentStatus.ACTIVE, LocalDate.of(2022, 1, 3))));

    var refused =
        assertThrows(
            RosterConflict.class,
            () ->
                write(
                    List.of(
                        row(
                            7,
                            number,
                            null,
                            EmploymentStatus.ON_LEAVE,
                            LocalDate.of(2021, 6, 1)))));
    connection.rollback();

    var problem = refused.problems().get(0);
    assertEquals(7, problem.line());
    assertEquals("status_since", problem.column());
    assertEquals(
        List.of(new Period(EmploymentStatus.ACTIVE, LocalDate.of(2022, 1, 3), null)),
        periods(number));
  }

  @Test
  void theCurrentStatusCannotMoveBackOverThePeriodBeforeIt() throws Exception {
    var number = TestData.unique("N");
    write(List.of(row(2, number, null, EmploymentStatus.ACTIVE, HIRED)));
    write(List.of(row(2, number, null, EmploymentStatus.ON_LEAVE, LocalDate.of(2024, 9, 2))));

    assertThrows(
        RosterConflict.class,
        () ->
            write(
                List.of(
                    row(2, number, null, EmploymentStatus.ON_LEAVE, LocalDate.of(2024, 1, 2)))));
    connection.rollback();

    var history = periods(number);
    assertEquals(2, history.size());
    assertEquals(LocalDate.of(2024, 9, 2), history.get(1).start());
  }

  private RosterCounts write(List<RosterRow> rows) throws Exception {
    var counts = new RosterWriter().write(connection, rows, done -> {});
    connection.commit();
    return counts;
  }

  private RosterRow row(
      int line, String number, String position, EmploymentStatus status, LocalDate since) {
    return new RosterRow(
        line,
        number,
        "김청렴",
        null,
        unit,
        position,
        "7급",
        false,
        HIRED,
        EmploymentType.REGULAR,
        status,
        since);
  }

  private List<Period> periods(String number) throws Exception {
    var periods = new ArrayList<Period>();
    try (var s =
        connection.prepareStatement(
            "SELECT p.status, p.start_date, p.end_date FROM employment_period p"
                + " JOIN employee e ON e.id = p.employee_id WHERE e.employee_number = ?"
                + " ORDER BY p.start_date, p.id")) {
      s.setString(1, number);
      try (var r = s.executeQuery()) {
        while (r.next()) {
          var end = r.getDate(3);
          periods.add(
              new Period(
                  EmploymentStatus.valueOf(r.getString(1)),
                  r.getDate(2).toLocalDate(),
                  end == null ? null : end.toLocalDate()));
        }
      }
    }
    return periods;
  }

  /** The open period of each employee of this test's unit, by employee number. */
  private Map<String, Period> openPeriodsOfUnit() throws Exception {
    var open = new HashMap<String, Period>();
    try (var s =
        connection.prepareStatement(
            "SELECT e.employee_number, p.status, p.start_date, p.end_date"
                + " FROM employment_period p JOIN employee e ON e.id = p.employee_id"
                + " WHERE e.org_unit_id = ? AND p.end_date IS NULL")) {
      s.setLong(1, unitId);
      try (var r = s.executeQuery()) {
        while (r.next()) {
          assertNull(r.getDate(4));
          var previous =
              open.put(
                  r.getString(1),
                  new Period(
                      EmploymentStatus.valueOf(r.getString(2)), r.getDate(3).toLocalDate(), null));
          assertNull(previous, "two open periods for " + r.getString(1));
        }
      }
    }
    return open;
  }

  private String position(String number) throws Exception {
    try (var s =
        connection.prepareStatement("SELECT position FROM employee WHERE employee_number = ?")) {
      s.setString(1, number);
      try (var r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }
}
