package kr.cheongnabi.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.ConcurrentHashMap;
import kr.cheongnabi.quiz.entity.QuizVersion;

/**
 * The quiz versions attempts are on, read from the database once per instance. Versions are never
 * changed once stored, so the copies cannot go stale, on this instance or any other. A lock-free
 * map: two requests that miss at once both read the version, and one copy is kept.
 */
@ApplicationScoped
public class TakenVersions {

  /** Far more than the versions in use at once; past it the copies are dropped and read again. */
  private static final int MOST = 500;

  private final ConcurrentHashMap<Long, TakenVersion> versions = new ConcurrentHashMap<>();

  @PersistenceContext EntityManager em;

  public TakenVersion of(long versionId) {
    var known = versions.get(versionId);
    if (known != null) {
      return known;
    }
    var version = em.find(QuizVersion.class, versionId);
    if (version == null) {
      throw new IllegalStateException("No quiz version " + versionId);
    }
    var read = TakenVersion.of(QuizCatalogue.withStatements(version));
    if (versions.size() >= MOST) {
      versions.clear();
    }
    var first = versions.putIfAbsent(versionId, read);
    return first == null ? read : first;
  }
}
