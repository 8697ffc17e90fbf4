package kr.cheongnabi.learning.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import kr.cheongnabi.learning.entity.Lesson;
import kr.cheongnabi.platform.control.FileSignature;
import kr.cheongnabi.platform.control.FileStore;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.platform.entity.StoredFile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The PDF and video files of file lessons: trainers upload them, up to MODULE_FILE_MAX_MB each (200
 * MiB unless configured); trainers and the employees the module is open to see them.
 */
@Stateless
public class LessonFiles {

  /** The ceiling of every upload, set in web.xml; MODULE_FILE_MAX_MB cannot go above it. */
  static final long CEILING_MEGABYTES = 1024;

  /** What a file lesson may hold, told by the file's first bytes. */
  public static final Set<String> ACCEPTED =
      Set.of(FileSignature.PDF, FileSignature.MP4, FileSignature.WEBM);

  @PersistenceContext EntityManager em;
  @Inject FileStore files;
  @Inject LessonEditor lessons;
  @Inject OpenModules open;
  @Inject SignedInEmployee signedIn;

  @Inject
  @ConfigProperty(name = "module.file.max.mb", defaultValue = "200")
  long maxMegabytes;

  /**
   * Stores the upload, a chunk at a time, and makes it the lesson's file. Not one transaction: the
   * chunks are written in small transactions of their own, then the lesson is changed in one.
   */
  @RolesAllowed(Role.TRAINER_NAME)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public StoredFile upload(long lessonId, InputStream content, String fileName) throws IOException {
    lessons.fileLesson(lessonId);
    var stored = files.store(content, fileName, ACCEPTED, maxBytes(), signedIn.username());
    try {
      lessons.attach(lessonId, stored.getId());
    } catch (RuntimeException e) {
      files.delete(stored.getId());
      throw e;
    }
    return stored;
  }

  /** The largest file accepted, in bytes. */
  @RolesAllowed(Role.TRAINER_NAME)
  public long maxBytes() {
    return Math.min(maxMegabytes, CEILING_MEGABYTES) * FileStore.CHUNK_BYTES;
  }

  /**
   * The lesson's file, if the caller may see it: a trainer always, an employee when the module is
   * open to them. Anything else looks as if there were no such file.
   */
  @RolesAllowed(Role.EMPLOYEE_NAME)
  public Optional<StoredFile> forCaller(long lessonId) {
    var lesson =
        signedIn.isInRole(Role.TRAINER_NAME)
            ? Optional.ofNullable(em.find(Lesson.class, lessonId))
            : signedIn.employeeId().flatMap(me -> open.lessonIfOpen(me, lessonId));
    return lesson.map(Lesson::getFileId).flatMap(files::find);
  }
}
