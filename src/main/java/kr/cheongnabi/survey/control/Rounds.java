package kr.cheongnabi.survey.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kr.cheongnabi.people.control.OrgUnitParents;
import kr.cheongnabi.people.control.ServiceHistories;
import kr.cheongnabi.people.control.ServiceHistory;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.Database;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.survey.entity.SurveyItem;
import kr.cheongnabi.survey.entity.SurveyKind;
import kr.cheongnabi.survey.entity.SurveyRound;
import kr.cheongnabi.survey.entity.SurveyVersion;

/**
 * The rounds of the surveys: how many employees a start date makes eligible, opening a round (which
 * records who is asked), closing it (which applies the minimum group size to the stored units). HR
 * reaches it through {@link SurveyRounds}; it takes who acts as a parameter, so that it can be
 * tested inside the server without a signed-in person.
 */
@Stateless
public class Rounds {

  // Participants are written in batches of this many rows per statement round trip.
  private static final int BATCH = 1000;

  @PersistenceContext EntityManager em;
  @EJB ServiceHistories histories;
  @EJB SurveyCatalogue catalogue;
  @EJB OrgUnitParents parents;
  @Inject Clock clock;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** How many employees the internal survey would ask if it started on that day. */
  public int eligibleCount(LocalDate startsOn) {
    int[] count = {0};
    eachEligible(startsOn, s -> count[0]++);
    return count[0];
  }

  /**
   * Opens a round of the version from {@code startsOn} to {@code endsOn}, recording the employees
   * eligible on the first day (internal surveys). One round per survey and year.
   */
  public SurveyRound open(long versionId, LocalDate startsOn, LocalDate endsOn, String openedBy) {
    SurveyVersion version = catalogue.version(versionId);
    if (version == null) {
      throw new BusinessException("survey.round.noSuchVersion", versionId);
    }
    if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
      throw new BusinessException("survey.round.dates");
    }
    if (endsOn.isBefore(LocalDate.now(clock.withZone(TrainingYear.KOREA)))) {
      throw new BusinessException("survey.round.past", endsOn);
    }
    boolean taken =
        !em.createQuery(
                "SELECT r.id FROM SurveyRound r WHERE r.surveyKey = :key AND r.year = :year",
                Long.class)
            .setParameter("key", version.getSurveyKey())
            .setParameter("year", startsOn.getYear())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new BusinessException("survey.round.taken", String.valueOf(startsOn.getYear()));
    }
    List<ServiceHistory> asked = new ArrayList<>();
    if (version.getKind() == SurveyKind.INTERNAL) {
      eachEligible(startsOn, asked::add);
      if (asked.isEmpty()) {
        throw new BusinessException("survey.round.nobody", startsOn);
      }
    }
    var round = new SurveyRound(version, startsOn, endsOn, asked.size(), openedBy, clock.instant());
    em.persist(round);
    em.flush();
    insertParticipants(round.getId(), asked, SurveyCatalogue.definition(version).items());
    return round;
  }

  /**
   * Closes a round: no answer is taken after this. The responses of a unit where fewer than {@link
   * UnitRollUp#MINIMUM} answered are moved to its parent (and up, until the minimum is met), and so
   * are the unit's sums of the answers, so that at rest no stored unit narrows a response to fewer
   * people. The other totals stay: the answer totals have no unit, and the unit totals count who
   * was asked and answered, as {@code survey_participant} does by name (the results roll them up
   * when shown).
   */
  public SurveyRound close(long roundId) {
    SurveyRound round = em.find(SurveyRound.class, roundId);
    if (round == null) {
      throw new BusinessException("survey.notOpen");
    }
    if (round.isClosed()) {
      return round;
    }
    round.close(clock.instant());
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery(
            "SELECT p.orgUnitId, COUNT(p) FROM SurveyParticipantView p WHERE p.roundId = :round"
                + " AND p.responded = TRUE GROUP BY p.orgUnitId",
            Object[].class)
        .setParameter("round", roundId)
        .getResultList()
        .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
    var move =
        em.createNativeQuery(
            "UPDATE survey_response SET org_unit_id = ? WHERE round_id = ? AND org_unit_id = ?");
    try (Connection c = dataSource.getConnection()) {
      for (var e : UnitRollUp.targets(parents.all(), counts).entrySet()) {
        long from = e.getKey();
        long to = e.getValue();
        if (from != to) {
          move.setParameter(1, to).setParameter(2, roundId).setParameter(3, from);
          move.executeUpdate();
          SurveyTotals.moveUnitSums(c, roundId, from, to);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("sums of round " + roundId + " not moved", e);
    }
    return round;
  }

  /** A round with how many were asked (or given a code) and how many have answered. */
  public record RoundRow(SurveyRound round, long asked, long answered) {

    /** The response rate in percent, one decimal; 0 when nobody was asked. */
    public double rate() {
      return asked == 0 ? 0 : Math.round(answered * 1000.0 / asked) / 10.0;
    }
  }

  /** Every round with its counts, newest first: one grouped query per table. */
  public List<RoundRow> rows() {
    Map<Long, long[]> counts = new HashMap<>();
    em.createNativeQuery(
            // Participants of internal rounds, codes of external ones; a native union is the one
            // statement that counts both.
            "SELECT round_id, COUNT(*), SUM(responded) FROM survey_participant GROUP BY round_id"
                + " UNION ALL SELECT round_id, COUNT(*), SUM(used) FROM survey_code GROUP BY"
                + " round_id")
        .getResultList()
        .forEach(
            r -> {
              Object[] row = (Object[]) r;
              counts.put(
                  ((Number) row[0]).longValue(),
                  new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
            });
    return all().stream()
        .map(
            r -> {
              long[] c = counts.getOrDefault(r.getId(), new long[2]);
              return new RoundRow(r, c[0], c[1]);
            })
        .toList();
  }

  /** Every round, newest first. */
  public List<SurveyRound> all() {
    return em.createNamedQuery(SurveyRound.ALL, SurveyRound.class).getResultList();
  }

  private void eachEligible(LocalDate startsOn, Consumer<ServiceHistory> eligible) {
    long after = 0;
    List<ServiceHistory> page;
    do {
      page = histories.page(after);
      for (ServiceHistory s : page) {
        if (SurveyEligibility.isEligible(s, startsOn)) {
          eligible.accept(s);
        }
      }
      after = page.isEmpty() ? after : page.get(page.size() - 1).employeeId();
    } while (page.size() == ServiceHistories.PAGE);
  }

  private void insertParticipants(
      long roundId, List<ServiceHistory> asked, List<SurveyItem> items) {
    try (Connection c = dataSource.getConnection()) {
      insertParticipants(c, roundId, asked, items);
    } catch (SQLException e) {
      throw new IllegalStateException("participants of round " + roundId + " not stored", e);
    }
  }

  /**
   * Who is asked, and the round's totals at 0 with each unit's number asked, on the caller's
   * connection and transaction (the survey benchmark opens its rounds through this too).
   */
  static void insertParticipants(
      Connection c, long roundId, List<ServiceHistory> asked, List<SurveyItem> items)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO survey_participant (round_id, employee_id, org_unit_id)"
                + " VALUES (?, ?, ?)")) {
      int pending = 0;
      for (ServiceHistory s : asked) {
        insert.setLong(1, roundId);
        insert.setLong(2, s.employeeId());
        insert.setLong(3, s.unitId());
        insert.addBatch();
        if (++pending == BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
    Map<Long, Long> askedByUnit = new HashMap<>();
    asked.forEach(s -> askedByUnit.merge(s.unitId(), 1L, Long::sum));
    SurveyTotals.open(c, roundId, items, askedByUnit);
  }
}
