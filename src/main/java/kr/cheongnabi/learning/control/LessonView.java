package kr.cheongnabi.learning.control;

import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import kr.cheongnabi.learning.entity.LessonKind;
import kr.cheongnabi.platform.control.FileSignature;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * A lesson as the learner's page shows it: bodies as safe HTML, a file by its name and type.
 *
 * @param number the lesson's number, from 1
 * @param html a TEXT lesson's body as safe HTML; null for the other kinds
 * @param fileName the uploaded file's name; null but for a FILE lesson with its file
 * @param seen whether the learner has seen it this training year
 * @param caseKey the integrity case the lesson offers to read, or null
 */
public record LessonView(
    long id,
    int number,
    LessonKind kind,
    Bilingual title,
    Bilingual html,
    String url,
    String fileName,
    String contentType,
    long fileSize,
    boolean seen,
    String caseKey)
    implements Serializable {

  public boolean isPdf() {
    return FileSignature.PDF.equals(contentType);
  }

  public boolean isVideo() {
    return FileSignature.MP4.equals(contentType) || FileSignature.WEBM.equals(contentType);
  }

  /**
   * A link lesson's address as people read it: percent-encoded characters decoded ({@code
   * https://www.acrc.go.kr/청렴}, not {@code %EC%B2%AD%EB%A0%B4}); the link itself keeps {@link
   * #url()}. An address that is not well encoded is shown as it is.
   */
  public String readableUrl() {
    if (url == null) {
      return null;
    }
    try {
      // URLDecoder reads "+" as a space, as in a form; in an address it is a plus.
      return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notWellEncoded) {
      return url;
    }
  }

  LessonView asSeen() {
    return new LessonView(
        id, number, kind, title, html, url, fileName, contentType, fileSize, true, caseKey);
  }

  /** A link lesson is seen when its link is opened; the others when the learner goes on. */
  public boolean isSeenByGoingOn() {
    return kind != LessonKind.LINK;
  }
}
