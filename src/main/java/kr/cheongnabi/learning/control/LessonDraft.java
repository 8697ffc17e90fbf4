package kr.cheongnabi.learning.control;

import static kr.cheongnabi.learning.control.ModuleProblem.requireText;
import static kr.cheongnabi.learning.control.ModuleProblem.tidy;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kr.cheongnabi.learning.entity.LessonKind;
import kr.cheongnabi.quiz.control.TextFormat;

/**
 * A lesson as a trainer writes it. Only what the kind uses counts: bodies for TEXT, the address for
 * LINK; a FILE lesson's file is uploaded to the stored lesson. Any kind may link to an integrity
 * case that the learner is offered to read ({@code caseKey}, or null).
 */
public record LessonDraft(
    LessonKind kind,
    String titleKo,
    String titleEn,
    TextFormat bodyFormat,
    String bodyKo,
    String bodyEn,
    String url,
    String caseKey)
    implements Serializable {

  public static final int TITLE_MAX = 200;
  public static final int BODY_MAX = 100_000;
  public static final int URL_MAX = 2000;

  public LessonDraft {
    Objects.requireNonNull(kind, "kind");
    titleKo = tidy(titleKo);
    titleEn = tidy(titleEn);
    bodyFormat = bodyFormat == null ? TextFormat.MARKDOWN : bodyFormat;
    bodyKo = tidy(bodyKo);
    bodyEn = tidy(bodyEn);
    url = tidy(url);
    caseKey = tidy(caseKey);
  }

  /** A lesson that links to no case. */
  public LessonDraft(
      LessonKind kind,
      String titleKo,
      String titleEn,
      TextFormat bodyFormat,
      String bodyKo,
      String bodyEn,
      String url) {
    this(kind, titleKo, titleEn, bodyFormat, bodyKo, bodyEn, url, null);
  }

  public static LessonDraft empty(LessonKind kind) {
    return new LessonDraft(kind, null, null, null, null, null, null);
  }

  /** What must be fixed before lesson {@code number} can be stored. */
  public List<ModuleProblem> problems(int number) {
    var problems = new ArrayList<ModuleProblem>();
    requireText(problems, number, "titleKo", titleKo, TITLE_MAX);
    requireText(problems, number, "titleEn", titleEn, TITLE_MAX);
    if (kind == LessonKind.TEXT) {
      requireText(problems, number, "bodyKo", bodyKo, BODY_MAX);
      requireText(problems, number, "bodyEn", bodyEn, BODY_MAX);
    }
    if (kind == LessonKind.LINK) {
      requireText(problems, number, "url", url, URL_MAX);
      if (url != null && url.length() <= URL_MAX && !isWebAddress(url)) {
        problems.add(new ModuleProblem(number, "url", "notWebAddress"));
      }
    }
    return problems;
  }

  /** An absolute http or https address with a host: nothing a browser would run as script. */
  static boolean isWebAddress(String text) {
    try {
      var uri = new URI(text);
      var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
