package kr.cheongnabi.report.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import kr.cheongnabi.ledger.control.Credit;
import kr.cheongnabi.ledger.control.Ledger;
import kr.cheongnabi.testing.InContainerTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gap report inside the running application, on the real database, over a small city of its
 * own: every rolled-up figure equals an independent count straight from the ledger, the employee
 * list pages, filters and sorts, the CSV keeps Korean names, and the monthly progress adds up.
 *
 * <p>The report's services are HR-only; the test runner is nobody, so it uses them as the benchmark
 * does, as plain objects over the application's datasource.
 */
class GapReportIT extends InContainerTest {

  private static final int YEAR = 2019;
  private static final AtomicLong SOURCES = new AtomicLong();

  @EJB Ledger ledger;

  private GapReport report;
  private MonthlyProgress progress;
  private long city;
  private long audit;
  private long auditTeam;
  private long welfare;
  private long session;

  /**
   * 시청 (1 person) with 감사관 (2) over 감사팀 (3), and 복지국 (3): people who met the target, reached only
   * the floor, fell below it, owe a share of the year, or owe nothing.
   */
  @BeforeEach
  void aSmallCity() {
    report = ReportsByHand.gapReport(dataSource);
    progress = new MonthlyProgress();
    progress.dataSource = dataSource;
    progress.clock = Clock.systemUTC();
    city = data.unit(TestData.unique("C"), "청렴시청", "Cheongnam City Hall");
    audit = data.unit(TestData.unique("C"), "감사관", "Inspector General", city);
    auditTeam = data.unit(TestData.unique("C"), "감사팀", "Audit Team", audit);
    welfare = data.unit(TestData.unique("C"), "복지국", "Welfare Bureau", city);
    session = faceToFaceSession("2019-03-05 01:00:00");

    person("김시장", city, 300, 120, false, credit(300, "2019-02-10T02:00:00Z"));
    person("이감사", audit, 300, 120, true, credit(150, "2019-04-01T02:00:00Z"));
    var faceToFace = person("박대면", audit, 300, 120, true, credit(200, "2019-05-20T02:00:00Z"));
    attend(faceToFace, 120);
    person("최나비", auditTeam, 300, 120, false, credit(60, "2018-12-31T16:30:00Z"));
    person("정미달", auditTeam, 300, 120, false);
    person("한신규", auditTeam, 150, 60, true, credit(90, "2019-11-30T05:00:00Z"));
    person("윤휴직", welfare, 0, 0, false, credit(30, "2019-07-07T02:00:00Z"));
    person("강복지", welfare, 300, 120, false, credit(120, "2019-07-08T02:00:00Z"));
    person("조나비", welfare, 300, 120, false, credit(400, "2019-09-01T02:00:00Z"));
    var lastYear = person("서작년", welfare, 300, 120, false);
    ledger.append(
        Credit.external(
            lastYear, YEAR - 1, 45, SOURCES.incrementAndGet(), at("2018-06-15T02:00:00Z")),
        "hr");
  }

  @Test
  void everyRolledUpFigureEqualsADirectCountOfTheSubtree() {
    var tree = report.tree(YEAR);
    for (var unit : List.of(city, audit, auditTeam, welfare)) {
      assertArrayEquals(
          directCount("e.org_unit_id IN (" + subtreeSql(unit) + ")"),
          figures(tree.of(unit).orElseThrow()),
          "unit " + tree.of(unit).orElseThrow().name().ko());
    }
    assertArrayEquals(directCount("TRUE"), figures(tree.total()), "the whole organisation");
  }

  @Test
  void theCityRollsUpItsBureausAsExpected() {
    var total = report.tree(YEAR).of(city).orElseThrow();
    assertEquals(10, total.people());
    assertEquals(9, total.owing(), "윤휴직 owes nothing");
    assertEquals(3, total.metTarget(), "김시장, 박대면 (with the session) and 조나비");
    assertEquals(3, total.floorOnly(), "이감사, 한신규 (a share of the year) and 강복지");
    assertEquals(3, total.belowFloor(), "최나비, 정미달, 서작년");
    assertEquals(2, total.faceToFaceMissing(), "이감사 and 한신규; 박대면 attended");
    assertEquals(300 * 8 + 150, total.owedMinutes());
    assertEquals(300 + 150 + 320 + 60 + 90 + 30 + 120 + 400, total.creditedMinutes());
    assertEquals(33, total.completionPercent());
    var team = report.tree(YEAR).of(auditTeam).orElseThrow();
    assertEquals(3, team.people());
    assertEquals(240 + 300 + 60, team.missingMinutes());
  }

  @Test
  void theListPagesFiltersAndSortsTheUnitsPeople() {
    var tree = report.tree(YEAR);
    var everyone = new GapQuery(YEAR, city, "", GapFilter.EVERYONE, GapSort.MISSING, false);
    assertEquals(10, report.count(everyone, tree));
    var first = report.page(everyone, tree, 0, 4);
    var second = report.page(everyone, tree, 4, 4);
    var third = report.page(everyone, tree, 8, 4);
    assertEquals(List.of(4, 4, 2), List.of(first.size(), second.size(), third.size()));
    // 정미달 and 서작년 both miss 300 minutes; their employee numbers decide between them.
    assertEquals(Set.of("정미달", "서작년"), Set.copyOf(names(first).subList(0, 2)));
    assertEquals(
        List.of(300, 300, 240), first.stream().limit(3).map(EmployeeGap::missingMinutes).toList());
    assertEquals("최나비", first.get(2).name());

    var below = new GapQuery(YEAR, city, "", GapFilter.BELOW_FLOOR, GapSort.NAME, true);
    assertEquals(List.of("서작년", "정미달", "최나비"), names(report.page(below, tree, 0, 50)));
    var gaps = GapQuery.gapsOf(YEAR, audit);
    assertEquals(List.of("정미달", "최나비", "이감사", "한신규"), names(report.page(gaps, tree, 0, 50)));
    var text = new GapQuery(YEAR, city, "나비", GapFilter.EVERYONE, GapSort.NAME, true);
    assertEquals(List.of("조나비", "최나비"), names(report.page(text, tree, 0, 50)));
    var byStanding = new GapQuery(YEAR, welfare, "", GapFilter.EVERYONE, GapSort.STANDING, true);
    assertEquals(
        List.of(Standing.MET_TARGET, Standing.FLOOR_ONLY, Standing.BELOW_FLOOR, Standing.NOT_OWED),
        report.page(byStanding, tree, 0, 50).stream().map(EmployeeGap::standing).toList());
    var byCredit = new GapQuery(YEAR, welfare, "", GapFilter.EVERYONE, GapSort.CREDITED, false);
    assertEquals(List.of("조나비", "강복지", "윤휴직", "서작년"), names(report.page(byCredit, tree, 0, 50)));
  }

  @Test
  void theCsvStartsWithAByteOrderMarkAndKeepsKoreanNames() {
    var tree = report.tree(YEAR);
    var out = new ByteArrayOutputStream();
    ReportsByHand.csv(report, GapQuery.everyoneOf(YEAR, city), tree, Locale.KOREAN, out);
    var bytes = out.toByteArray();
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    var text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    var lines = text.split("\r\n");
    assertEquals(11, lines.length, text);
    assertTrue(lines[0].startsWith("사번,이름,부서 코드,부서"), lines[0]);
    for (var name : List.of("김시장", "박대면", "한신규", "서작년")) {
      assertTrue(text.contains("," + name + ","), name);
    }
    assertTrue(text.contains("법정 최소 미달"), text);
  }

  @Test
  void monthlyProgressAddsTheMonthsUpAgainstTheYearBefore() {
    var tree = report.tree(YEAR);
    var year = progress.of(YEAR, city, tree);
    assertEquals(12, year.monthsSoFar(), "a past year has all its months");
    // Korea time: 2018-12-31T16:30Z is already 1 January 2019 there.
    assertEquals(60 + 300, year.cumulative().get(1), "January and February");
    assertEquals(360 + 120, year.cumulative().get(2), "the face-to-face session in March");
    assertEquals(
        data.count(
            "SELECT SUM(l.minutes) FROM ledger_entry l JOIN employee e ON e.id = l.employee_id"
                + " WHERE l.training_year = "
                + YEAR
                + " AND e.org_unit_id IN ("
                + subtreeSql(city)
                + ")"),
        year.total());
    assertEquals(45, year.previousCumulative().get(11), "last year's 45 minutes in June");
    assertEquals(0, year.previousCumulative().get(4));
    var team = progress.of(YEAR, auditTeam, tree);
    assertEquals(60, team.cumulative().get(0));
    assertEquals(150, team.total());
  }

  private long person(
      String name, long unit, int owed, int floor, boolean faceToFace, int[]... credits) {
    var id = data.employee(TestData.unique("G"), name, unit);
    data.obligation(YEAR, id, owed, floor, faceToFace);
    for (var credit : credits) {
      ledger.append(
          Credit.external(
              id, YEAR, credit[0], SOURCES.incrementAndGet(), Instant.ofEpochSecond(credit[1])),
          "hr");
    }
    return id;
  }

  private static int[] credit(int minutes, String at) {
    return new int[] {minutes, (int) at(at).getEpochSecond()};
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private long faceToFaceSession(String startsAt) {
    data.execute(
        ("INSERT INTO training_session (title_ko, title_en, starts_at, duration_minutes, place,"
                + " capacity, face_to_face, published, check_in_secret) VALUES ('대면 청렴교육',"
                + " 'Face-to-face integrity training', '%s', 120, '시청 대강당', 50, TRUE, TRUE,"
                + " X'00')")
            .formatted(startsAt));
    return data.count("SELECT LAST_INSERT_ID()");
  }

  private void attend(long employee, int minutes) {
    data.execute(
        ("INSERT INTO session_attendance (session_id, employee_id, training_year, minutes, method,"
                + " recorded_by, recorded_at) VALUES (%d, %d, %d, %d, 'CHECKLIST', 'trainer',"
                + " NOW(3))")
            .formatted(session, employee, YEAR, minutes));
    ledger.append(
        Credit.session(employee, YEAR, minutes, session, at("2019-03-05T01:00:00Z")), "trainer");
  }

  private List<String> names(List<EmployeeGap> gaps) {
    return gaps.stream().map(EmployeeGap::name).toList();
  }

  /** The unit and every unit below it, by a recursive query rather than the report's tree. */
  private static String subtreeSql(long unit) {
    return "WITH RECURSIVE sub (id) AS (SELECT id FROM org_unit WHERE id = "
        + unit
        + " UNION ALL SELECT u.id FROM org_unit u JOIN sub ON u.parent_id = sub.id)"
        + " SELECT id FROM sub";
  }

  /** The figures counted from the ledger's entries, not the totals the report reads. */
  private long[] directCount(String where) {
    var credited = "COALESCE(l.minutes, 0)";
    var counts = new long[9];
    var columns =
        List.of(
            "COUNT(*)",
            "SUM(o.owed_minutes > 0)",
            "SUM(o.owed_minutes > 0 AND " + credited + " >= o.owed_minutes)",
            "SUM(o.owed_minutes > 0 AND "
                + credited
                + " < o.owed_minutes AND "
                + credited
                + " >= o.floor_minutes)",
            "SUM(o.owed_minutes > 0 AND " + credited + " < o.floor_minutes)",
            "SUM(o.owed_minutes > 0 AND o.face_to_face_required AND NOT EXISTS (SELECT 1 FROM"
                + " session_attendance a JOIN training_session s ON s.id = a.session_id WHERE"
                + " a.employee_id = o.employee_id AND a.training_year = o.training_year AND"
                + " s.face_to_face))",
            "SUM(o.owed_minutes)",
            "SUM(" + credited + ")",
            "SUM(CASE WHEN o.owed_minutes > "
                + credited
                + " THEN o.owed_minutes - "
                + credited
                + " ELSE 0 END)");
    for (var i = 0; i < columns.size(); i++) {
      counts[i] =
          data.count(
              "SELECT COALESCE("
                  + columns.get(i)
                  + ", 0) FROM obligation o JOIN employee e ON e.id = o.employee_id"
                  + " LEFT JOIN (SELECT employee_id, SUM(minutes) AS minutes FROM ledger_entry"
                  + " WHERE training_year = "
                  + YEAR
                  + " GROUP BY employee_id) l ON l.employee_id = o.employee_id"
                  + " WHERE o.training_year = "
                  + YEAR
                  + " AND "
                  + where);
    }
    return counts;
  }

  private static long[] figures(UnitStanding unit) {
    return new long[] {
      unit.people(),
      unit.owing(),
      unit.metTarget(),
      unit.floorOnly(),
      unit.belowFloor(),
      unit.faceToFaceMissing(),
      unit.owedMinutes(),
      unit.creditedMinutes(),
      unit.missingMinutes()
    };
  }
}
