package kr.cheongnabi.people.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import kr.cheongnabi.people.control.CityPlanner.PlannedUnit;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;

/**
 * Generates the fictional city of 청렴시 (Cheongnam City) with its staff: the demo organisation and
 * the large organisations of the benchmarks. The same seed and sizes always give the same
 * organisation, so a demo looks the same on every start and a benchmark measures the same data.
 */
public final class OrganisationGenerator {

  // A fixed "today": hire and status dates must not move with the clock, or the same seed would
  // give a different organisation tomorrow.
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
  private static final int MAX_SERVICE_YEARS = 30;
  private static final String MAIL_DOMAIN = "@cheongnam.go.kr";

  private static final String[] STAFF_GRADES = {"4급", "5급", "6급", "7급", "8급", "9급"};
  // Per mille of regular staff in each grade; with the unit heads about 3% are grade 4 or above.
  private static final int[] STAFF_GRADE_WEIGHTS = {27, 70, 250, 300, 180, 173};

  private final Random random;
  private final List<RosterRow> employees = new ArrayList<>();
  private final int[] numbersPerYear = new int[MAX_SERVICE_YEARS + 1];

  private OrganisationGenerator(long seed) {
    random = new Random(seed);
  }

  /**
   * @param employees how many employees to place; unit heads come first, the rest go to the leaf
   *     units (teams, community centres, divisions without teams)
   * @param units the exact number of units, the city itself included
   */
  public static Organisation generate(long seed, int employees, int units) {
    if (employees < 0) {
      throw new IllegalArgumentException("employees must not be negative: " + employees);
    }
    List<PlannedUnit> planned = new ArrayList<>(units);
    List<UnitSeed> seeds = new ArrayList<>(units);
    flatten(CityPlanner.plan(units), null, planned, seeds);
    return new OrganisationGenerator(seed).staff(planned, seeds, employees);
  }

  // Pre-order numbering: codes follow the tree as an org chart is read, parents first.
  private static void flatten(
      PlannedUnit unit, String parentCode, List<PlannedUnit> planned, List<UnitSeed> seeds) {
    String code = "CN-%04d".formatted(planned.size() + 1);
    planned.add(unit);
    seeds.add(new UnitSeed(code, parentCode, unit.nameKo(), unit.nameEn()));
    for (PlannedUnit child : unit.children()) {
      flatten(child, code, planned, seeds);
    }
  }

  private Organisation staff(List<PlannedUnit> planned, List<UnitSeed> seeds, int total) {
    boolean[] hasHead = new boolean[planned.size()];
    int heads = 0;
    for (int i = 0; i < planned.size() && heads < total; i++) {
      if (planned.get(i).headTitle() != null) {
        hasHead[i] = true;
        heads++;
      }
    }
    int[] staff = shareAmongLeaves(planned, total - heads);
    for (int i = 0; i < planned.size(); i++) {
      PlannedUnit unit = planned.get(i);
      String code = seeds.get(i).code();
      if (hasHead[i]) {
        LocalDate hired = hireDate(unit.headGrade(), EmploymentType.REGULAR);
        add(
            code,
            unit.headTitle(),
            unit.headGrade(),
            hired,
            EmploymentType.REGULAR,
            EmploymentStatus.ACTIVE,
            hired);
      }
      for (int n = 0; n < staff[i]; n++) {
        addStaffMember(code);
      }
    }
    return new Organisation(seeds, employees);
  }

  /** Leaf units get staff in proportion to a jittered weight; community centres run larger. */
  private int[] shareAmongLeaves(List<PlannedUnit> planned, int people) {
    double[] weights = new double[planned.size()];
    double sum = 0;
    for (int i = 0; i < planned.size(); i++) {
      PlannedUnit unit = planned.get(i);
      if (unit.isLeaf()) {
        double base = unit.kind() == CityPlanner.Kind.NEIGHBOURHOOD ? 1.3 : 1.0;
        weights[i] = base * (0.5 + random.nextDouble());
        sum += weights[i];
      }
    }
    // Largest remainder: whole people, adding up exactly to the total asked for.
    int[] shares = new int[planned.size()];
    double[] remainders = new double[planned.size()];
    int given = 0;
    for (int i = 0; i < planned.size(); i++) {
      double quota = sum == 0 ? 0 : people * weights[i] / sum;
      shares[i] = (int) quota;
      remainders[i] = quota - shares[i];
      given += shares[i];
    }
    int[] byRemainder =
        IntStream.range(0, planned.size())
            .boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> -remainders[i]))
            .mapToInt(Integer::intValue)
            .toArray();
    for (int k = 0; given < people; k++, given++) {
      shares[byRemainder[k % byRemainder.length]]++;
    }
    return shares;
  }

  private void addStaffMember(String code) {
    double kind = random.nextDouble();
    EmploymentType type =
        kind < 0.85
            ? EmploymentType.REGULAR
            : kind < 0.95 ? EmploymentType.FIXED_TERM : EmploymentType.CONTRACT;
    String grade =
        switch (type) {
          case REGULAR -> STAFF_GRADES[weighted(STAFF_GRADE_WEIGHTS)];
          case FIXED_TERM -> STAFF_GRADES[2 + random.nextInt(4)];
          case CONTRACT -> null;
        };
    String position =
        grade == null
            ? "실무관"
            : switch (grade) {
              case "4급" -> "서기관";
              case "5급" -> "사무관";
              default -> "주무관";
            };
    LocalDate hired = hireDate(grade, type);
    double state = random.nextDouble();
    EmploymentStatus status =
        state < 0.88
            ? EmploymentStatus.ACTIVE
            : state < 0.93
                ? EmploymentStatus.ON_LEAVE
                : state < 0.96 ? EmploymentStatus.DISPATCHED : EmploymentStatus.LEFT;
    LocalDate since = status == EmploymentStatus.ACTIVE ? hired : recentDateFrom(hired);
    add(code, position, grade, hired, type, status, since);
  }

  private void add(
      String code,
      String position,
      String grade,
      LocalDate hired,
      EmploymentType type,
      EmploymentStatus status,
      LocalDate since) {
    int year = hired.getYear();
    String number = "%d-%05d".formatted(year, ++numbersPerYear[AS_OF.getYear() - year]);
    // Contract workers often share a team mailbox and have no address of their own.
    String email =
        type == EmploymentType.CONTRACT && random.nextInt(10) < 3
            ? null
            : "e" + number.replace("-", "") + MAIL_DOMAIN;
    boolean senior = "3급".equals(grade) || "4급".equals(grade);
    // The line the row will have in the CSV that RosterCsvWriter writes: header first.
    int line = employees.size() + 2;
    employees.add(
        new RosterRow(
            line,
            number,
            KoreanNames.next(random),
            email,
            code,
            position,
            grade,
            senior,
            hired,
            type,
            status,
            since));
  }

  /** Seniority follows grade: a grade 3 director has decades of service, a grade 9 clerk few. */
  private LocalDate hireDate(String grade, EmploymentType type) {
    int[] years =
        grade == null || type != EmploymentType.REGULAR
            ? (type == EmploymentType.CONTRACT ? new int[] {0, 15} : new int[] {0, 5})
            : switch (grade) {
              case "3급" -> new int[] {22, 30};
              case "4급" -> new int[] {18, 30};
              case "5급" -> new int[] {12, 30};
              case "6급" -> new int[] {6, 28};
              case "7급" -> new int[] {2, 20};
              case "8급" -> new int[] {1, 10};
              default -> new int[] {0, 5};
            };
    int from = years[0] * 365;
    int to = Math.min(years[1], MAX_SERVICE_YEARS) * 365 - 1;
    return AS_OF.minusDays(from + random.nextInt(to - from + 1));
  }

  /** A day in the last two years, not before {@code start}: when a leave or transfer began. */
  private LocalDate recentDateFrom(LocalDate start) {
    LocalDate earliest = start.isAfter(AS_OF.minusYears(2)) ? start : AS_OF.minusYears(2);
    long days = ChronoUnit.DAYS.between(earliest, AS_OF);
    return earliest.plusDays(random.nextInt((int) days + 1));
  }

  private int weighted(int[] weights) {
    int pick = random.nextInt(IntStream.of(weights).sum());
    int i = 0;
    while (pick >= weights[i]) {
      pick -= weights[i];
      i++;
    }
    return i;
  }
}
