package kr.cheongnabi.quiz.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.quiz.control.LoadOutcome.Kind;
import kr.cheongnabi.quiz.entity.Origin;
import kr.cheongnabi.quiz.entity.Quiz;
import kr.cheongnabi.quiz.entity.QuizVersion;

/**
 * The quizzes and all their versions. Loading a quiz text stores it as a new version only when it
 * says something new: versions are compared by the hash of the text as the GIFT writer puts it, so
 * white space, comments and the order of header lines make no new version.
 */
@Stateless
public class QuizCatalogue {

  /** For {@link #store}: the caller does not mind which version is current. */
  private static final int ANY_VERSION = -1;

  private final GiftWriter writer = new GiftWriter();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject QuizTallies tallies;
  @Inject Event<CaseLinkCheck> caseLinks;

  /** A reader that refuses a statement linking to an integrity case that does not exist. */
  private GiftReader reader() {
    return new GiftReader(
        key -> {
          var check = new CaseLinkCheck(key);
          caseLinks.fire(check);
          return check.known();
        });
  }

  /**
   * Loads a file of the quizzes folder while the application starts. Nobody is signed in then, so
   * no role can be asked for; no page reaches this method. Nobody is there to confirm skipping a
   * question either: a question that is not true/false is a problem unless the file's {@code //
   * @skip} line names its kind.
   */
  @PermitAll
  public LoadOutcome loadFile(String fileName, byte[] content) {
    GiftResult result = reader().read(fileName, new ByteArrayInputStream(content)).forFolder();
    if (!result.isValid()) {
      return LoadOutcome.rejected(result);
    }
    return store(fileName, utf8(content), result.quiz(), Origin.FILE, ANY_VERSION)
        .withSkipped(result.skippedCount());
  }

  /**
   * Reads a file a trainer uploads, storing nothing: its problems, or the quiz it holds and the
   * questions it would skip, for the trainer to confirm.
   */
  @RolesAllowed(Role.TRAINER_NAME)
  public GiftResult check(String fileName, byte[] content) {
    return reader().read(fileName, new ByteArrayInputStream(content));
  }

  /**
   * Loads a file a trainer uploaded: like a file of the quizzes folder, bytes that are not UTF-8
   * text are refused with one problem. A file with questions that are not true/false is stored only
   * once the trainer has seen how many are skipped and confirmed it.
   *
   * @param skipsConfirmed how many skipped questions the trainer confirmed ({@link #check})
   */
  @RolesAllowed(Role.TRAINER_NAME)
  public LoadOutcome upload(String fileName, byte[] content, int skipsConfirmed) {
    GiftResult result = reader().read(fileName, new ByteArrayInputStream(content));
    if (!result.isValid()) {
      return LoadOutcome.rejected(result);
    }
    if (result.skippedCount() != skipsConfirmed) {
      throw new BusinessException("quiz.skipsNotConfirmed", fileName, result.skippedCount());
    }
    return store(fileName, utf8(content), result.quiz(), Origin.UPLOAD, ANY_VERSION)
        .withSkipped(result.skippedCount());
  }

  /**
   * Stores a quiz written in the editor as its next version, or as a new quiz. The text goes
   * through the GIFT writer and the reader's checks, as an uploaded file would. A trainer who
   * edited an older version than the current one (someone saved meanwhile) is refused rather than
   * allowed to undo the other's work unseen.
   *
   * @param basedOn the version number the trainer started from, or 0 for a new quiz
   */
  @RolesAllowed(Role.TRAINER_NAME)
  public LoadOutcome save(QuizFile quiz, int basedOn) {
    String text = writer.write(quiz);
    String sourceName = quiz.settings().id() + ".gift";
    GiftResult result = reader().read(sourceName, text);
    if (!result.isValid()) {
      return LoadOutcome.rejected(result);
    }
    return store(sourceName, text, result.quiz(), Origin.EDITOR, basedOn);
  }

  /** The version new attempts of the quiz are taken on, with its statements in file order. */
  @RolesAllowed(Role.EMPLOYEE_NAME)
  public Optional<QuizVersion> current(String quizKey) {
    return em.createNamedQuery(QuizVersion.CURRENT_BY_KEY, QuizVersion.class)
        .setParameter("key", quizKey)
        .getResultStream()
        .findFirst()
        .map(QuizCatalogue::withStatements);
  }

  /** The id of the quiz with this key, e.g. for demo data loaded while nobody is signed in. */
  @PermitAll
  public Optional<Long> idOf(String quizKey) {
    return em.createNamedQuery(Quiz.BY_KEY, Quiz.class)
        .setParameter("key", quizKey)
        .getResultStream()
        .findFirst()
        .map(Quiz::getId);
  }

  /** The current version of the quiz with this id, without its statements. */
  @RolesAllowed(Role.EMPLOYEE_NAME)
  public Optional<QuizVersion> currentOf(long quizId) {
    return Optional.ofNullable(em.find(Quiz.class, quizId)).map(Quiz::getCurrentVersion);
  }

  /** Any version, e.g. the one an attempt was taken on, with its statements in file order. */
  @RolesAllowed(Role.EMPLOYEE_NAME)
  public Optional<QuizVersion> version(long id) {
    return Optional.ofNullable(em.find(QuizVersion.class, id)).map(QuizCatalogue::withStatements);
  }

  /** The current version of a quiz with its statements, for its editor and its preview. */
  @RolesAllowed(Role.TRAINER_NAME)
  public Optional<QuizVersion> forEditing(String quizKey) {
    return current(quizKey);
  }

  /** The current version of every quiz, by quiz id, without their statements. */
  @RolesAllowed(Role.TRAINER_NAME)
  public List<QuizVersion> all() {
    return em.createNamedQuery(QuizVersion.ALL_CURRENT, QuizVersion.class).getResultList();
  }

  /** Opens the quiz to learners, or withdraws it; attempts already made keep their results. */
  @RolesAllowed(Role.TRAINER_NAME)
  public void publish(String quizKey, boolean published) {
    var version =
        current(quizKey).orElseThrow(() -> new BusinessException("quiz.notFound", quizKey));
    version.getQuiz().publish(published);
  }

  /** The current version as a GIFT file, for Moodle or for editing. */
  @RolesAllowed(Role.TRAINER_NAME)
  public String export(String quizKey) {
    return current(quizKey)
        .map(version -> writer.write(version.toQuizFile()))
        .orElseThrow(() -> new BusinessException("quiz.notFound", quizKey));
  }

  /**
   * Whether a failed load failed because another instance stored the same quiz or version at the
   * same time: the unique keys of the quiz tables, or the version check of the quiz, refused it.
   */
  public static boolean loadedMeanwhile(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
      // Jakarta Persistence's exception, or EclipseLink's own when the commit finds it.
      if (cause.getClass().getSimpleName().equals("OptimisticLockException")) {
        return true;
      }
    }
    return false;
  }

  /** The hash that tells two texts of a quiz apart: of the quiz as the GIFT writer puts it. */
  public static String contentSha256(QuizFile quiz) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(new GiftWriter().write(quiz).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private LoadOutcome store(
      String sourceName, String source, QuizFile file, Origin origin, int basedOn) {
    var tooLong = QuizStorageLimits.problems(sourceName, source, file);
    if (!tooLong.isEmpty()) {
      return LoadOutcome.rejected(tooLong);
    }
    String key = file.settings().id();
    String sha = contentSha256(file);
    Optional<Quiz> known =
        em.createNamedQuery(Quiz.BY_KEY, Quiz.class)
            .setParameter("key", key)
            .getResultStream()
            .findFirst();
    // Loaders of a known quiz take turns on its row. A new quiz has only its unique key: locking
    // the row that is not there would lock a gap, and two loaders would deadlock on it.
    known.ifPresent(quiz -> em.refresh(quiz, LockModeType.PESSIMISTIC_WRITE));
    if (basedOn == 0 && known.isPresent()) {
      throw new BusinessException("quiz.idTaken", key);
    }
    if (known.isEmpty()) {
      var quiz = new Quiz(key);
      em.persist(quiz);
      em.flush();
      return created(Kind.CREATED, quiz, 1, file, origin, source, sha);
    }
    Quiz quiz = known.get();
    QuizVersion current = quiz.getCurrentVersion();
    if (basedOn > 0 && current != null && current.getNumber() != basedOn) {
      throw new BusinessException("quiz.changedMeanwhile", key, current.getNumber());
    }
    if (current != null && current.getContentSha256().equals(sha)) {
      return outcome(Kind.UNCHANGED, current);
    }
    List<QuizVersion> versions =
        em.createNamedQuery(QuizVersion.OF_QUIZ_NEWEST_FIRST, QuizVersion.class)
            .setParameter("quiz", quiz)
            .getResultList();
    Optional<QuizVersion> earlier =
        versions.stream().filter(v -> v.getContentSha256().equals(sha)).findFirst();
    if (earlier.isPresent()
        && origin == Origin.FILE
        && current != null
        && current.getOrigin() != Origin.FILE) {
      // The file is as it was before a trainer changed the quiz in the browser or by upload: the
      // file has not changed since, and the trainer's version stays current.
      return outcome(Kind.KEPT, current);
    }
    if (earlier.isPresent()) {
      quiz.makeCurrent(earlier.get());
      em.flush();
      return outcome(Kind.RESTORED, earlier.get());
    }
    int next = versions.isEmpty() ? 1 : versions.get(0).getNumber() + 1;
    return created(Kind.NEW_VERSION, quiz, next, file, origin, source, sha);
  }

  private LoadOutcome created(
      Kind kind, Quiz quiz, int number, QuizFile file, Origin origin, String source, String sha) {
    var version = new QuizVersion(quiz, number, file, origin, source, sha, clock.instant());
    em.persist(version);
    // Written now, so that a version stored meanwhile by another instance fails this method.
    em.flush();
    tallies.open(version.getId());
    quiz.makeCurrent(version);
    em.flush();
    return outcome(kind, version);
  }

  private static LoadOutcome outcome(Kind kind, QuizVersion version) {
    return LoadOutcome.stored(
        kind,
        version.getQuiz().getKey(),
        version.getNumber(),
        version.getId(),
        version.getStatements().size());
  }

  static QuizVersion withStatements(QuizVersion version) {
    // Read within the transaction, so that callers get the statements without a lazy load.
    version.getStatements().size();
    version.getQuiz().getKey();
    return version;
  }

  private static String utf8(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("the reader accepted a text that is not UTF-8", e);
    }
  }
}
