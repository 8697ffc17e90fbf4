package kr.cheongnabi.cases.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import kr.cheongnabi.cases.entity.Law;
import kr.cheongnabi.quiz.control.RichText;
import kr.cheongnabi.quiz.control.TextFormat;

/**
 * A case as a trainer or a case file writes it. Korean is required for every part; each English
 * part is optional (a reader of English sees the Korean part where there is none). Texts are kept
 * as written and shown only through {@link RichText#html()}, which sanitizes them.
 *
 * @param dutyAreas codes of the duty areas the case concerns; none means every duty
 * @param laws the laws it is about, at least one
 */
public record CaseDraft(
    String key,
    TextFormat format,
    String titleKo,
    String titleEn,
    String situationKo,
    String situationEn,
    String ruleKo,
    String ruleEn,
    String conductKo,
    String conductEn,
    String lawKo,
    String lawEn,
    Set<String> dutyAreas,
    Set<Law> laws)
    implements Serializable {

  /** Lower-case letters, digits and hyphens, as in the address of the case's page. */
  public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  public static final int TITLE_MAX = 200;
  public static final int LAW_MAX = 500;
  public static final int TEXT_MAX = 20_000;

  public CaseDraft {
    key = tidy(key);
    format = format == null ? TextFormat.MARKDOWN : format;
    titleKo = tidy(titleKo);
    titleEn = tidy(titleEn);
    situationKo = tidy(situationKo);
    situationEn = tidy(situationEn);
    ruleKo = tidy(ruleKo);
    ruleEn = tidy(ruleEn);
    conductKo = tidy(conductKo);
    conductEn = tidy(conductEn);
    lawKo = tidy(lawKo);
    lawEn = tidy(lawEn);
    dutyAreas = dutyAreas == null ? Set.of() : Set.copyOf(new TreeSet<>(dutyAreas));
    laws = laws == null || laws.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(laws));
  }

  /** A new case with only its key. */
  public static CaseDraft empty(String key) {
    return new CaseDraft(
        key, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * What must be fixed before the case can be stored; the duty areas are checked against the list
   * by whoever keeps it.
   */
  public List<CaseProblem> problems() {
    var problems = new ArrayList<CaseProblem>();
    if (key == null) {
      problems.add(new CaseProblem("key", CaseProblem.REQUIRED));
    } else if (!KEY.matcher(key).matches()) {
      problems.add(new CaseProblem("key", "keyFormat"));
    }
    require(problems, "titleKo", titleKo, TITLE_MAX);
    optional(problems, "titleEn", titleEn, TITLE_MAX);
    require(problems, "situationKo", situationKo, TEXT_MAX);
    optional(problems, "situationEn", situationEn, TEXT_MAX);
    require(problems, "ruleKo", ruleKo, TEXT_MAX);
    optional(problems, "ruleEn", ruleEn, TEXT_MAX);
    require(problems, "conductKo", conductKo, TEXT_MAX);
    optional(problems, "conductEn", conductEn, TEXT_MAX);
    require(problems, "lawKo", lawKo, LAW_MAX);
    optional(problems, "lawEn", lawEn, LAW_MAX);
    if (laws.isEmpty()) {
      problems.add(new CaseProblem("laws", CaseProblem.REQUIRED));
    }
    return problems;
  }

  /** The part in its format, ready for {@link RichText#html()}; null when it is not written. */
  public RichText rich(String text) {
    return text == null ? null : new RichText(text, format);
  }

  private static void require(List<CaseProblem> into, String field, String value, int max) {
    if (value == null) {
      into.add(new CaseProblem(field, CaseProblem.REQUIRED));
    } else {
      optional(into, field, value, max);
    }
  }

  private static void optional(List<CaseProblem> into, String field, String value, int max) {
    if (value != null && value.length() > max) {
      into.add(new CaseProblem(field, CaseProblem.TOO_LONG));
    }
  }

  private static String tidy(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
