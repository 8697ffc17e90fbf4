package kr.cheongnabi.cases.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.cheongnabi.cases.entity.CaseOrigin;
import kr.cheongnabi.cases.entity.IntegrityCase;
import kr.cheongnabi.cases.entity.Law;
import kr.cheongnabi.people.control.DutyAreas;
import kr.cheongnabi.people.entity.DutyArea;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.quiz.control.CaseLinkCheck;

/**
 * The integrity case library: trainers write, publish and withdraw cases; employees find the
 * published ones by text, duty area and law; the case files of the application are loaded at
 * start-up; quizzes and lessons ask here whether a case they link to exists.
 */
@Stateless
public class Cases {

  /** Who wrote a case loaded from a file. */
  static final String FILE_AUTHOR = "case-file";

  /** Most cases a search shows; the library holds dozens, not thousands. */
  static final int SEARCH_LIMIT = 200;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject DutyAreas dutyAreas;
  @Inject SignedInEmployee signedIn;

  /** Every case, drafts first, for the trainer's list. */
  @RolesAllowed(Role.TRAINER_NAME)
  public List<IntegrityCase> all() {
    return em.createNamedQuery(IntegrityCase.ALL, IntegrityCase.class).getResultList();
  }

  @RolesAllowed(Role.TRAINER_NAME)
  public Optional<IntegrityCase> forEditing(String key) {
    return byKey(key);
  }

  /**
   * Stores a new case as a draft, or the trainer's changes to a case. A trainer who edited an older
   * version than the stored one (someone saved meanwhile) is refused.
   *
   * @param basedOn the version the trainer started from, or -1 for a new case
   * @return the version stored
   */
  @RolesAllowed(Role.TRAINER_NAME)
  public long save(CaseDraft draft, long basedOn) {
    refuseIfInvalid(draft);
    var known = byKey(draft.key());
    var now = clock.instant();
    if (basedOn < 0) {
      if (known.isPresent()) {
        throw new BusinessException("cases.keyTaken", draft.key());
      }
      var created = new IntegrityCase(draft, CaseOrigin.EDITOR, signedIn.username(), now);
      em.persist(created);
      em.flush();
      return created.getVersion();
    }
    var stored = known.orElseThrow(() -> new BusinessException("cases.notFound", draft.key()));
    if (stored.getVersion() != basedOn) {
      throw new BusinessException("cases.changedMeanwhile", draft.key());
    }
    stored.change(draft, CaseOrigin.EDITOR, signedIn.username(), now);
    em.flush();
    return stored.getVersion();
  }

  /** Opens the case to employees, or withdraws it; links to it stay, and lead to "not found". */
  @RolesAllowed(Role.TRAINER_NAME)
  public void publish(String key, boolean published) {
    byKey(key)
        .orElseThrow(() -> new BusinessException("cases.notFound", key))
        .publish(published, clock.instant());
  }

  /** A published case, for its page. */
  @RolesAllowed(Role.EMPLOYEE_NAME)
  public Optional<IntegrityCase> published(String key) {
    return byKey(key).filter(IntegrityCase::isPublished);
  }

  /**
   * The published cases whose title, situation, rule, conduct or law reference contains the text in
   * Korean or English (ignoring case), of the duty area and about the law if given, by title.
   */
  @RolesAllowed(Role.EMPLOYEE_NAME)
  public List<IntegrityCase> search(String text, String dutyArea, Law law) {
    var where = new ArrayList<String>();
    where.add("c.published = TRUE");
    String words = text == null ? "" : text.strip();
    if (!words.isEmpty()) {
      where.add(
          "(LOWER(c.title.ko) LIKE :text OR LOWER(c.title.en) LIKE :text"
              + " OR LOWER(c.situation.ko) LIKE :text OR LOWER(c.situation.en) LIKE :text"
              + " OR LOWER(c.rule.ko) LIKE :text OR LOWER(c.rule.en) LIKE :text"
              + " OR LOWER(c.conduct.ko) LIKE :text OR LOWER(c.conduct.en) LIKE :text"
              + " OR LOWER(c.lawReference.ko) LIKE :text OR LOWER(c.lawReference.en) LIKE :text)");
    }
    if (dutyArea != null && !dutyArea.isBlank()) {
      where.add(":area MEMBER OF c.dutyAreas");
    }
    if (law != null) {
      where.add(":law MEMBER OF c.laws");
    }
    var query =
        em.createQuery(
                "SELECT c FROM IntegrityCase c WHERE "
                    + String.join(" AND ", where)
                    + " ORDER BY c.title.ko",
                IntegrityCase.class)
            .setMaxResults(SEARCH_LIMIT);
    if (!words.isEmpty()) {
      query.setParameter("text", "%" + likeEscaped(words.toLowerCase(Locale.ROOT)) + "%");
    }
    if (dutyArea != null && !dutyArea.isBlank()) {
      query.setParameter("area", dutyArea);
    }
    if (law != null) {
      query.setParameter("law", law);
    }
    return query.getResultList();
  }

  /** The duty areas a case may be tagged with, in the list's order. */
  @PermitAll
  public List<DutyArea> dutyAreas() {
    return dutyAreas.all();
  }

  /**
   * Loads a case file of the application while it starts: a new case is created, a case whose file
   * changed since it was last loaded takes the file's texts, tags and state; a case whose file has
   * not changed keeps what trainers did to it in the browser.
   */
  @PermitAll
  public CaseLoad load(String fileName, String content) {
    var file = new CaseFileReader(areaCodes()).read(fileName, content);
    if (!file.isValid()) {
      return CaseLoad.rejected(file.problems());
    }
    var draft = file.draft();
    var sha = sha256(content);
    var now = clock.instant();
    var known = byKey(draft.key());
    if (known.isEmpty()) {
      var created = new IntegrityCase(draft, CaseOrigin.FILE, FILE_AUTHOR, now);
      created.loadedFrom(sha);
      created.publish(file.published(), now);
      em.persist(created);
      return CaseLoad.of(draft.key(), CaseLoad.Kind.CREATED);
    }
    var stored = known.get();
    if (sha.equals(stored.getFileSha256())) {
      return CaseLoad.of(draft.key(), CaseLoad.Kind.UNCHANGED);
    }
    stored.change(draft, CaseOrigin.FILE, FILE_AUTHOR, now);
    stored.loadedFrom(sha);
    stored.publish(file.published(), now);
    return CaseLoad.of(draft.key(), CaseLoad.Kind.UPDATED);
  }

  /** Answers a quiz or a lesson that links to a case: whether it exists, published or not. */
  @PermitAll
  public void check(@Observes CaseLinkCheck check) {
    if (check.key() != null
        && CaseDraft.KEY.matcher(check.key()).matches()
        && em.createNamedQuery(IntegrityCase.KEY_EXISTS, Long.class)
                .setParameter("key", check.key())
                .getSingleResult()
            > 0) {
      check.found();
    }
  }

  private void refuseIfInvalid(CaseDraft draft) {
    var problems = new ArrayList<>(draft.problems());
    var known = areaCodes();
    if (!known.containsAll(draft.dutyAreas())) {
      problems.add(new CaseProblem("dutyAreas", "unknownArea"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCase(problems);
    }
  }

  private Set<String> areaCodes() {
    return dutyAreas.all().stream().map(DutyArea::getCode).collect(Collectors.toSet());
  }

  private Optional<IntegrityCase> byKey(String key) {
    return em.createNamedQuery(IntegrityCase.BY_KEY, IntegrityCase.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  static String sha256(String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
