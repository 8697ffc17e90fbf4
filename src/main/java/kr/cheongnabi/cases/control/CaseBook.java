package kr.cheongnabi.cases.control;

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
import java.util.Arrays;
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
import kr.cheongnabi.quiz.control.CaseLinkCheck;

/**
 * The integrity case library: the cases trainers write, publish and withdraw, the published ones
 * found by text, duty area and law, the case files loaded at start-up, and the answer to quizzes
 * and lessons that ask whether a case they link to exists. Pages reach it through {@link Cases},
 * which checks roles and names the author.
 */
@Stateless
public class CaseBook {

  /** Who wrote a case loaded from a file. */
  static final String FILE_AUTHOR = "case-file";

  /** Most cases a search shows; the library holds dozens, not thousands. */
  static final int SEARCH_LIMIT = 200;

  /** Words of a search beyond these are ignored. */
  static final int MAX_WORDS = 8;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject DutyAreas dutyAreas;

  /** Every case, drafts first, for the trainer's list. */
  public List<IntegrityCase> all() {
    return em.createNamedQuery(IntegrityCase.ALL, IntegrityCase.class).getResultList();
  }

  public Optional<IntegrityCase> byKey(String key) {
    return em.createNamedQuery(IntegrityCase.BY_KEY, IntegrityCase.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  /**
   * Stores a new case as a draft, or the trainer's changes to a case. A trainer who edited an older
   * version than the stored one (someone saved meanwhile) is refused.
   *
   * @param basedOn the version the trainer started from, or -1 for a new case
   * @return the version stored
   */
  public long save(CaseDraft draft, long basedOn, String author) {
    refuseIfInvalid(draft);
    var known = byKey(draft.key());
    var now = clock.instant();
    if (basedOn < 0) {
      if (known.isPresent()) {
        throw new BusinessException("cases.keyTaken", draft.key());
      }
      var created = new IntegrityCase(draft, CaseOrigin.EDITOR, author, now);
      em.persist(created);
      em.flush();
      return created.getVersion();
    }
    var stored = known.orElseThrow(() -> new BusinessException("cases.notFound", draft.key()));
    if (stored.getVersion() != basedOn) {
      throw new BusinessException("cases.changedMeanwhile", draft.key());
    }
    stored.change(draft, CaseOrigin.EDITOR, author, now);
    em.flush();
    return stored.getVersion();
  }

  /** Opens the case to employees, or withdraws it; links to it stay, and lead to "not found". */
  public void publish(String key, boolean published) {
    byKey(key)
        .orElseThrow(() -> new BusinessException("cases.notFound", key))
        .publish(published, clock.instant());
  }

  /** A published case, for its page. */
  public Optional<IntegrityCase> published(String key) {
    return byKey(key).filter(IntegrityCase::isPublished);
  }

  /**
   * The published cases that contain every word of the text (ignoring case) in their title,
   * situation, rule, conduct or law reference, in Korean or English; of the duty area and about the
   * law if given; by title.
   */
  public List<IntegrityCase> search(String text, String dutyArea, Law law) {
    var where = new ArrayList<String>();
    where.add("c.published = TRUE");
    List<String> words =
        text == null || text.isBlank()
            ? List.of()
            : Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .limit(MAX_WORDS)
                .toList();
    for (int i = 0; i < words.size(); i++) {
      String p = ":w" + i;
      where.add(
          ("(LOWER(c.title.ko) LIKE %1$s OR LOWER(c.title.en) LIKE %1$s"
                  + " OR LOWER(c.situation.ko) LIKE %1$s OR LOWER(c.situation.en) LIKE %1$s"
                  + " OR LOWER(c.rule.ko) LIKE %1$s OR LOWER(c.rule.en) LIKE %1$s"
                  + " OR LOWER(c.conduct.ko) LIKE %1$s OR LOWER(c.conduct.en) LIKE %1$s"
                  + " OR LOWER(c.lawReference.ko) LIKE %1$s OR LOWER(c.lawReference.en) LIKE %1$s)")
              .formatted(p));
    }
    boolean byArea = dutyArea != null && !dutyArea.isBlank();
    if (byArea) {
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
    for (int i = 0; i < words.size(); i++) {
      // The database's LIKE escapes with a backslash: % and _ typed are searched as themselves.
      query.setParameter("w" + i, "%" + likeEscaped(words.get(i)) + "%");
    }
    if (byArea) {
      query.setParameter("area", dutyArea);
    }
    if (law != null) {
      query.setParameter("law", law);
    }
    return query.getResultList();
  }

  /** The duty areas a case may be tagged with, in the list's order. */
  public List<DutyArea> dutyAreas() {
    return dutyAreas.all();
  }

  /**
   * Loads a case file of the application while it starts: a new case is created, a case whose file
   * changed since it was last loaded takes the file's texts, tags and state; a case whose file has
   * not changed keeps what trainers did to it in the browser.
   */
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
