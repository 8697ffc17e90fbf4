package kr.cheongnabi.followup.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.cheongnabi.followup.control.FollowUpItem.Kind;
import kr.cheongnabi.learning.control.ModuleCompletions;
import kr.cheongnabi.learning.control.OpenModules;
import kr.cheongnabi.learning.control.Registrations;
import kr.cheongnabi.learning.control.Sessions;
import kr.cheongnabi.learning.entity.TrainingModule;
import kr.cheongnabi.learning.entity.TrainingSession;
import kr.cheongnabi.people.control.EmployeeRecords;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.report.control.EmployeeGap;
import kr.cheongnabi.report.control.StandingTree;

/**
 * Follow-up training for HR: what is on offer, what each person of a gap list is proposed, and the
 * confirmation that turns proposals into assignments. Everything a batch of people needs is read in
 * a few queries for the whole batch, never one per person.
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FollowUps {

  /** How far ahead the due date lies unless HR chooses another. */
  public static final int DEFAULT_DAYS = 30;

  /** Outcome of confirming a batch: assignments created, session seats refused as full. */
  public record Confirmed(int created, int full) {}

  private record Holdings(Set<String> taken, int pendingMinutes, boolean faceToFacePending) {}

  private record Choice(int missing, boolean faceToFace, List<FollowUpItem> candidates) {}

  @PersistenceContext EntityManager em;
  @Inject OpenModules modules;
  @Inject Sessions sessions;
  @Inject FollowUpStates states;
  @Inject Registrations registrations;
  @Inject ModuleCompletions completions;
  @Inject EmployeeRecords employees;
  @Inject Clock clock;

  /** The due date proposed for the year: {@value #DEFAULT_DAYS} days ahead, not after year end. */
  public static LocalDate defaultDueDate(LocalDate today, int year) {
    var due = today.plusDays(DEFAULT_DAYS);
    var yearEnd = LocalDate.of(year, 12, 31);
    return due.isAfter(yearEnd) ? yearEnd : due;
  }

  public LocalDate today() {
    return states.today();
  }

  /**
   * The trainings that can be assigned with this due date: published modules that credit minutes
   * and are open on some day between today and the due date, and published sessions that start
   * after now and on or before the due date with a seat left.
   */
  public TrainingOffer offer(int year, LocalDate dueDate) {
    var today = today();
    var from = today.isAfter(LocalDate.of(year, 1, 1)) ? today : LocalDate.of(year, 1, 1);
    var open =
        modules.published().stream()
            .filter(m -> m.getCreditMinutes() > 0 && isOpenBetween(m, from, dueDate))
            .filter(m -> m.isAudienceAll() || !m.getAudienceUnitIds().isEmpty())
            .map(FollowUps::openModule)
            .toList();
    var until = dueDate.plusDays(1).atStartOfDay(TrainingYear.KOREA).toInstant();
    var upcoming =
        sessions.upcoming().stream()
            .filter(s -> s.getStartsAt().isBefore(until))
            .filter(s -> s.getDurationMinutes() > 0 && s.getRegistered() < s.getCapacity())
            .map(FollowUps::sessionItem)
            .toList();
    return new TrainingOffer(open, upcoming);
  }

  /**
   * Each person's proposal: their gap less the follow-up training already assigned and not done,
   * covered from what is on offer to them, without the items HR dropped.
   *
   * @param tree the units, for each person's unit and the units above it
   * @param dropped item keys HR took out, by employee id
   */
  public List<PersonProposal> propose(
      int year,
      TrainingOffer offer,
      StandingTree tree,
      List<EmployeeGap> people,
      Map<Long, Set<String>> dropped) {
    var holdings = holdings(year, people.stream().map(EmployeeGap::employeeId).toList());
    // Many people share a gap and an offer: each distinct choice is computed once.
    var computed = new HashMap<Choice, Proposal>();
    var proposals = new ArrayList<PersonProposal>(people.size());
    for (var gap : people) {
      var held = holdings.getOrDefault(gap.employeeId(), new Holdings(Set.of(), 0, false));
      var missing = Math.max(0, gap.missingMinutes() - held.pendingMinutes());
      var faceToFace =
          gap.faceToFaceRequired() && !gap.faceToFaceDone() && !held.faceToFacePending();
      var choice =
          new Choice(
              missing, faceToFace, offer.candidatesFor(chain(tree, gap.unitId()), held.taken()));
      var proposal =
          computed.computeIfAbsent(
              choice, c -> GapFill.propose(c.missing(), c.faceToFace(), c.candidates()));
      for (var key : dropped.getOrDefault(gap.employeeId(), Set.of())) {
        proposal = proposal.without(key);
      }
      proposals.add(new PersonProposal(gap, held.pendingMinutes(), proposal));
    }
    return proposals;
  }

  /**
   * Confirms one batch of people in one transaction. Their employee rows are locked first (in id
   * order), so two confirmations of the same people (a double click, two HR users, two instances)
   * take turns: the second computes its proposals after the first committed, sees its assignments
   * as already assigned, and proposes nothing more. Sessions are booked through learning's
   * registrations while a seat is left (a full one skips that item); assignments are inserted with
   * INSERT IGNORE on their unique key.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Confirmed confirm(
      ConfirmRequest request,
      TrainingOffer offer,
      StandingTree tree,
      List<EmployeeGap> people,
      String by) {
    var year = request.year();
    var dueDate = request.dueDate();
    if (dueDate.isBefore(today()) || dueDate.getYear() != year) {
      throw new BusinessException("followup.dueDateOutside", Integer.toString(year));
    }
    employees.lock(people.stream().map(EmployeeGap::employeeId).toList());
    var proposals = propose(year, offer, tree, people, request.dropped());
    var rows = new ArrayList<Object[]>();
    var full = 0;
    for (var person : proposals) {
      var employee = person.gap().employeeId();
      for (var item : person.proposal().items()) {
        if (item.kind() == Kind.SESSION && !booked(item.id(), employee, by)) {
          full++;
        } else {
          rows.add(new Object[] {employee, item});
        }
      }
    }
    rows.sort(
        Comparator.comparingLong((Object[] r) -> (Long) r[0])
            .thenComparing(r -> ((FollowUpItem) r[1]).itemKey()));
    var now = Timestamp.from(clock.instant());
    var created = 0;
    for (var row : rows) {
      var item = (FollowUpItem) row[1];
      // Native: INSERT IGNORE makes a training already assigned (a double click, another
      // instance) no error but 0 rows, which JPA cannot express.
      created +=
          em.createNativeQuery(
                  "INSERT IGNORE INTO follow_up_assignment (employee_id, training_year, module_id,"
                      + " session_id, item_key, minutes, due_date, assigned_by, assigned_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
              .setParameter(1, row[0])
              .setParameter(2, year)
              .setParameter(3, item.kind() == Kind.MODULE ? item.id() : null)
              .setParameter(4, item.kind() == Kind.SESSION ? item.id() : null)
              .setParameter(5, item.itemKey())
              .setParameter(6, item.minutes())
              .setParameter(7, Date.valueOf(dueDate))
              .setParameter(8, by)
              .setParameter(9, now)
              .executeUpdate();
    }
    return new Confirmed(created, full);
  }

  /**
   * Books the person a seat; false when the session is full. The session row is locked first, so
   * the seat seen free is still free when registrations take it.
   */
  private boolean booked(long sessionId, long employeeId, String by) {
    var free = registrations.freeSeatsHeld(sessionId);
    if (registrations.isRegistered(sessionId, employeeId)) {
      return true;
    }
    if (free <= 0) {
      return false;
    }
    registrations.register(sessionId, employeeId, by);
    return true;
  }

  /** What each person has done, booked or been assigned this year, in three queries. */
  private Map<Long, Holdings> holdings(int year, Collection<Long> employeeIds) {
    var result = new HashMap<Long, Holdings>();
    if (employeeIds.isEmpty()) {
      return result;
    }
    var taken = new HashMap<Long, Set<String>>();
    var pending = new HashMap<Long, Integer>();
    var faceToFace = new HashSet<Long>();
    completions
        .completedIn(year, employeeIds)
        .forEach(
            (employee, moduleIds) ->
                moduleIds.forEach(m -> add(taken, employee, FollowUpItem.itemKey(Kind.MODULE, m))));
    registrations
        .sessionsOf(employeeIds)
        .forEach(
            (employee, sessionIds) ->
                sessionIds.forEach(
                    s -> add(taken, employee, FollowUpItem.itemKey(Kind.SESSION, s))));
    var assigned =
        em.createQuery(
                "SELECT NEW kr.cheongnabi.followup.control.HeldAssignment(f.employeeId,"
                    + " f.itemKey, f.minutes, s.faceToFace, "
                    + FollowUpStates.STATE
                    + ") FROM FollowUpAssignment f"
                    + " LEFT JOIN TrainingSession s ON s.id = f.sessionId"
                    + " WHERE f.trainingYear = :year AND f.employeeId IN :employees",
                HeldAssignment.class)
            .setParameter("year", year)
            .setParameter("employees", employeeIds)
            .setParameter("today", today())
            .getResultList();
    for (var held : assigned) {
      add(taken, held.employeeId(), held.itemKey());
      if (held.pending()) {
        pending.merge(held.employeeId(), held.minutes(), Integer::sum);
        if (held.isFaceToFace()) {
          faceToFace.add(held.employeeId());
        }
      }
    }
    for (var id : employeeIds) {
      result.put(
          id,
          new Holdings(
              taken.getOrDefault(id, Set.of()),
              pending.getOrDefault(id, 0),
              faceToFace.contains(id)));
    }
    return result;
  }

  private static void add(Map<Long, Set<String>> taken, long employee, String key) {
    taken.computeIfAbsent(employee, e -> new HashSet<>()).add(key);
  }

  /** The unit, then its parent and so on up, from the tree the report already loaded. */
  static List<Long> chain(StandingTree tree, long unitId) {
    var chain = new ArrayList<Long>();
    var unit = tree.of(unitId);
    while (unit.isPresent() && unit.get().unitId() != StandingTree.WHOLE_ORGANISATION) {
      chain.add(unit.get().unitId());
      var parent = unit.get().parentId();
      unit = parent == null ? Optional.empty() : tree.of(parent);
    }
    return chain;
  }

  private static boolean isOpenBetween(TrainingModule m, LocalDate from, LocalDate until) {
    return (m.getAvailableFrom() == null || !m.getAvailableFrom().isAfter(until))
        && (m.getAvailableUntil() == null || !m.getAvailableUntil().isBefore(from));
  }

  private static TrainingOffer.OpenModule openModule(TrainingModule m) {
    return new TrainingOffer.OpenModule(
        FollowUpItem.module(m.getId(), m.getKey(), m.getTitle(), m.getCreditMinutes()),
        m.isAudienceAll() ? Set.of() : m.getAudienceUnitIds());
  }

  private static FollowUpItem sessionItem(TrainingSession s) {
    return FollowUpItem.session(
        s.getId(), s.getTitle(), s.getDurationMinutes(), s.isFaceToFace(), s.getStartsAt());
  }
}
