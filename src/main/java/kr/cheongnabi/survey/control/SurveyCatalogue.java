package kr.cheongnabi.survey.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import kr.cheongnabi.survey.entity.SurveyVersion;

/**
 * The surveys and their versions: a file read at start-up (or given by a test) becomes the next
 * version of its survey when its content differs from the latest version's; the definition of a
 * version is read once per instance and kept.
 */
@Stateless
public class SurveyCatalogue {

  /** Versions never change, so their definitions are kept by version id for the instance's life. */
  private static final Map<Long, SurveyDefinition> DEFINITIONS = new ConcurrentHashMap<>();

  /** What loading a file did. */
  public record Loaded(SurveyVersion version, boolean created, List<SurveyProblem> problems) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Stores the file as the next version of its survey unless it is the latest one already. */
  public Loaded load(String file, String content) {
    SurveyRead read = new SurveyReader().read(file, content);
    if (!read.isValid()) {
      return new Loaded(null, false, read.problems());
    }
    SurveyDefinition survey = read.survey();
    String sha = sha256(content);
    var latest = latest(survey.key());
    if (latest != null && latest.getSha256().equals(sha)) {
      return new Loaded(latest, false, List.of());
    }
    var version =
        new SurveyVersion(
            survey,
            latest == null ? 1 : latest.getVersionNo() + 1,
            file,
            sha,
            content,
            clock.instant());
    em.persist(version);
    em.flush();
    DEFINITIONS.put(version.getId(), survey);
    return new Loaded(version, true, List.of());
  }

  /** The latest version of every survey, by key. */
  public List<SurveyVersion> latestVersions() {
    return em.createNamedQuery(SurveyVersion.LATEST, SurveyVersion.class).getResultList();
  }

  public SurveyVersion version(long id) {
    return em.find(SurveyVersion.class, id);
  }

  /** What a version asks and how it scores. */
  public static SurveyDefinition definition(SurveyVersion version) {
    return DEFINITIONS.computeIfAbsent(
        version.getId(),
        id -> {
          var read = new SurveyReader().read(version.getSourceFile(), version.getDefinition());
          if (!read.isValid()) {
            throw new IllegalStateException("stored survey version " + id + ": " + read.problems());
          }
          return read.survey();
        });
  }

  private SurveyVersion latest(String key) {
    return em.createQuery(
            "SELECT v FROM SurveyVersion v WHERE v.surveyKey = :key ORDER BY v.versionNo DESC",
            SurveyVersion.class)
        .setParameter("key", key)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  static String sha256(String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
